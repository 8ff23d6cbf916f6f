package org.attrib.core.text;

/** Line ending normalisation: {@code \r\n} and lone {@code \r} become {@code \n}. */
public final class LineEndings {

    private LineEndings() {
    }

    public static String normalise(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The line ending style that a raw text uses most, for the record: LF, CRLF, CR or none. */
    public static String describe(String raw) {
        int crlf = 0;
        int cr = 0;
        int lf = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf == 0 && cr == 0 && lf == 0) {
            return "none";
        }
        if (crlf >= cr && crlf >= lf) {
            return "CRLF";
        }
        return cr > lf ? "CR" : "LF";
    }
}
