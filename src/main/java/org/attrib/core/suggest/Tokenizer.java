package org.attrib.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a sentence into tokens: dotted abbreviations ("U.S."), words (with inner hyphens and
 * apostrophes), possessive endings, single punctuation marks, and one token for each quote.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"
            + "|[\\p{L}\\p{M}\\p{N}]+(?:[-'’.&][\\p{L}\\p{M}\\p{N}]+)*"
            + "|\\S");

    private Tokenizer() {
    }

    /** The tokens of {@code [from, to)}; {@code quotes} are the document's quotes, {@code qi} the first that may be inside. */
    static List<Token> tokens(String text, int from, int to, List<QuotedSpan> quotes, int qi, Lexicon lex) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int i = from;
        while (i < to) {
            while (qi < quotes.size() && quotes.get(qi).end() <= i) {
                qi++;
            }
            QuotedSpan q = qi < quotes.size() ? quotes.get(qi) : null;
            int limit = q != null && q.open() < to ? Math.max(i, q.open()) : to;
            if (q != null && q.open() <= i) {
                out.add(new Token(q.open(), Math.min(q.end(), to), text.substring(q.open(), Math.min(q.end(), to)), Token.Kind.QUOTE, qi));
                i = q.end();
                continue;
            }
            m.region(i, limit);
            while (m.find()) {
                add(out, text, m.start(), m.end(), lex);
            }
            i = limit;
        }
        return out;
    }

    private static void add(List<Token> out, String text, int s, int e, Lexicon lex) {
        String w = text.substring(s, e);
        if (!Character.isLetterOrDigit(w.codePointAt(0))) {
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
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() > 2 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
            out.add(new Token(s, e - 2, w.substring(0, w.length() - 2), Token.Kind.WORD, -1));
            out.add(new Token(e - 2, e, w.substring(w.length() - 2), Token.Kind.POSSESSIVE, -1));
            return;
        }
        out.add(new Token(s, e, w, Token.Kind.WORD, -1));
    }
}
