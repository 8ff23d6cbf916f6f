package org.attrib.core.suggest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds quoted text by pairing quotation marks paragraph by paragraph: straight and curly,
 * double and single, guillemets and low-9 marks ("…", “…”, ‘…’, «…», „…“, ‚…‘). A mark opens when
 * it stands before a word and after a space (or a bracket, or another mark) and closes when it
 * stands after a word and before a space or punctuation; a single mark between letters is an
 * apostrophe. Quotes of the other kind nested inside a quote stay part of it. A quote still open
 * at the end of a paragraph continues when the next paragraph opens with a mark of the same kind
 * (the convention for quotes running over several paragraphs); otherwise it is kept to the
 * paragraph's end only when it opened the paragraph or followed a colon or comma (a closing mark
 * left off), and dropped when it looks like a stray mark.
 */
final class QuoteScanner {

    private record Open(int pos, char mark, boolean isDouble) {
    }

    private QuoteScanner() {
    }

    static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
    }

    static boolean isSingleMark(char c) {
        return c == '\'' || c == '‘' || c == '’' || c == '‚' || c == '‹' || c == '›' || c == '‛';
    }

    static boolean isMark(char c) {
        return isDoubleMark(c) || isSingleMark(c);
    }

    static List<QuotedSpan> scan(String text, List<Paragraph> paragraphs) {
        List<QuotedSpan> out = new ArrayList<>();
        boolean carry = false;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph p = paragraphs.get(pi);
            Paragraph next = pi + 1 < paragraphs.size() ? paragraphs.get(pi + 1) : null;
            Deque<Open> stack = new ArrayDeque<>();
            SingleClosers closers = new SingleClosers(text, p.end());
            boolean continuing = carry;
            carry = false;
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                if (!isMark(c)) {
                    continue;
                }
                boolean dbl = isDoubleMark(c);
                char prev = i > p.start() ? text.charAt(i - 1) : ' ';
                char nxt = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
                boolean canOpen = !isSpace(nxt) && (isSpace(prev) || isOpeningPunct(prev) || isMark(prev));
                boolean canClose = !isSpace(prev) && (isSpace(nxt) || isClosingPunct(nxt) || isMark(nxt));
                if (!dbl && isApostrophe(prev, nxt, stack)) {
                    continue;
                }
                Open top = topOfKind(stack, dbl);
                if (top != null && canClose && closes(c, top.mark(), canOpen)) {
                    while (stack.peek() != top) {
                        stack.pop(); // marks of the other kind left open inside: strays
                    }
                    stack.pop();
                    if (stack.isEmpty()) {
                        boolean first = continuing && top.pos() == firstMark(text, p);
                        add(out, text, top.pos(), i + 1, i, pi, true, false, first);
                    }
                } else if (canOpen && opens(c, top != null) && (dbl || closers.ahead(i + 1))) {
                    stack.push(new Open(i, c, dbl));
                } else if ((c == '"' || c == '\'') && !canOpen && !canClose) {
                    // A straight mark glued on both sides: close if one is open, else open.
                    if (top != null) {
                        while (stack.peek() != top) {
                            stack.pop();
                        }
                        stack.pop();
                        if (stack.isEmpty()) {
                            add(out, text, top.pos(), i + 1, i, pi, true, false, continuing && top.pos() == firstMark(text, p));
                        }
                    } else if (dbl) {
                        stack.push(new Open(i, c, true));
                    }
                }
            }
            if (!stack.isEmpty()) {
                Open bottom = stack.peekLast();
                boolean first = continuing && bottom.pos() == firstMark(text, p);
                if (next != null && opensParagraph(text, next, bottom.isDouble())) {
                    add(out, text, bottom.pos(), p.end(), p.end(), pi, false, true, first);
                    carry = true;
                } else if (bottom.isDouble() && (bottom.pos() == p.start() || first || followsColonOrComma(text, bottom.pos(), p.start()))) {
                    add(out, text, bottom.pos(), p.end(), p.end(), pi, false, false, first);
                }
            }
        }
        return out;
    }

    private static void add(List<QuotedSpan> out, String text, int open, int end, int contentEnd, int paragraph,
            boolean closed, boolean continuesNext, boolean continuesPrevious) {
        int s = open + 1;
        int e = contentEnd;
        while (s < e && isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
            e--;
        }
        boolean hasWord = false;
        for (int k = s; k < e && !hasWord; k++) {
            hasWord = Character.isLetterOrDigit(text.charAt(k));
        }
        if (hasWord) {
            out.add(new QuotedSpan(open, end, s, e, paragraph, closed, continuesNext, continuesPrevious));
        }
    }

    /** The innermost open mark of a kind, or null. */
    private static Open topOfKind(Deque<Open> stack, boolean dbl) {
        for (Open o : stack) {
            if (o.isDouble() == dbl) {
                return o;
            }
        }
        return null;
    }

    /** Whether mark {@code c} can close a quote opened by {@code open}. */
    private static boolean closes(char c, char open, boolean canOpen) {
        switch (c) {
            case '„':
            case '‚':
                return false;
            case '“':
                return open == '„' || !canOpen;
            case '‘':
                return open == '‚' || !canOpen;
            case '«':
                return open == '»';
            case '‹':
                return open == '›';
            case '»':
                return open == '«';
            case '›':
                return open == '‹';
            default:
                return open != '«' && open != '»' && open != '‹' && open != '›';
        }
    }

    /** Whether mark {@code c} can open a quote. */
    private static boolean opens(char c, boolean sameKindOpen) {
        switch (c) {
            case '’':
                return false;
            case '”':
            case '»':
            case '›':
                return !sameKindOpen;
            default:
                return true;
        }
    }

    /** A single mark that is an apostrophe: inside a word, before a digit ('90s), or after a plural's s when no single quote is open. */
    private static boolean isApostrophe(char prev, char nxt, Deque<Open> stack) {
        if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(nxt)) {
            return true;
        }
        if (isSpace(prev) && Character.isDigit(nxt)) {
            return true;
        }
        return Character.isLetter(prev) && !Character.isLetterOrDigit(nxt) && topOfKind(stack, false) == null;
    }

    /**
     * Where the single marks that could close a quote are in a paragraph, found as the scan asks
     * from later and later places: each character is looked at once, however many single marks
     * open before the next closer (a long paragraph, or a text on one line, has many).
     */
    private static final class SingleClosers {
        private final String text;
        private final int to;
        /** The first closer at or after {@code searchedFrom}, or -1 when there is none up to {@code to}. */
        private int found = -1;
        private int searchedFrom = Integer.MAX_VALUE;

        SingleClosers(String text, int to) {
            this.text = text;
            this.to = to;
        }

        /** Whether a single mark that could close a quote follows {@code from} in the paragraph. */
        boolean ahead(int from) {
            if (from >= searchedFrom && (found < 0 || found >= from)) {
                return found >= 0;
            }
            searchedFrom = from;
            found = -1;
            for (int i = from; i < to; i++) {
                if (isCloser(i)) {
                    found = i;
                    break;
                }
            }
            return found >= 0;
        }

        private boolean isCloser(int i) {
            char c = text.charAt(i);
            if (!isSingleMark(c) || c == '‚') {
                return false;
            }
            char prev = text.charAt(i - 1);
            char nxt = i + 1 < to ? text.charAt(i + 1) : ' ';
            boolean inWord = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(nxt);
            return !inWord && !isSpace(prev) && (isSpace(nxt) || isClosingPunct(nxt) || isMark(nxt));
        }
    }

    private static boolean opensParagraph(String text, Paragraph p, boolean dbl) {
        char c = text.charAt(p.start());
        return dbl ? isDoubleMark(c) && c != '”' && c != '»' : isSingleMark(c) && c != '’';
    }

    private static int firstMark(String text, Paragraph p) {
        return isMark(text.charAt(p.start())) ? p.start() : -1;
    }

    private static boolean followsColonOrComma(String text, int pos, int floor) {
        int k = pos - 1;
        while (k >= floor && isSpace(text.charAt(k))) {
            k--;
        }
        return k >= floor && (text.charAt(k) == ':' || text.charAt(k) == ',');
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpeningPunct(char c) {
        return c == '(' || c == '[' || c == '{' || c == '—' || c == '–' || c == '-' || c == '/' || c == ':';
    }

    private static boolean isClosingPunct(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '}' || c == '—' || c == '–' || c == '-' || c == '…';
    }
}
