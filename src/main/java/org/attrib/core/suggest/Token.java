package org.attrib.core.suggest;

import java.util.Locale;

/**
 * A word, a punctuation mark, or a whole quote standing in for its words, in a sentence.
 * UTF-16 offsets. Its lower-case form is computed once: the rules ask for it again and again.
 */
final class Token {

    enum Kind {
        WORD,
        /** "'s" or "’s" after a noun. */
        POSSESSIVE,
        PUNCT,
        QUOTE
    }

    private final int start;
    private final int end;
    private final String text;
    private final String lower;
    private final Kind kind;
    private final int quote;

    /** @param quote for a quote token, the index of its {@link QuotedSpan}; else -1 */
    Token(int start, int end, String text, Kind kind, int quote) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = kind == Kind.QUOTE ? text : text.toLowerCase(Locale.ROOT);
        this.kind = kind;
        this.quote = quote;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return text;
    }

    Kind kind() {
        return kind;
    }

    int quote() {
        return quote;
    }

    String lower() {
        return lower;
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

    @Override
    public String toString() {
        return text;
    }
}
