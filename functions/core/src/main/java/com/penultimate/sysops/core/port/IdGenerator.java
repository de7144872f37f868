package com.penultimate.sysops.core.port;

import java.security.SecureRandom;

/** Makes new identifiers. */
public interface IdGenerator {
    String newId(String prefix);

    /**
     * Random ids in Crockford base32 (no I, L, O, U), short enough to type in an SMS reply:
     * a prefix and 12 characters, 60 random bits.
     */
    static IdGenerator random() {
        SecureRandom random = new SecureRandom();
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        return prefix -> {
            StringBuilder id = new StringBuilder(prefix);
            for (int i = 0; i < 12; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return id.toString();
        };
    }
}
