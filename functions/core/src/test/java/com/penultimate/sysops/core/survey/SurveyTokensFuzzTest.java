package com.penultimate.sysops.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.penultimate.sysops.core.error.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;

/**
 * A survey link's token is checked without failing on any input, and nothing but the token that was signed yields
 * its claim: a fuzzed token, or a genuine one with fuzzed edits, is refused or verifies to the very same claim.
 */
class SurveyTokensFuzzTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final SurveyClaim CLAIM = new SurveyClaim("T7K2M9Q4X8B3D", NOW.plus(Duration.ofDays(7)),
            "n0nce-AbC_123");
    private static final SurveyTokens TOKENS = new SurveyTokens(key());
    private static final String GENUINE = TOKENS.sign(CLAIM);

    /** Jazzer's agent unpacks itself into java.io.tmpdir, which the build points at target/tmp without creating it. */
    @BeforeAll
    static void tmpdirForTheAgent() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @FuzzTest(maxDuration = "20s")
    void anyToken_isRefusedOrYieldsOnlyTheSignedClaim(FuzzedDataProvider data) {
        String token = data.consumeBoolean() ? edited(GENUINE, data) : data.consumeRemainingAsString();
        try {
            SurveyClaim claim = TOKENS.verify(token, NOW);
            assertThat(claim).isEqualTo(CLAIM);
        } catch (InvalidInputException | SurveyGoneException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    private static byte[] key() {
        byte[] key = new byte[SurveyTokens.MIN_KEY_BYTES];
        Arrays.fill(key, (byte) 'k');
        return key;
    }

    private static String edited(String token, FuzzedDataProvider data) {
        StringBuilder edited = new StringBuilder(token);
        int edits = data.consumeInt(1, 4);
        for (int i = 0; i < edits && data.remainingBytes() > 0; i++) {
            int at = data.consumeInt(0, edited.length());
            char c = data.consumeChar();
            if (data.consumeBoolean() && at < edited.length()) {
                edited.setCharAt(at, c);
            } else {
                edited.insert(at, c);
            }
        }
        return edited.toString();
    }
}
