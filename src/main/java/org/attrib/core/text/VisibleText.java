package org.attrib.core.text;

/**
 * Text from a file made safe to show: control characters, which a terminal obeys (an escape
 * sequence clears the screen, a BEL rings, a carriage return writes over what was printed) and
 * bidirectional overrides, which turn what follows them around, are written as escapes instead:
 * {@code \t}, {@code \r}, {@code \n} and {@code \}{@code u001B}. The escapes are JSON's, so JSON
 * output made safe is still the same JSON.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** {@code s} with every control character and bidirectional override escaped, line breaks kept: for whole messages and tables. */
    public static String safe(String s) {
        return escape(s, true);
    }

    /** {@code s} on one line: line breaks escaped too, for a value quoted inside a message or a table cell. */
    public static String oneLine(String s) {
        return escape(s, false);
    }

    /** Whether {@code c} is shown as an escape: C0 controls but the line feed when line breaks are kept, DEL, C1 controls and bidirectional embeddings, overrides and isolates. */
    public static boolean escaped(char c, boolean keepLineBreaks) {
        if (c == '\n') {
            return !keepLineBreaks;
        }
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || !keepLineBreaks && (c == '\u2028' || c == '\u2029');
    }

    /** Appends the escape of {@code c}. */
    public static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            case '\n' -> out.append("\\n");
            default -> out.append(String.format("\\u%04X", (int) c));
        }
    }

    private static String escape(String s, boolean keepLineBreaks) {
        int first = 0;
        while (first < s.length() && !escaped(s.charAt(first), keepLineBreaks)) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (escaped(c, keepLineBreaks)) {
                appendEscape(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
