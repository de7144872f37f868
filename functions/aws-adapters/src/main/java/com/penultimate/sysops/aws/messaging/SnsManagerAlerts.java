package com.penultimate.sysops.aws.messaging;

import com.penultimate.sysops.core.port.ManagerAlerts;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * {@link ManagerAlerts} as a publish to the managers' SNS topic. SNS takes a subject of at most
 * {@value #SUBJECT_LIMIT} printable ASCII characters on one line, so others are replaced and a long one is cut.
 */
public final class SnsManagerAlerts implements ManagerAlerts {
    static final int SUBJECT_LIMIT = 100;

    private final SnsClient sns;
    private final String topicArn;

    public SnsManagerAlerts(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public String publish(String subject, String text) {
        return sns.publish(publish -> publish.topicArn(topicArn).subject(subjectLine(subject)).message(text))
                .messageId();
    }

    static String subjectLine(String subject) {
        String printable = subject.strip().replaceAll("[\\r\\n\\t]+", " ").replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() <= SUBJECT_LIMIT ? printable : printable.substring(0, SUBJECT_LIMIT);
    }
}
