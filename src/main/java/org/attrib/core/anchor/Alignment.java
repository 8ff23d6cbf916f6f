package org.attrib.core.anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Approximate string matching by edit distance (insertions, deletions and substitutions of
 * code points, each costing one), on arrays of folded code points.
 */
final class Alignment {

    private static final int INF = Integer.MAX_VALUE / 4;

    private Alignment() {
    }

    /**
     * Where {@code pattern} occurs in {@code text} with the fewest edits: Sellers' semi-global
     * alignment (the pattern may start and end anywhere in the text), limited to a diagonal band
     * so that the work is {@code pattern.length * (2 * band + 1)} cells. The pattern's first code
     * point is expected near text index {@code diagonal}; starts within {@code band} of it are
     * tried, and each later code point may drift up to {@code band} from its diagonal.
     *
     * @return the local minima of the distance along the text with at most {@code maxDistance}
     *         edits, best first; spans are text indices, half-open
     */
    static List<Hit> occurrences(int[] pattern, int[] text, int diagonal, int band, int maxDistance) {
        int m = pattern.length;
        int n = text.length;
        int[] prevD = new int[n + 2];
        int[] prevS = new int[n + 2];
        int[] curD = new int[n + 2];
        int[] curS = new int[n + 2];
        java.util.Arrays.fill(prevD, INF);
        java.util.Arrays.fill(curD, INF);
        int lo = Math.max(0, diagonal - band);
        int hi = Math.min(n, diagonal + band);
        if (lo > hi) {
            return List.of();
        }
        for (int j = lo; j <= hi; j++) {
            prevD[j] = 0;
            prevS[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            lo = Math.max(0, i + diagonal - band);
            hi = Math.min(n, i + diagonal + band);
            if (lo > hi) {
                return List.of();
            }
            if (lo > 0) {
                curD[lo - 1] = INF;
            }
            int p = pattern[i - 1];
            for (int j = lo; j <= hi; j++) {
                int best;
                int start;
                if (j == 0) {
                    best = prevD[0] + 1;
                    start = prevS[0];
                } else {
                    best = prevD[j - 1] + (p == text[j - 1] ? 0 : 1);
                    start = prevS[j - 1];
                    int up = prevD[j] + 1;
                    if (up < best) {
                        best = up;
                        start = prevS[j];
                    }
                    int left = curD[j - 1] + 1;
                    if (left < best) {
                        best = left;
                        start = curS[j - 1];
                    }
                }
                curD[j] = Math.min(best, INF);
                curS[j] = start;
            }
            curD[hi + 1] = INF;
            int[] t = prevD;
            prevD = curD;
            curD = t;
            t = prevS;
            prevS = curS;
            curS = t;
        }
        List<Hit> hits = new ArrayList<>();
        for (int j = lo; j <= hi; j++) {
            int d = prevD[j];
            if (d > maxDistance || prevS[j] >= j) {
                continue;
            }
            boolean leftOk = j == lo || prevD[j - 1] >= d;
            boolean rightOk = j == hi || prevD[j + 1] > d;
            if (leftOk && rightOk) {
                hits.add(new Hit(prevS[j], j, d));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::distance));
        return hits;
    }

    /**
     * The fewest edits that turn {@code pattern} into some prefix of {@code text}: how well a
     * stored suffix context matches the text after a candidate span (reverse both arrays for a
     * prefix context).
     */
    static int anchoredDistance(int[] pattern, int[] text) {
        int m = pattern.length;
        int n = text.length;
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= m; i++) {
            cur[0] = i;
            for (int j = 1; j <= n; j++) {
                int sub = prev[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int best = INF;
        for (int j = 0; j <= n; j++) {
            best = Math.min(best, prev[j]);
        }
        return best;
    }

    static int[] reversed(int[] a) {
        int[] r = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[a.length - 1 - i];
        }
        return r;
    }

    /** An approximate occurrence: text indices {@code [start, end)} and its edit distance. */
    record Hit(int start, int end, int distance) {
    }
}
