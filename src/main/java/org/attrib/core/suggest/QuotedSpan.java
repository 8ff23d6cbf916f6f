package org.attrib.core.suggest;

/**
 * Text between quotation marks, outermost level only (quotes nested inside are part of it).
 * UTF-16 offsets.
 *
 * @param open offset of the opening mark
 * @param end offset just past the closing mark, or the paragraph's end when the mark is left off
 * @param contentStart first character inside the marks, white space skipped
 * @param contentEnd end of the text inside the marks, white space skipped
 * @param paragraph index of the paragraph it is in
 * @param closed whether a closing mark ends it
 * @param continuesNext it runs on into the next paragraph (which opens with a mark again)
 * @param continuesPrevious it continues a quote from the previous paragraph
 */
record QuotedSpan(int open, int end, int contentStart, int contentEnd, int paragraph, boolean closed,
        boolean continuesNext, boolean continuesPrevious) {
}
