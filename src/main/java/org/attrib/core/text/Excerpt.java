package org.attrib.core.text;

import java.util.Locale;

/**
 * How a message quotes a value from a file: whole when it is short, else its beginning and end
 * around an ellipsis, with its length ({@code "aaaa…aaaa" (52,428,800 characters)}), and always
 * on one line with control characters escaped ({@link VisibleText#oneLine}). A file holding a
 * 50 MB id then gives a message of a line, not 50 MB, in a terminal or a dialog.
 */
public final class Excerpt {

    /** Values up to this many code points are quoted whole. */
    public static final int WHOLE = 80;
    /** Code points kept from each end of a longer value. */
    public static final int EDGE = 32;

    private Excerpt() {
    }

    /** The value in double quotes, shortened when long, with its length then. */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        int length = value.codePointCount(0, value.length());
        if (length <= WHOLE) {
            return "\"" + VisibleText.oneLine(value) + "\"";
        }
        return "\"" + shortened(value) + "\" (" + String.format(Locale.ROOT, "%,d", length) + " characters)";
    }

    /** The value without quotes, shortened to its ends around an ellipsis when long: for a name in a table. */
    public static String of(String value) {
        if (value.codePointCount(0, Math.min(value.length(), 2 * WHOLE + 2)) <= WHOLE) {
            return VisibleText.oneLine(value);
        }
        return shortened(value);
    }

    private static String shortened(String value) {
        int head = value.offsetByCodePoints(0, EDGE);
        int tail = value.offsetByCodePoints(value.length(), -EDGE);
        return VisibleText.oneLine(value.substring(0, head)) + "…" + VisibleText.oneLine(value.substring(tail));
    }
}
