package org.attrib.core.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into tokens: dotted abbreviations ("U.S."), words (with inner hyphens,
 * apostrophes, periods and ampersands: "U.S-based", "3.5", "AT&T"), possessive endings, single
 * punctuation marks, and one token for each quote. Scans by hand: it runs over every character
 * of the article.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** The tokens of {@code [from, to)}; {@code quotes} are the document's quotes, {@code qi} the first that may be inside. */
    static List<Token> tokens(String text, int from, int to, List<QuotedSpan> quotes, int qi, Lexicon lex) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (qi < quotes.size() && quotes.get(qi).end() <= i) {
                qi++;
            }
            if (qi < quotes.size() && quotes.get(qi).open() <= i) {
                QuotedSpan q = quotes.get(qi);
                int e = Math.min(q.end(), to);
                out.add(new Token(q.open(), e, text.substring(q.open(), e), Token.Kind.QUOTE, qi));
                i = q.end();
                continue;
            }
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
            } else if (isWordChar(c)) {
                int e = wordEnd(text, i, to);
                add(out, text, i, e, lex);
                i = e;
            } else {
                int e = i + Character.charCount(c);
                add(out, text, i, e, lex);
                i = e;
            }
        }
        return out;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** The end of the word starting at {@code i}: letters, and single joiners between letters; "U.S." keeps its last period. */
    private static int wordEnd(String text, int i, int to) {
        int e = i;
        boolean dotted = true;
        int letters = 0;
        while (e < to) {
            int c = text.codePointAt(e);
            if (isWordChar(c)) {
                e += Character.charCount(c);
                letters++;
                continue;
            }
            char ch = text.charAt(e);
            boolean joiner = ch == '-' || ch == '\'' || ch == '’' || ch == '.' || ch == '&';
            if (joiner && e + 1 < to && isWordChar(text.codePointAt(e + 1))) {
                dotted &= ch == '.' && letters == 1;
                letters = 0;
                e++;
                continue;
            }
            // "U.S." and "a.m.": one letter between periods, ending with one.
            if (ch == '.' && dotted && letters == 1 && e > i + 1) {
                e++;
            }
            break;
        }
        return e;
    }

    private static void add(List<Token> out, String text, int s, int e, Lexicon lex) {
        String w = text.substring(s, e);
        if (!isWordChar(w.codePointAt(0))) {
            // "Mr" "." -> "Mr.", "J" "." -> "J."
            if (w.equals(".") && !out.isEmpty()) {
                Token prev = out.get(out.size() - 1);
                if (prev.isWord() && prev.end() == s && (lex.isAbbreviation(prev.lower())
                        || (prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))))) {
                    out.set(out.size() - 1, new Token(prev.start(), e, prev.text() + ".", Token.Kind.WORD, -1));
                    return;
                }
            }
            out.add(new Token(s, e, w, Token.Kind.PUNCT, -1));
            return;
        }
        int n = w.length();
        if (n > 2 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S') && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’')) {
            out.add(new Token(s, e - 2, w.substring(0, n - 2), Token.Kind.WORD, -1));
            out.add(new Token(e - 2, e, w.substring(n - 2), Token.Kind.POSSESSIVE, -1));
            return;
        }
        out.add(new Token(s, e, w, Token.Kind.WORD, -1));
    }
}
