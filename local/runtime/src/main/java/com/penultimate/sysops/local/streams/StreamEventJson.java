package com.penultimate.sysops.local.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penultimate.sysops.local.services.LocalArns;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/** The event Lambda hands a function for a batch of DynamoDB stream records. */
final class StreamEventJson {
    private final ObjectMapper json;

    StreamEventJson(ObjectMapper json) {
        this.json = json;
    }

    String event(List<Record> records, String streamArn) {
        ObjectNode event = json.createObjectNode();
        ArrayNode all = event.putArray("Records");
        for (Record record : records) {
            ObjectNode r = all.addObject()
                    .put("eventID", record.eventID())
                    .put("eventName", record.eventNameAsString())
                    .put("eventVersion", record.eventVersion())
                    .put("eventSource", "aws:dynamodb")
                    .put("awsRegion", LocalArns.REGION);
            StreamRecord change = record.dynamodb();
            ObjectNode d = r.putObject("dynamodb");
            if (change.approximateCreationDateTime() != null) {
                d.put("ApproximateCreationDateTime", change.approximateCreationDateTime().getEpochSecond());
            }
            d.set("Keys", image(change.keys()));
            if (change.hasNewImage()) {
                d.set("NewImage", image(change.newImage()));
            }
            if (change.hasOldImage()) {
                d.set("OldImage", image(change.oldImage()));
            }
            d.put("SequenceNumber", change.sequenceNumber());
            d.put("SizeBytes", change.sizeBytes());
            d.put("StreamViewType", change.streamViewTypeAsString());
            r.put("eventSourceARN", streamArn);
        }
        return event.toString();
    }

    private ObjectNode image(Map<String, AttributeValue> item) {
        ObjectNode image = json.createObjectNode();
        item.forEach((name, value) -> image.set(name, value(value)));
        return image;
    }

    private JsonNode value(AttributeValue v) {
        ObjectNode node = json.createObjectNode();
        switch (v.type()) {
            case S -> node.put("S", v.s());
            case N -> node.put("N", v.n());
            case B -> node.put("B", Base64.getEncoder().encodeToString(v.b().asByteArray()));
            case BOOL -> node.put("BOOL", v.bool());
            case NUL -> node.put("NULL", true);
            case SS -> v.ss().forEach(node.putArray("SS")::add);
            case NS -> v.ns().forEach(node.putArray("NS")::add);
            case BS -> {
                ArrayNode set = node.putArray("BS");
                v.bs().forEach(b -> set.add(Base64.getEncoder().encodeToString(b.asByteArray())));
            }
            case M -> node.set("M", image(v.m()));
            case L -> {
                ArrayNode list = node.putArray("L");
                v.l().forEach(e -> list.add(value(e)));
            }
            default -> throw new IllegalArgumentException("an attribute value of unknown type " + v.type());
        }
        return node;
    }
}
