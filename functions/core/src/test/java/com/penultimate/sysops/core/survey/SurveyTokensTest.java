package com.penultimate.sysops.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.penultimate.sysops.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SurveyTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final SurveyClaim CLAIM = new SurveyClaim("T7K2M9Q4X8B3D", NOW.plus(Duration.ofDays(7)),
            "n0nce-AbC_123");
    private final SurveyTokens tokens = new SurveyTokens(key('k'));

    @Test
    void signedToken_verifiesToItsClaim() {
        String token = tokens.sign(CLAIM);

        assertThat(tokens.verify(token, NOW)).isEqualTo(CLAIM);
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+").doesNotContain("=");
    }

    @Test
    void tokenWithAnotherTicketInItsPayload_isInvalid() {
        String token = tokens.sign(CLAIM);
        String forged = encode("T0000000000AA." + CLAIM.expiresAt().getEpochSecond() + "." + CLAIM.nonce())
                + token.substring(token.indexOf('.'));

        assertInvalid(forged);
    }

    @Test
    void tokenWithALaterExpiry_isInvalid() {
        String token = tokens.sign(CLAIM);
        String extended = encode(CLAIM.ticketId() + "." + NOW.plus(Duration.ofDays(365)).getEpochSecond() + "."
                + CLAIM.nonce()) + token.substring(token.indexOf('.'));

        assertInvalid(extended);
    }

    @Test
    void tokenWithAFlippedSignatureCharacter_isInvalid() {
        String token = tokens.sign(CLAIM);
        char last = token.charAt(token.length() - 1);
        assertInvalid(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'));
    }

    @Test
    void tokenSignedWithAnotherKey_isInvalid() {
        assertInvalid(new SurveyTokens(key('x')).sign(CLAIM));
    }

    @Test
    void malformedTokens_areInvalid() {
        assertInvalid(null);
        assertInvalid("");
        assertInvalid("no-dot-at-all");
        assertInvalid("a.b.c");
        assertInvalid("abc.d");
        assertInvalid("x".repeat(300) + ".y");
        assertInvalid("%2e%2e.%2f");
        String sig = tokens.sign(CLAIM).split("\\.")[1];
        assertInvalid(encode("only.two") + "." + sig);
    }

    @Test
    void genuineTokenPastItsExpiry_isGone() {
        String token = tokens.sign(CLAIM);

        assertThatThrownBy(() -> tokens.verify(token, CLAIM.expiresAt())).isInstanceOf(SurveyGoneException.class)
                .hasMessageContaining("expired");
        assertThat(tokens.verify(token, CLAIM.expiresAt().minusSeconds(1))).isEqualTo(CLAIM);
    }

    @Test
    void shortKeys_areRefused() {
        assertThatThrownBy(() -> new SurveyTokens(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonces_areFreshAndUrlSafe() {
        assertThat(SurveyTokens.newNonce()).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(SurveyTokens.newNonce());
    }

    private void assertInvalid(String token) {
        assertThatThrownBy(() -> tokens.verify(token, NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("token"));
    }

    private static byte[] key(char fill) {
        return String.valueOf(fill).repeat(40).getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    }
}
