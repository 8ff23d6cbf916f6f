package org.attrib.core.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of a paragraph, found without looking inside quotes: a quote of several sentences
 * stays within the sentence that frames it ("Q1. Q2," he said). UTF-16 offsets.
 */
record Sentence(int start, int end, int paragraph) {

    /** Splits a paragraph into sentences; {@code quotes} are the paragraph's quotes, in order. */
    static List<Sentence> split(String text, Paragraph p, List<QuotedSpan> quotes, Lexicon lex) {
        List<Sentence> out = new ArrayList<>();
        int start = p.start();
        int qi = 0;
        int i = p.start();
        while (i < p.end()) {
            while (qi < quotes.size() && quotes.get(qi).end() <= i) {
                qi++;
            }
            QuotedSpan q = qi < quotes.size() ? quotes.get(qi) : null;
            if (q != null && q.open() <= i) {
                // A quote ending its sentence inside the marks ends the framing sentence too.
                i = q.end();
                if (q.closed() && endsSentence(text, q.contentEnd()) && startsSentence(text, i, p.end())
                        && !attributionFollows(text, i, p.end(), lex)) {
                    start = cut(out, text, start, i, p);
                }
                continue;
            }
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < p.end() && ".!?)]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if ((j == p.end() || QuoteScanner.isSpace(text.charAt(j))) && startsSentence(text, j, p.end())
                        && !(c == '.' && isAbbreviation(text, i, p.start(), lex))) {
                    start = cut(out, text, start, j, p);
                }
                i = j;
                continue;
            }
            i++;
        }
        if (start < p.end()) {
            cut(out, text, start, p.end(), p);
        }
        return out;
    }

    private static int cut(List<Sentence> out, String text, int start, int end, Paragraph p) {
        int s = start;
        while (s < end && QuoteScanner.isSpace(text.charAt(s))) {
            s++;
        }
        if (s < end) {
            out.add(new Sentence(s, end, p.index()));
        }
        return end;
    }

    /** '"... moons..." Nordheim said.': a short attribution after a quote ending in a full stop belongs to it. */
    private static boolean attributionFollows(String text, int from, int to, Lexicon lex) {
        int words = 0;
        boolean verb = false;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                break;
            }
            if (QuoteScanner.isMark(c) && !(i > from && Character.isLetter(text.charAt(i - 1)))) {
                return false;
            }
            if (Character.isLetter(c)) {
                int j = i;
                while (j < to && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == '’')) {
                    j++;
                }
                String w = text.substring(i, j);
                verb |= Character.isLowerCase(w.charAt(0)) && lex.isReportingVerb(w);
                if (++words > 7) {
                    return false;
                }
                i = j;
            } else {
                i++;
            }
        }
        return verb;
    }

    private static boolean endsSentence(String text, int contentEnd) {
        char last = text.charAt(contentEnd - 1);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    /** After white space: the paragraph's end, or an upper-case letter, digit, mark or bracket. */
    private static boolean startsSentence(String text, int from, int to) {
        int k = from;
        while (k < to && QuoteScanner.isSpace(text.charAt(k))) {
            k++;
        }
        if (k == to) {
            return true;
        }
        if (k == from) {
            return false;
        }
        char c = text.charAt(k);
        return Character.isUpperCase(c) || Character.isDigit(c) || QuoteScanner.isMark(c) || c == '(' || c == '[';
    }

    /** A period after "Mr", an initial ("J."), or a dotted abbreviation ("U.S.") does not end a sentence. */
    private static boolean isAbbreviation(String text, int dot, int floor, Lexicon lex) {
        int k = dot;
        while (k > floor && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') >= 0) {
            return true;
        }
        return lex.isAbbreviation(word.toLowerCase(java.util.Locale.ROOT));
    }
}
