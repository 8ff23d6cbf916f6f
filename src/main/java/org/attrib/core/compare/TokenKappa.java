package org.attrib.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attrib.core.model.Annotation;
import org.attrib.core.text.SourceText;

/**
 * Token-level agreement: the text is cut into tokens (runs of letters and digits, and each other
 * non-space character), each token is labelled by whether a span of the type covers any of it,
 * and the two labellings are compared.
 */
public final class TokenKappa {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\s\\p{L}\\p{M}\\p{N}]");

    private TokenKappa() {
    }

    /** Token spans {@code [start, end)} in code points. */
    public static List<int[]> tokens(SourceText source) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(source.text());
        while (m.find()) {
            out.add(new int[] {source.toCodePoint(m.start()), source.toCodePoint(m.end())});
        }
        return out;
    }

    /** The agreement table of two sets of spans (of one type) over the given tokens. */
    public static KappaCounts count(List<int[]> tokens, int length, List<Annotation> a, List<Annotation> b) {
        int[] coverA = cover(length, a);
        int[] coverB = cover(length, b);
        long both = 0;
        long onlyA = 0;
        long onlyB = 0;
        long neither = 0;
        for (int[] t : tokens) {
            boolean inA = coverA[t[1]] - coverA[t[0]] > 0;
            boolean inB = coverB[t[1]] - coverB[t[0]] > 0;
            if (inA && inB) {
                both++;
            } else if (inA) {
                onlyA++;
            } else if (inB) {
                onlyB++;
            } else {
                neither++;
            }
        }
        return new KappaCounts(both, onlyA, onlyB, neither);
    }

    /** Prefix sums of covered code points: covered(i, j) = c[j] - c[i]. */
    private static int[] cover(int length, List<Annotation> spans) {
        int[] delta = new int[length + 1];
        for (Annotation s : spans) {
            delta[s.start()]++;
            delta[s.end()]--;
        }
        int[] prefix = new int[length + 1];
        int depth = 0;
        for (int i = 0; i < length; i++) {
            depth += delta[i];
            prefix[i + 1] = prefix[i] + (depth > 0 ? 1 : 0);
        }
        return prefix;
    }
}
