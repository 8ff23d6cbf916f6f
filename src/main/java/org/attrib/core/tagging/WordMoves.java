package org.attrib.core.tagging;

import org.attrib.core.text.SourceText;

/** Word-by-word steps over a text in code points, for resizing an annotation from the keyboard. */
public final class WordMoves {

    private WordMoves() {
    }

    /** The end of the next word at or after {@code cp} (skipping what lies between). */
    public static int nextWordEnd(SourceText t, int cp) {
        int i = cp;
        while (i < t.length() && !SpanAdjuster.isWordChar(t, i)) {
            i++;
        }
        while (i < t.length() && SpanAdjuster.isWordChar(t, i)) {
            i++;
        }
        return i;
    }

    /** The end of the word before {@code cp}: where an end shrinks to by one word. */
    public static int previousWordEnd(SourceText t, int cp) {
        int i = cp;
        while (i > 0 && SpanAdjuster.isWordChar(t, i - 1)) {
            i--;
        }
        while (i > 0 && !SpanAdjuster.isWordChar(t, i - 1)) {
            i--;
        }
        return i;
    }

    /** The start of the word before {@code cp}: where a start grows to by one word. */
    public static int previousWordStart(SourceText t, int cp) {
        int i = cp;
        while (i > 0 && !SpanAdjuster.isWordChar(t, i - 1)) {
            i--;
        }
        while (i > 0 && SpanAdjuster.isWordChar(t, i - 1)) {
            i--;
        }
        return i;
    }

    /** The start of the next word after {@code cp}: where a start shrinks to by one word. */
    public static int nextWordStart(SourceText t, int cp) {
        int i = cp;
        while (i < t.length() && SpanAdjuster.isWordChar(t, i)) {
            i++;
        }
        while (i < t.length() && !SpanAdjuster.isWordChar(t, i)) {
            i++;
        }
        return i;
    }
}
