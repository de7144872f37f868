package com.penultimate.sysops.aws.messaging;

import com.penultimate.sysops.core.port.SmsSender;
import java.util.Map;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/** {@link SmsSender} through SNS direct publishing to a phone number, as a transactional (not promotional) SMS. */
public final class SnsSmsSender implements SmsSender {
    static final String SMS_TYPE = "AWS.SNS.SMS.SMSType";

    private final SnsClient sns;

    public SnsSmsSender(SnsClient sns) {
        this.sns = sns;
    }

    @Override
    public String send(String phoneNumber, String text) {
        return sns.publish(publish -> publish.phoneNumber(phoneNumber).message(text)
                .messageAttributes(Map.of(SMS_TYPE, MessageAttributeValue.builder()
                        .dataType("String").stringValue("Transactional").build())))
                .messageId();
    }
}
