package org.attrib.core.suggest;

import java.util.ArrayList;
import java.util.List;

/** A line of text that is not blank, trimmed: news articles put one paragraph on a line. UTF-16 offsets. */
record Paragraph(int index, int start, int end) {

    static List<Paragraph> of(String text) {
        List<Paragraph> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart <= n) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                out.add(new Paragraph(out.size(), s, e));
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }
}
