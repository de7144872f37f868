package com.penultimate.sysops.aws.dynamodb;

import com.penultimate.sysops.core.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The opaque cursor handed to callers: a DynamoDB start key (string attributes only, as every key of ours
 * is) serialised and base64url-encoded. A cursor that does not decode to the expected key names is bad input.
 */
final class PageCursor {
    private static final int FORMAT = 1;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PageCursor() {
    }

    static String encode(Map<String, AttributeValue> key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeByte(key.size());
            for (Map.Entry<String, AttributeValue> attribute : new TreeMap<>(key).entrySet()) {
                if (attribute.getValue().s() == null) {
                    throw new IllegalStateException("key attribute " + attribute.getKey() + " is not a string");
                }
                out.writeUTF(attribute.getKey());
                out.writeUTF(attribute.getValue().s());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ENCODER.encodeToString(bytes.toByteArray());
    }

    static Map<String, AttributeValue> decode(String cursor, Set<String> keyNames) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(DECODER.decode(cursor)))) {
            if (in.readByte() != FORMAT) {
                throw invalid();
            }
            int size = in.readByte();
            for (int i = 0; i < size; i++) {
                key.put(in.readUTF(), AttributeValue.fromS(in.readUTF()));
            }
            if (in.read() != -1) {
                throw invalid();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
        if (!key.keySet().equals(keyNames)) {
            throw invalid();
        }
        return key;
    }

    static InvalidInputException invalid() {
        return InvalidInputException.of("cursor", "is not a cursor this listing issued");
    }
}
