package org.attrib.core.text;

import java.util.Arrays;

/**
 * Converts between Unicode code point offsets (what annotation files store) and UTF-16 char
 * offsets (what Java strings and the JavaFX text area use). This is the only place in Attrib
 * where the two units meet.
 *
 * <p>It records where the supplementary code points (surrogate pairs) sit, so that each
 * conversion is a binary search, and text without any (most news) converts by identity.
 */
public final class CodePointIndex {

    /** UTF-16 index of the high surrogate of each supplementary code point, ascending. */
    private final int[] pairStarts;
    private final int charLength;
    private final int codePointLength;

    private CodePointIndex(int[] pairStarts, int charLength) {
        this.pairStarts = pairStarts;
        this.charLength = charLength;
        this.codePointLength = charLength - pairStarts.length;
    }

    public static CodePointIndex of(CharSequence text) {
        int n = text.length();
        int[] starts = new int[16];
        int count = 0;
        for (int i = 0; i < n - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
                i++;
            }
        }
        return new CodePointIndex(Arrays.copyOf(starts, count), n);
    }

    public int codePointLength() {
        return codePointLength;
    }

    public int charLength() {
        return charLength;
    }

    /** The UTF-16 offset of code point offset {@code cp}, for {@code 0 <= cp <= codePointLength()}. */
    public int toChar(int cp) {
        if (cp < 0 || cp > codePointLength) {
            throw new IndexOutOfBoundsException("code point offset " + cp + " outside [0, " + codePointLength + "]");
        }
        if (pairStarts.length == 0) {
            return cp;
        }
        // The k-th pair (0-based) starts at code point pairStarts[k] - k; pairs before cp each add a char.
        int lo = 0;
        int hi = pairStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairStarts[mid] - mid < cp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return cp + lo;
    }

    /**
     * The code point offset of UTF-16 offset {@code ch}. An offset between the two halves of a
     * surrogate pair maps to the code point that the pair encodes (it rounds down).
     */
    public int toCodePoint(int ch) {
        if (ch < 0 || ch > charLength) {
            throw new IndexOutOfBoundsException("char offset " + ch + " outside [0, " + charLength + "]");
        }
        if (pairStarts.length == 0) {
            return ch;
        }
        int before = lowerBound(ch); // pairs starting strictly before ch
        return ch - before;
    }

    /** True when {@code ch} falls between the two halves of a surrogate pair. */
    public boolean splitsPair(int ch) {
        int i = Arrays.binarySearch(pairStarts, ch - 1);
        return i >= 0;
    }

    private int lowerBound(int ch) {
        int lo = 0;
        int hi = pairStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairStarts[mid] < ch) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
