package com.penultimate.sysops.reports.ingest;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns a stream record's image (the Lambda event's attribute values) into the SDK's, which the adapters read. */
final class StreamImages {
    private StreamImages() {
    }

    static Map<String, AttributeValue> toSdk(
            Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        image.forEach((name, value) -> item.put(name, toSdk(value)));
        return item;
    }

    static AttributeValue toSdk(com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue v) {
        if (v.getS() != null) {
            return AttributeValue.fromS(v.getS());
        }
        if (v.getN() != null) {
            return AttributeValue.fromN(v.getN());
        }
        if (v.getBOOL() != null) {
            return AttributeValue.fromBool(v.getBOOL());
        }
        if (Boolean.TRUE.equals(v.getNULL())) {
            return AttributeValue.fromNul(true);
        }
        if (v.getM() != null) {
            return AttributeValue.fromM(toSdk(v.getM()));
        }
        if (v.getL() != null) {
            return AttributeValue.fromL(v.getL().stream().map(StreamImages::toSdk).toList());
        }
        if (v.getSS() != null) {
            return AttributeValue.fromSs(v.getSS());
        }
        if (v.getNS() != null) {
            return AttributeValue.fromNs(v.getNS());
        }
        if (v.getB() != null) {
            return AttributeValue.fromB(SdkBytes.fromByteBuffer(v.getB()));
        }
        if (v.getBS() != null) {
            List<SdkBytes> bytes = v.getBS().stream().map(ByteBuffer::duplicate).map(SdkBytes::fromByteBuffer).toList();
            return AttributeValue.fromBs(bytes);
        }
        throw new IllegalArgumentException("an attribute value with no type");
    }
}
