package com.penultimate.sysops.aws.messaging;

import com.penultimate.sysops.core.port.ReportMailer;
import com.penultimate.sysops.core.reports.ReportEmail;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;
import software.amazon.awssdk.services.sesv2.model.Content;

/**
 * {@link ReportMailer} through SES (API v2), as a simple message with text and HTML bodies and the chart attached
 * inline under its content id, so mail clients show it in the HTML body (SES builds the MIME).
 */
public final class SesReportMailer implements ReportMailer {
    private final SesV2Client ses;
    private final String fromAddress;

    public SesReportMailer(SesV2Client ses, String fromAddress) {
        this.ses = ses;
        this.fromAddress = fromAddress;
    }

    @Override
    public String send(ReportEmail email) {
        return ses.sendEmail(send -> send.fromEmailAddress(fromAddress)
                .destination(to -> to.toAddresses(email.to()))
                .content(content -> content.simple(message -> message
                        .subject(utf8(email.subject()))
                        .body(body -> body.text(utf8(email.text())).html(utf8(email.html())))
                        .attachments(chart -> chart.fileName(email.chartContentId() + ".png")
                                .contentType("image/png")
                                .contentDisposition(AttachmentContentDisposition.INLINE)
                                .contentId(email.chartContentId())
                                .rawContent(SdkBytes.fromByteArray(email.chartPng()))))))
                .messageId();
    }

    private static Content utf8(String text) {
        return Content.builder().data(text).charset("UTF-8").build();
    }
}
