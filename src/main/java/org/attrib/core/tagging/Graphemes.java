package org.attrib.core.tagging;

import org.attrib.core.text.SourceText;

/**
 * Keeps spans from cutting a user-perceived character in two: a letter from its combining
 * accents, an emoji from its skin tone, variation selector or zero-width-joined partners, a flag
 * from its second regional indicator. (Java 17's BreakIterator does not know emoji sequences.)
 */
final class Graphemes {

    private static final int ZWJ = 0x200D;

    private Graphemes() {
    }

    /** Moves a code point offset left until it is a grapheme boundary. */
    static int boundaryAtOrBefore(SourceText t, int cp) {
        while (cp > 0 && cp < t.length() && !isBoundary(t, cp)) {
            cp--;
        }
        return cp;
    }

    /** Moves a code point offset right until it is a grapheme boundary. */
    static int boundaryAtOrAfter(SourceText t, int cp) {
        while (cp > 0 && cp < t.length() && !isBoundary(t, cp)) {
            cp++;
        }
        return cp;
    }

    static boolean isBoundary(SourceText t, int cp) {
        if (cp <= 0 || cp >= t.length()) {
            return true;
        }
        int before = t.codePointAt(cp - 1);
        int after = t.codePointAt(cp);
        if (before == '\r' && after == '\n') {
            return false;
        }
        if (extendsPrevious(after) || before == ZWJ) {
            return false;
        }
        if (isRegionalIndicator(before) && isRegionalIndicator(after)) {
            // Flags pair regional indicators from the start of a run: break after an even count.
            int run = 0;
            for (int i = cp - 1; i >= 0 && isRegionalIndicator(t.codePointAt(i)); i--) {
                run++;
            }
            return run % 2 == 0;
        }
        return true;
    }

    static boolean extendsPrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || cp == ZWJ
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tone modifiers
                || (cp >= 0xE0020 && cp <= 0xE007F); // emoji tag sequences
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
