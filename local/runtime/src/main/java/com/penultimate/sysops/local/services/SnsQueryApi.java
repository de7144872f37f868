package com.penultimate.sysops.local.services;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * SNS on the local AWS endpoint, in its query protocol (form-encoded POST, XML answers): {@code Publish} only,
 * to a phone number or a topic. Every other action is refused with {@code InvalidAction}.
 */
public final class SnsQueryApi implements AwsApi {
    private static final String VERSION = "2010-03-31";
    private static final String NAMESPACE = "http://sns.amazonaws.com/doc/" + VERSION + "/";

    private final LocalSns sns;

    public SnsQueryApi(LocalSns sns) {
        this.sns = sns;
    }

    @Override
    public boolean accepts(AwsRequest request) {
        return request.isForm() && VERSION.equals(request.form().get("Version"));
    }

    @Override
    public AwsResponse handle(AwsRequest request) {
        Map<String, String> form = request.form();
        String action = form.get("Action");
        if (!"Publish".equals(action)) {
            throw AwsError.badRequest("InvalidAction", "The action " + action + " is not valid for this endpoint.");
        }
        String topicArn = form.getOrDefault("TopicArn", form.get("TargetArn"));
        String messageId = sns.publish(topicArn, form.get("PhoneNumber"), form.get("Subject"), form.get("Message"),
                attributes(form));
        return AwsResponse.of(200, "text/xml", "<PublishResponse xmlns=\"" + NAMESPACE + "\"><PublishResult>"
                + "<MessageId>" + messageId + "</MessageId></PublishResult>" + metadata() + "</PublishResponse>");
    }

    @Override
    public AwsResponse error(AwsError error) {
        String fault = error.status() < 500 ? "Sender" : "Receiver";
        return AwsResponse.of(error.status(), "text/xml", "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error>"
                + "<Type>" + fault + "</Type><Code>" + xml(error.code()) + "</Code><Message>" + xml(error.getMessage())
                + "</Message></Error><RequestId>" + UUID.randomUUID() + "</RequestId></ErrorResponse>");
    }

    /** {@code MessageAttributes.entry.N.Name} and {@code .Value.DataType/StringValue/BinaryValue}. */
    private static Map<String, SnsMessageAttribute> attributes(Map<String, String> form) {
        Map<String, SnsMessageAttribute> attributes = new LinkedHashMap<>();
        for (int n = 1; form.containsKey("MessageAttributes.entry." + n + ".Name"); n++) {
            String prefix = "MessageAttributes.entry." + n + ".";
            String value = form.getOrDefault(prefix + "Value.StringValue", form.get(prefix + "Value.BinaryValue"));
            attributes.put(form.get(prefix + "Name"),
                    new SnsMessageAttribute(form.get(prefix + "Value.DataType"), value));
        }
        return attributes;
    }

    private static String metadata() {
        return "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>";
    }

    private static String xml(String text) {
        return String.valueOf(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
