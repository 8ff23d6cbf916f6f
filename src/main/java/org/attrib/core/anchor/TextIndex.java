package org.attrib.core.anchor;

import java.util.Arrays;

/**
 * Where each run of {@value #K} chars occurs in a long text: every position, sorted by a rolling
 * hash of the run that starts there. Finding a piece of {@value #K} chars or more is then a binary
 * search and a check of each match, instead of a scan of the whole text. It costs 8 bytes per
 * char and a sort, so {@link Anchorer} builds it only for long texts that it would otherwise scan
 * many times.
 */
final class TextIndex {

    static final int K = 8;
    private static final int BASE = 0x01000193;

    private final String body;
    /** (hash of the run at p) << 32 | p, ascending: by hash, then position. */
    private final long[] entries;

    TextIndex(String body) {
        this.body = body;
        int n = Math.max(0, body.length() - K + 1);
        entries = new long[n];
        if (n == 0) {
            return;
        }
        int top = 1;
        for (int j = 1; j < K; j++) {
            top *= BASE;
        }
        int h = hash(body, 0);
        for (int i = 0; i < n; i++) {
            entries[i] = (long) h << 32 | i;
            if (i + K < body.length()) {
                h = (h - body.charAt(i) * top) * BASE + body.charAt(i + K);
            }
        }
        Arrays.sort(entries);
    }

    private static int hash(CharSequence s, int from) {
        int h = 0;
        for (int j = 0; j < K; j++) {
            h = h * BASE + s.charAt(from + j);
        }
        return h;
    }

    /** The char offsets where {@code piece} (at least {@value #K} chars) occurs, ascending. */
    int[] occurrences(String piece) {
        if (piece.length() < K) {
            throw new IllegalArgumentException("pieces of at least " + K + " chars only");
        }
        int h = hash(piece, 0);
        long key = (long) h << 32;
        int from = lowerBound(key);
        int to = h == Integer.MAX_VALUE ? entries.length : lowerBound(key + (1L << 32));
        int[] out = new int[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            int at = (int) entries[i];
            if (body.startsWith(piece, at)) {
                out[count++] = at;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private int lowerBound(long key) {
        int lo = 0;
        int hi = entries.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
