package org.attrib.core.tagging;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.attrib.core.text.SourceText;

/**
 * The part of a selection that names a speaker, as annotations/GUIDELINES.md has it: without
 * the punctuation and quotation marks around it ({@code Mexico,}, {@code “Mexico},
 * {@code (Mexico)} give {@code Mexico}), a possessive ({@code Mr. LeBeau’s} gives
 * {@code Mr. LeBeau}) or a leading article ({@code The U.S. State Department} gives
 * {@code U.S. State Department}), so that a quick selection needs no clean-up.
 *
 * <p>What belongs to the name stays: the period of an abbreviation or initial ({@code U.S.},
 * {@code Inc.}, {@code J.}), and a bracket or quotation mark closing one opened inside the name
 * ({@code Institutional Revolutionary Party (PRI)}, {@code Joaquin “El Chapo” Guzman}).
 */
public final class SpeakerSpans {

    /** Words whose period is an abbreviation's, not the sentence's. */
    private static final Set<String> ABBREVIATIONS = Set.of("inc", "jr", "sr", "co", "corp", "ltd", "st", "dr", "mr", "mrs",
            "ms", "gen", "gov", "sen", "rep", "prof", "lt", "col", "capt", "sgt");
    private static final String DOUBLE_QUOTES = "\"“”„«»";
    private static final String SINGLE_QUOTES = "'‘’‚‹›";
    private static final String OPENING_BRACKETS = "([{";
    private static final String CLOSING_BRACKETS = ")]}";
    /** Punctuation that can begin a name: a handle or a hashtag. */
    private static final String NAME_PUNCTUATION = "@#";

    private SpeakerSpans() {
    }

    /**
     * The speaker's part of code points {@code [start, end)} of {@code text}, or empty when the
     * span holds nothing but punctuation and white space.
     */
    public static Optional<SpanAdjuster.Span> trim(SourceText text, int start, int end) {
        int[] b = bounds(text.slice(start, end));
        return b[0] < b[1] ? Optional.of(new SpanAdjuster.Span(start + b[0], start + b[1])) : Optional.empty();
    }

    /** The speaker's part of a mention's text (a name typed to find); empty when nothing is left. */
    public static String trim(String mention) {
        int[] b = bounds(mention);
        return b[0] < b[1] ? mention.substring(mention.offsetByCodePoints(0, b[0]), mention.offsetByCodePoints(0, b[1])) : "";
    }

    /** {from, to}: the code points of {@code s} that name the speaker; from == to when none. */
    static int[] bounds(String s) {
        int[] cp = s.codePoints().toArray();
        int from = 0;
        int to = cp.length;
        boolean changed = true;
        // One trim can uncover another ("(Mexico’s),"): trim until nothing changes.
        while (changed && from < to) {
            int was = from;
            int wasTo = to;
            while (from < to && SpanAdjuster.isSpace(cp[from])) {
                from++;
            }
            while (to > from && SpanAdjuster.isSpace(cp[to - 1])) {
                to--;
            }
            if (from < to && strippableFirst(cp, from, to)) {
                from++;
            } else if (from < to && strippableLast(cp, from, to)) {
                to--;
            } else if (to - from > 2 && isApostrophe(cp[to - 2]) && (cp[to - 1] == 's' || cp[to - 1] == 'S')
                    && Character.isLetterOrDigit(cp[to - 3])) {
                to -= 2;
            } else {
                from = afterArticle(cp, from, to);
            }
            changed = from != was || to != wasTo;
        }
        return from < to ? new int[] {from, to} : new int[] {0, 0};
    }

    private static boolean strippableFirst(int[] cp, int from, int to) {
        int c = cp[from];
        if (!isPunctuation(c) || NAME_PUNCTUATION.indexOf(c) >= 0) {
            return false;
        }
        if (from + 1 < to && Graphemes.extendsPrevious(cp[from + 1])) {
            return false; // a mark that carries an accent or a joiner: not a plain punctuation character
        }
        // An opening mark stays when it is closed inside the name ("“El Chapo” Guzman"), not when it encloses all of it.
        String closers = closersOf(c);
        if (closers != null) {
            for (int i = from + 1; i < to - 1; i++) {
                if (closers.indexOf(cp[i]) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean strippableLast(int[] cp, int from, int to) {
        int c = cp[to - 1];
        if (!isPunctuation(c)) {
            return false;
        }
        if (c == '.') {
            return !endsAbbreviation(cp, from, to - 1);
        }
        // A closing mark stays when the name opened it ("Party (PRI)", "Joaquin “El Chapo”").
        String openers = openersOf(c);
        if (openers != null) {
            for (int i = from; i < to - 1; i++) {
                if (openers.indexOf(cp[i]) >= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the word ending at {@code end} (before a period) is an abbreviation or an initial. */
    private static boolean endsAbbreviation(int[] cp, int from, int end) {
        int start = end;
        while (start > from && !SpanAdjuster.isSpace(cp[start - 1])) {
            start--;
        }
        if (start == end || cp[end - 1] == '.') {
            return false; // a lone period, or the last of an ellipsis
        }
        StringBuilder word = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (cp[i] == '.') {
                return true; // "U.S."
            }
            word.appendCodePoint(cp[i]);
        }
        String w = word.toString();
        return w.codePointCount(0, w.length()) == 1 && Character.isLetter(w.codePointAt(0))
                || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Where the name starts after a leading "the" (or a lower-case "a"/"an": a capitalised "An" may be a given name). */
    private static int afterArticle(int[] cp, int from, int to) {
        int i = from;
        while (i < to && Character.isLetter(cp[i])) {
            i++;
        }
        if (i == from || i >= to || !SpanAdjuster.isSpace(cp[i])) {
            return from;
        }
        String word = new String(cp, from, i - from);
        boolean article = word.equalsIgnoreCase("the") || word.equals("a") || word.equals("an");
        if (!article) {
            return from;
        }
        int rest = i;
        while (rest < to && SpanAdjuster.isSpace(cp[rest])) {
            rest++;
        }
        return rest < to ? rest : from;
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.DASH_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '’';
    }

    /** The marks that close one opened by {@code c}, or null when {@code c} opens nothing. */
    private static String closersOf(int c) {
        int bracket = OPENING_BRACKETS.indexOf(c);
        if (bracket >= 0) {
            return CLOSING_BRACKETS.substring(bracket, bracket + 1);
        }
        return quotesLike(c);
    }

    /** The marks that open one closed by {@code c}, or null when {@code c} closes nothing. */
    private static String openersOf(int c) {
        int bracket = CLOSING_BRACKETS.indexOf(c);
        if (bracket >= 0) {
            return OPENING_BRACKETS.substring(bracket, bracket + 1);
        }
        return quotesLike(c);
    }

    /** Quotation marks pair with any of their kind, straight or curly, as writers mix them. */
    private static String quotesLike(int c) {
        if (DOUBLE_QUOTES.indexOf(c) >= 0) {
            return DOUBLE_QUOTES;
        }
        return SINGLE_QUOTES.indexOf(c) >= 0 ? SINGLE_QUOTES : null;
    }
}
