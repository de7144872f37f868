package com.penultimate.sysops.notifications;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Describes a failure for the logs without its message when the message may quote personal data: SNS and SES
 * errors can repeat the phone number or address they refused.
 */
final class SafeErrors {
    private SafeErrors() {
    }

    static String describe(Throwable error) {
        if (error instanceof AwsServiceException aws) {
            String code = aws.awsErrorDetails() == null ? null : aws.awsErrorDetails().errorCode();
            return aws.getClass().getSimpleName() + " (" + code + ", HTTP " + aws.statusCode() + ", requestId "
                    + aws.requestId() + ")";
        }
        return error.getClass().getSimpleName();
    }
}
