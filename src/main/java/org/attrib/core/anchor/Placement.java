package org.attrib.core.anchor;

/**
 * Where an annotation landed in a changed source, and how it was found.
 *
 * @param start first code point, inclusive
 * @param end last code point, exclusive
 * @param method which rule placed it
 */
public record Placement(int start, int end, Method method) {

    /** The rules, in the order they are tried. */
    public enum Method {
        /** The stored offsets still cover the stored text. */
        SAME_OFFSETS,
        /** The exact text, elsewhere; the occurrence whose context matches best, nearest the old place. */
        EXACT_TEXT,
        /** Text that differs by small edits, found near its context. */
        FUZZY
    }
}
