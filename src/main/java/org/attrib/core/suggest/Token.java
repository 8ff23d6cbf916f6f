package org.attrib.core.suggest;

import java.util.Locale;

/**
 * A word, a punctuation mark, or a whole quote standing in for its words, in a sentence.
 * UTF-16 offsets.
 *
 * @param quote for a quote token, the index of its {@link QuotedSpan}; else -1
 */
record Token(int start, int end, String text, Kind kind, int quote) {

    enum Kind {
        WORD,
        /** "'s" or "’s" after a noun. */
        POSSESSIVE,
        PUNCT,
        QUOTE
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isQuote() {
        return kind == Kind.QUOTE;
    }

    boolean is(String s) {
        return text.equals(s);
    }

    /** A word starting with an upper-case letter (or a digit-free acronym such as "U.S."). */
    boolean isCapitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isLowerWord() {
        return kind == Kind.WORD && Character.isLowerCase(text.codePointAt(0));
    }
}
