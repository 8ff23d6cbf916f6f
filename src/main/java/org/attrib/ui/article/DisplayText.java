package org.attrib.ui.article;

/**
 * The article's text as the view shows it: the same characters at the same offsets, except that
 * a line far longer than any paragraph of news (a scraped page that lost its line breaks) has
 * some of its spaces shown as line breaks. The view lays out and virtualises paragraph by
 * paragraph; one 10 MB paragraph would be laid out whole and never appear. Replacing a space
 * keeps every offset, so that selections, highlights and annotations need no translation.
 */
public final class DisplayText {

    /** Lines up to this many chars are shown as they are: far beyond a paragraph of news. */
    static final int LONG_LINE = 20_000;
    /** A long line is shown in pieces of about this many chars, broken at white space. */
    static final int PIECE = 2_000;

    private DisplayText() {
    }

    /** {@code text} with the lines longer than {@link #LONG_LINE} broken at spaces or tabs; the same length. */
    public static String of(String text) {
        char[] shown = null;
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            if (lineEnd - lineStart > LONG_LINE) {
                if (shown == null) {
                    shown = text.toCharArray();
                }
                breakLine(text, shown, lineStart, lineEnd);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return shown == null ? text : new String(shown);
    }

    /** Turns a space or tab into a line break about every {@link #PIECE} chars of {@code [from, to)}. */
    private static void breakLine(String text, char[] shown, int from, int to) {
        int pieceStart = from;
        while (to - pieceStart > PIECE) {
            int limit = pieceStart + PIECE;
            int at = lastBlank(text, limit, pieceStart + PIECE / 2);
            if (at < 0) {
                // No white space in the second half of the piece: the first one after it.
                at = firstBlank(text, limit, to);
                if (at < 0) {
                    return;
                }
            }
            shown[at] = '\n';
            pieceStart = at + 1;
        }
    }

    private static int lastBlank(String text, int from, int downTo) {
        for (int i = from; i >= downTo; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                return i;
            }
        }
        return -1;
    }

    private static int firstBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                return i;
            }
        }
        return -1;
    }
}
