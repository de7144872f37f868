package com.penultimate.sysops.local.logscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SensitiveDataScannerTest {
    private final SensitiveDataScanner scanner = new SensitiveDataScanner(Set.of("233 S Wacker Dr"));

    @Test
    void plantedStreetAddress_isFound() {
        List<SensitiveDataScanner.Finding> found = scanner.scan(List.of(
                "{\"level\":\"INFO\",\"message\":\"customer moved to 233 S Wacker Dr\"}"));

        assertThat(found).extracting(SensitiveDataScanner.Finding::kind).containsExactly("known value");
    }

    @Test
    void phoneEmailAndCardTokenShapes_areFound_evenWhenNotKnown() {
        List<SensitiveDataScanner.Finding> found = scanner.scan(List.of(
                "{\"message\":\"sms to +13125550999 failed\"}",
                "{\"message\":\"receipt for zed@example.org\"}",
                "{\"message\":\"charging tok_card_declined\"}"));

        assertThat(found).extracting(SensitiveDataScanner.Finding::kind)
                .containsExactlyInAnyOrder("phone number", "email address", "card token");
    }

    @Test
    void idsTimestampsAndCounts_areNotFindings() {
        List<SensitiveDataScanner.Finding> found = scanner.scan(List.of(
                "{\"time\":\"2026-11-23T10:45:14.123+00:00\",\"message\":\"notification SENT: notificationId=N01J"
                        + " kind=OFFER ticketId=T01JD2 recipients=3 contractId=C-12 took +1500 ms\"}"));

        assertThat(found).isEmpty();
    }
}
