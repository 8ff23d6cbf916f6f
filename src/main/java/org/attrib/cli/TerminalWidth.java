package org.attrib.cli;

/**
 * How many terminal columns a string takes, for aligning tables: East Asian wide characters and
 * emoji take two, combining marks and the parts of joined emoji sequences none. An estimate that
 * fits common terminals; it needs no library.
 */
final class TerminalWidth {

    private static final int ZWJ = 0x200D;

    private TerminalWidth() {
    }

    static int of(String s) {
        int width = 0;
        boolean joined = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ZWJ) {
                joined = true;
                continue;
            }
            if (joined || isZeroWidth(cp)) {
                joined = false;
                continue;
            }
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    /** {@code s} followed by spaces up to {@code width} columns. */
    static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }

    private static boolean isZeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
