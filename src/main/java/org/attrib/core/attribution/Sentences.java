package org.attrib.core.attribution;

import java.util.Set;

import org.attrib.core.text.SourceText;

/**
 * Sentence boundaries near a position, good enough to rank speaker mentions: a sentence ends
 * after {@code .}, {@code !} or {@code ?} (and any closing quotation marks or brackets) followed
 * by white space, except after common abbreviations ("U.S.", "Mr."), and at every line break.
 * Offsets are code points.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "jr", "sr",
            "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc");
    private static final String CLOSERS = "\"'”’»)]";

    private final SourceText text;

    Sentences(SourceText text) {
        this.text = text;
    }

    /** The start of the sentence containing code point {@code at}: just after the previous boundary. */
    int startOf(int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (isBoundaryAfter(i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The end of the sentence containing code point {@code at}: just after its boundary. */
    int endOf(int at) {
        for (int i = Math.max(at, 0); i < text.length(); i++) {
            if (isBoundaryAfter(i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** True when a sentence ends right after code point {@code i}. */
    private boolean isBoundaryAfter(int i) {
        int c = text.codePointAt(i);
        if (c == '\n') {
            return true;
        }
        if (i + 1 >= text.length() || !Character.isWhitespace(text.codePointAt(i + 1))) {
            return false;
        }
        int j = i;
        while (j >= 0 && CLOSERS.indexOf(text.codePointAt(j)) >= 0) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        int end = text.codePointAt(j);
        if (end == '!' || end == '?') {
            return true;
        }
        return end == '.' && !afterAbbreviation(j);
    }

    private boolean afterAbbreviation(int period) {
        int k = period;
        while (k > 0 && (Character.isLetter(text.codePointAt(k - 1)) || text.codePointAt(k - 1) == '.')) {
            k--;
        }
        String word = text.slice(k, period).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isUpperCase(text.codePointAt(k));
    }
}
