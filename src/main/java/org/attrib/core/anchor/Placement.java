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
 */
public record Placement(int start, int end, Method method, int edits, boolean withContext) {

    /** Orders placements from the most to the least certain. */
    public static final java.util.Comparator<Placement> MOST_CERTAIN_FIRST = java.util.Comparator
            .comparing((Placement p) -> p.method() != Method.SAME_OFFSETS)
            .thenComparing(p -> !p.withContext())
            .thenComparing(Placement::method)
            .thenComparingInt(Placement::edits);

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
