package com.penultimate.sysops.aws.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.penultimate.sysops.aws.AwsClients;
import com.penultimate.sysops.aws.RecordedRequests;
import com.penultimate.sysops.aws.moto.MotoServer;
import com.penultimate.sysops.core.reports.ReportEmail;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** Against moto's SESv2: the request carries both bodies and the chart inline under its content id. */
class SesReportMailerTest {
    private static final String FROM = "reports@sysops.example";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    private final RecordedRequests requests = new RecordedRequests();
    private final SesV2Client ses = AwsClients.sesV2(MotoServer.clientSettings().withInterceptor(requests));

    @AfterEach
    void closeClient() {
        ses.close();
    }

    @Test
    void send_textHtmlAndTheChartInline_toEveryManager() {
        ses.createEmailIdentity(create -> create.emailIdentity(FROM));

        String messageId = new SesReportMailer(ses, FROM).send(new ReportEmail(
                List.of("mia@sysops.example", "max@sysops.example"), "Sysops Squad weekly: 12 tickets",
                "12 filed", "<p>12 filed</p><img src=\"cid:weekly-chart\">", PNG, "weekly-chart"));

        assertThat(messageId).isNotBlank();
        SendEmailRequest sent = requests.of(SendEmailRequest.class).get(0);
        assertThat(sent.destination().toAddresses()).containsExactly("mia@sysops.example", "max@sysops.example");
        assertThat(sent.content().simple().body().html().data()).contains("cid:weekly-chart");
        assertThat(sent.content().simple().attachments()).singleElement().satisfies(chart -> {
            assertThat(chart.contentId()).isEqualTo("weekly-chart");
            assertThat(chart.contentType()).isEqualTo("image/png");
            assertThat(chart.contentDisposition()).isEqualTo(AttachmentContentDisposition.INLINE);
            assertThat(chart.rawContent().asByteArray()).isEqualTo(PNG);
        });
    }
}
