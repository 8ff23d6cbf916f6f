package org.attrib.ui.article;

/**
 * A styled range of the article in UTF-16 offsets, as the text area counts: one annotation's
 * look ({@code quote}, {@code claim-pending}, {@code selected}, ...).
 *
 * @param start first char, inclusive
 * @param end last char, exclusive
 * @param styleClass the CSS style class its chars get
 */
public record Highlight(int start, int end, String styleClass) {
}
