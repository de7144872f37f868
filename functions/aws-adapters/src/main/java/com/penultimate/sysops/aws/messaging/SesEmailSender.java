package com.penultimate.sysops.aws.messaging;

import com.penultimate.sysops.core.port.EmailSender;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Content;

/** {@link EmailSender} through SES (API v2): a plain-text email in UTF-8 from the configured, verified address. */
public final class SesEmailSender implements EmailSender {
    private final SesV2Client ses;
    private final String fromAddress;

    public SesEmailSender(SesV2Client ses, String fromAddress) {
        this.ses = ses;
        this.fromAddress = fromAddress;
    }

    @Override
    public String send(String toAddress, String subject, String textBody) {
        return ses.sendEmail(email -> email.fromEmailAddress(fromAddress)
                .destination(to -> to.toAddresses(toAddress))
                .content(content -> content.simple(message -> message
                        .subject(utf8(subject))
                        .body(body -> body.text(utf8(textBody))))))
                .messageId();
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset("UTF-8").build();
    }
}
