package com.penultimate.sysops.core.survey;

import com.penultimate.sysops.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the token of a survey link: {@code base64url(ticketId.expiry.nonce)} and
 * {@code base64url(HMAC-SHA256 of it)}, joined by a dot. A token that is malformed or whose signature does not
 * match is refused as invalid input; a genuine one past its expiry as gone. That it is used once only is the
 * survey's business (its nonce), not the token's.
 */
public final class SurveyTokens {
    /** The shortest key accepted: HMAC-SHA256's block of security, 256 bits. */
    public static final int MIN_KEY_BYTES = 32;
    static final int MAX_TOKEN = 256;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$");
    private static final Pattern PART = Pattern.compile("^[A-Za-z0-9_-]+$");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SurveyTokens(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a survey key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** A fresh single-use nonce: 128 random bits. */
    public static String newNonce() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return ENCODER.encodeToString(nonce);
    }

    public String sign(SurveyClaim claim) {
        if (!PART.matcher(claim.ticketId()).matches() || !PART.matcher(claim.nonce()).matches()) {
            throw new IllegalArgumentException("ticket id and nonce must be URL-safe words");
        }
        byte[] payload = (claim.ticketId() + "." + claim.expiresAt().getEpochSecond() + "." + claim.nonce())
                .getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The claim of a genuine, unexpired token; {@code InvalidInputException} or {@link SurveyGoneException} otherwise. */
    public SurveyClaim verify(String token, Instant now) {
        if (token == null || token.length() > MAX_TOKEN || !SHAPE.matcher(token).matches()) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        byte[] payload = decode(token.substring(0, dot));
        byte[] signature = decode(token.substring(dot + 1));
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw invalid();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\.", -1);
        if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
            throw invalid();
        }
        SurveyClaim claim = new SurveyClaim(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])), parts[2]);
        if (!now.isBefore(claim.expiresAt())) {
            throw new SurveyGoneException("this survey link expired at " + claim.expiresAt());
        }
        return claim;
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static byte[] decode(String part) {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of("token", "is not a valid survey link");
    }
}
