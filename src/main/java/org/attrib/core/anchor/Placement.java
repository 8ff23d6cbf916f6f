package org.attrib.core.anchor;

/**
 * Where an annotation landed in a changed source, and how it was found.
 *
 * @param start first code point, inclusive
 * @param end last code point, exclusive
 * @param method which rule placed it
 * @param edits for a fuzzy match, how many code points differ between the stored text and the
 *        text it now covers (insertions, deletions, substitutions; quote styles and kinds of
 *        space count as equal); 0 otherwise
 * @param withContext whether the text around it matches the stored context (at least in part);
 *        a distinctive text found without its context is less certain
 * @param intact whether it is the exact text with its whole stored context around it, or with
 *        the context up to the edges of its paragraph (a paragraph moved, or one beside it was
 *        deleted or added): the surest kind of placement after the same offsets
 * @param expected where the annotation was expected (its old start, shifted by as much as the
 *        surely placed annotation before it moved); nearness to it breaks ties
 */
public record Placement(int start, int end, Method method, int edits, boolean withContext, boolean intact, int expected) {

    /**
     * Orders placements from the most to the least certain: an intact one first (a passage whose
     * own words are all still there cannot be another passage's), then the same offsets, context,
     * exact before fuzzy, fewer edits, and nearer where it was expected.
     */
    public static final java.util.Comparator<Placement> MOST_CERTAIN_FIRST = java.util.Comparator
            .comparing((Placement p) -> !p.intact())
            .thenComparing(p -> p.method() != Method.SAME_OFFSETS)
            .thenComparing(p -> !p.withContext())
            .thenComparing(Placement::method)
            .thenComparingInt(Placement::edits)
            .thenComparingLong(Placement::drift);

    /** How far, in code points, it landed from where it was expected. */
    public long drift() {
        return Math.abs((long) start - expected);
    }

    /** The rules, in the order they are tried. */
    public enum Method {
        /** The stored offsets still cover the stored text. */
        SAME_OFFSETS,
        /** The exact text, elsewhere; the occurrence whose context matches best, nearest the expected place. */
        EXACT_TEXT,
        /** Text that differs by small edits, found near its context; worth a look by the analyst. */
        FUZZY
    }
}
