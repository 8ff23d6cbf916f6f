package org.attrib.core.model;

import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * New ids for annotations and entities: a letter and ten random base-32 digits (50 bits), so
 * that two analysts annotating copies of the same article do not mint the same id and their
 * files can be merged by id.
 */
public final class Ids {

    private static final char[] DIGITS = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(char prefix, Predicate<String> taken) {
        while (true) {
            StringBuilder id = new StringBuilder(11).append(prefix);
            long bits = RANDOM.nextLong();
            for (int i = 0; i < 10; i++) {
                id.append(DIGITS[(int) (bits & 31)]);
                bits >>>= 5;
            }
            String candidate = id.toString();
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
