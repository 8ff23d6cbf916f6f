package org.attrib.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the attributions of one sentence: each reporting verb with the phrase that says who
 * speaks and the span of what is said.
 *
 * <ul>
 * <li>Speaker before the verb: "X said", with adverbs, auxiliaries and times skipped ("X on
 * Wednesday said", "X has previously said"), an apposition or relative clause between commas
 * skipped ("X, the minister, said"; "X, who ..., reiterated"), and, when the verb is the second of
 * two ("X did not ... but said", "X, which rejected ... and said"), the subject of its clause.</li>
 * <li>Speaker after the verb: "..., said X".</li>
 * <li>"according to X", before or after the content.</li>
 * <li>"..., arguing that ...": the speaker of the sentence's previous attribution.</li>
 * </ul>
 * Content follows the verb ("said (that) ...", "told reporters ...", skipping ", for instance,")
 * up to the end of the clause, or precedes an attribution that ends the sentence ("..., X said.").
 */
final class FrameFinder {

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be", "get", "got", "when", "if");
    private static final Set<String> SKIPPABLE = Set.of("has", "have", "had", "is", "was", "were", "will", "would", "could",
            "can", "may", "might", "must", "should", "did", "does", "do", "also", "then", "again", "once", "still",
            "already", "further", "often", "never", "always", "just", "even", "now", "not", "n't", "first", "too",
            "later", "earlier", "soon", "long", "ago");
    private static final Set<String> TIME_LEAD = Set.of("on", "last", "this", "next", "early", "late", "earlier", "in",
            "that", "the", "same", "each", "every", "from", "until", "by");
    private static final Set<String> TELL = Set.of("tell", "tells", "told", "telling");
    private static final Set<String> OBJECTS = Set.of("him", "her", "them", "us", "me", "you", "reporters", "journalists",
            "lawmakers", "parliament", "congress", "senators", "supporters", "students", "viewers", "listeners", "readers",
            "colleagues", "officials", "residents", "visitors", "attendees", "delegates");
    private static final Set<String> LEAD_PREPOSITIONS = Set.of("in", "on", "at", "during", "last", "earlier", "later",
            "this", "after", "before", "to", "via", "through", "over", "recently", "previously", "privately", "publicly");
    /** What a reporting verb's setting is made of: "said in a statement", "told reporters on Monday", "wrote on X". */
    private static final Set<String> SETTINGS = Set.of("statement", "statements", "interview", "interviews", "report",
            "release", "email", "e-mail", "letter", "post", "video", "speech", "briefing", "tweet", "message", "conference",
            "paper", "article", "broadcast", "podcast", "call", "hearing", "address", "remarks", "reporters", "journalists",
            "twitter", "x", "facebook", "instagram", "telegram", "tv", "television", "radio", "session", "meeting", "year",
            "week", "month", "time", "past", "end", "summit", "event", "blog", "op-ed", "column", "documents", "filing",
            "note", "clients", "investors", "parliament", "lawmakers", "congress", "audience", "crowd", "supporters");
    private static final Set<String> CLAUSE_BREAK = Set.of("after", "before", "when", "as", "because", "since",
            "although", "though", "but", "whereas", "adding", "saying", "arguing", "noting", "according", "unless",
            "despite", "even", "citing", "explaining", "insisting", "warning", "stressing", "calling");
    private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "yet", "then");
    private static final Set<String> NOT_NESTED_AFTER = Set.of(",", ";", "and", "but", "while", "whereas", "or", "(");
    private static final Set<String> PREPOSITIONS = Set.of("of", "from", "by", "with", "at", "in", "on", "for", "about",
            "to", "into", "than", "like");
    private static final Set<String> LEADING_CONJUNCTIONS = Set.of("but", "and", "so", "yet", "or", "still", "also", "however");

    private final List<Token> t;
    private final PhraseFinder pf;
    /** First of two joint speakers -> the second ("Both Strickland and Burnidge"). */
    private final java.util.Map<Phrase, Phrase> partners = new java.util.HashMap<>();
    private final Lexicon lex;

    /**
     * Whether to believe a speaker phrase that opens the sentence but stands apart from its verb
     * ("Start with nouns and then add ..."): its first word is capitalised anyway.
     */
    private final java.util.function.Predicate<Phrase> plausible;

    FrameFinder(List<Token> tokens, PhraseFinder phrases, Lexicon lex) {
        this(tokens, phrases, lex, p -> true);
    }

    FrameFinder(List<Token> tokens, PhraseFinder phrases, Lexicon lex, java.util.function.Predicate<Phrase> plausible) {
        this.t = tokens;
        this.pf = phrases;
        this.lex = lex;
        this.plausible = plausible;
    }

    /** The second of two joint speakers whose first is {@code p}, or null. */
    Phrase partnerOf(Phrase p) {
        return partners.get(p);
    }

    List<Frame> find() {
        List<Frame> frames = new ArrayList<>();
        for (int v = 0; v < t.size(); v++) {
            Token tok = t.get(v);
            if (!tok.isWord()) {
                continue;
            }
            String w = tok.lower();
            Frame f;
            if (w.equals("according") && pf.is(v + 1, "to")) {
                f = according(v);
            } else if (tok.isLowerWord() && lex.isReportingVerb(w) && !pf.isWord(v - 1, PASSIVE) && !pf.isWord(v - 1, PhraseFinder.DETERMINERS)) {
                f = reporting(v, frames);
            } else {
                f = null;
            }
            if (f != null && (f.speaker() == null || f.speaker().first() > firstContentToken(0) || f.from() == f.speaker().first()
                    || plausible.test(f.speaker()))) {
                frames.add(f);
            }
        }
        // A report inside another's content is part of it: "X says his students find ...".
        List<Frame> outer = new ArrayList<>();
        for (Frame f : frames) {
            boolean nested = false;
            for (Frame g : frames) {
                if (g != f && g.contentContains(f.from()) && g.contentContains(f.verb()) && f.from() > 0
                        && !NOT_NESTED_AFTER.contains(t.get(f.from() - 1).lower()) && !t.get(f.from() - 1).isQuote()
                        && !pf.isWord(f.from(), COORDINATORS)) {
                    nested = true;
                }
            }
            if (!nested) {
                outer.add(f);
            }
        }
        // Content runs to the clause's end but never into the next attribution.
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < outer.size(); i++) {
            Frame f = outer.get(i);
            if (f.hasContent() && f.contentTo() < f.from() && i > 0 && outer.get(i - 1).to() >= f.contentFrom()) {
                f = f.withContent(-1, -1); // content before it belongs to the attribution before
            }
            if (f.hasContent() && f.contentFrom() > f.to() && i + 1 < outer.size()) {
                int limit = outer.get(i + 1).from() - 1;
                // Up to the next attribution, without the quote it attributes: 'A ("Q," Y corrects her)'.
                while (limit > f.contentFrom() && (pf.is(limit, ",") || pf.is(limit, "and") || pf.is(limit, "but")
                        || pf.is(limit, "(") || t.get(limit).isQuote() && quoteAttributedAfter(limit))) {
                    limit--;
                }
                if (limit < f.contentTo() && limit >= f.contentFrom()) {
                    int end = trimEnd(f.contentFrom(), limit);
                    f = end >= f.contentFrom() ? f.withContent(f.contentFrom(), end) : f.withContent(-1, -1);
                }
            }
            out.add(f);
            // "A, the team said, B": the words before the attribution are reported too.
            if (f.hasContent() && f.contentFrom() > f.to() && f.from() > 1 && pf.is(f.from() - 1, ",") && pf.is(f.to() + 1, ",")) {
                Frame before = backwardAlways(f.withContent(-1, -1));
                if (before.hasContent()) {
                    out.add(before);
                }
            }
        }
        return out;
    }

    // ---- the kinds of attribution

    private Frame according(int v) {
        Phrase p = pf.startingAt(v + 2);
        if (p == null) {
            return null;
        }
        int to = p.last();
        // "according to a statement from the ministry": the speaker is the ministry.
        if ((pf.is(to + 1, "from") || pf.is(to + 1, "by") || pf.is(to + 1, "of")) && p.kind() == Phrase.Kind.DOCUMENT) {
            Phrase owner = pf.startingAt(to + 2);
            if (owner != null && owner.isExplicit()) {
                p = owner;
                to = owner.last();
            }
        }
        if (firstContentToken(0) == v) {
            int k = to + 1;
            if (pf.is(k, ",")) {
                k++;
            }
            return content(new Frame(v, p, v, to, -1, -1), k, false);
        }
        if (pf.is(v - 1, ",")) {
            int c0 = firstContentToken(0);
            int end = trimEnd(c0, v - 2);
            return end >= c0 ? new Frame(v, p, v, to, c0, end) : new Frame(v, p, v, to, -1, -1);
        }
        return new Frame(v, p, v, to, -1, -1);
    }

    private Frame reporting(int v, List<Frame> earlier) {
        String w = t.get(v).lower();
        if (w.endsWith("ing") && (pf.is(v - 1, ",") || quoteEndingWithComma(v - 1))) {
            // "..., arguing that ...": the speaker is the sentence's previous one, or its subject.
            Phrase speaker = earlier.isEmpty() ? sentenceSubject() : earlier.get(earlier.size() - 1).speaker();
            if (speaker == null) {
                return null;
            }
            return forward(new Frame(v, speaker, v, v, -1, -1), v);
        }
        boolean afterBreak = v == 0 || pf.is(v - 1, ",") || pf.is(v - 1, ":") || t.get(v - 1).isQuote();
        if (afterBreak) {
            Phrase after = pf.startingAt(v + 1);
            if (after != null && (pf.is(after.last() + 1, ",") || endsSentence(after.last() + 1))) {
                Frame f = new Frame(v, after, v, after.last(), -1, -1);
                return backward(f);
            }
        }
        Phrase subject = subjectBefore(v);
        if (subject == null) {
            return null;
        }
        int before = skipAdverbials(v - 1);
        // "X did not offer specifics but said ...": this attribution starts at "but".
        int from = pf.isWord(before, COORDINATORS) ? before : subject.first() < v ? subject.first() : v;
        Frame f = new Frame(v, subject, from, v, -1, -1);
        if (TELL.contains(w)) {
            int objEnd = objectEnd(v + 1);
            f = new Frame(v, subject, f.from(), objEnd, -1, -1);
        }
        Frame fwd = forward(f, f.to());
        if (fwd.hasContent()) {
            return fwd;
        }
        return backward(f);
    }

    /** Content after the verb (and its object): "said (that) ...". */
    private Frame forward(Frame f, int after) {
        int k = skipSetting(after + 1);
        boolean that = false;
        if (pf.is(k, ",") && k + 1 < t.size() && t.get(k + 1).isWord()
                && (CLAUSE_BREAK.contains(t.get(k + 1).lower()) || t.get(k + 1).lower().endsWith("ing")
                        || pf.is(k + 1, "a") || pf.is(k + 1, "an"))) {
            return f; // "X said on Sunday, a move that ..." / "..., adding that ...": nothing reported here
        }
        if (pf.is(k, ",")) {
            int close = -1;
            for (int x = k + 1; x < Math.min(t.size(), k + 6); x++) {
                if (t.get(x).isQuote()) {
                    break;
                }
                if (t.get(x).is(",")) {
                    close = x;
                    break;
                }
            }
            boolean shortAside = close > 0 && t.get(k + 1).isLowerWord() && close + 1 < t.size();
            k = shortAside ? close + 1 : k + 1;
        }
        k = skipSetting(k);
        if (pf.is(k, "that")) {
            k++;
            that = true;
        }
        if (pf.is(k, ":")) {
            k++;
        }
        if (k < t.size() && t.get(k).isLowerWord() && t.get(k).lower().endsWith("ed") && !lex.isReportingVerb(t.get(k).lower())) {
            return f; // 'said in a video posted on ...': the setting goes on
        }
        if (k < t.size() && t.get(k).isQuote() && !that) {
            return f.withContent(k, k); // 'X wrote: "Q"': the quote is what is reported
        }
        if (k >= t.size() || pf.is(k, ".") || (lex.needsThat(t.get(f.verb()).lower()) && !that)) {
            return f;
        }
        return content(f, k, true);
    }

    /** Skips what says where or when something was said: "in a statement (in April)", "on Monday", "to reporters". */
    private int skipSetting(int k) {
        while (pf.isWord(k, LEAD_PREPOSITIONS)) {
            int end = -1;
            for (int x = k + 1; x < Math.min(t.size(), k + 5); x++) {
                Token tok = t.get(x);
                if (!tok.isWord()) {
                    break;
                }
                if (SETTINGS.contains(tok.lower()) || lex.isTimeWord(tok.lower()) || Character.isDigit(tok.text().charAt(0))) {
                    end = x;
                    if (!pf.nameish(x + 1) && !pf.isWord(x + 1, SETTINGS) && !(x + 1 < t.size() && Character.isDigit(t.get(x + 1).text().charAt(0)))) {
                        break;
                    }
                }
            }
            if (end < 0) {
                return k;
            }
            k = end + 1;
        }
        return k;
    }

    /** Content before an attribution that ends the sentence: "..., X said (on Wednesday)." */
    private Frame backward(Frame f) {
        if (!endsSentence(f.to() + 1)) {
            return f;
        }
        return backwardAlways(f);
    }

    private Frame backwardAlways(Frame f) {
        int before = f.from() - 1;
        int end;
        int c0 = firstContentToken(0);
        if (pf.is(before, ",")) {
            end = trimEnd(c0, before - 1);
        } else if (quoteEndingWithComma(before)) {
            end = before; // 'the word "garage," Thomas says.'
        } else {
            return f;
        }
        return end >= c0 ? f.withContent(c0, end) : f;
    }

    /** Content from token {@code k} to the end of its clause. */
    private Frame content(Frame f, int k, boolean stopAtBreaks) {
        while (k < t.size() && t.get(k).kind() == Token.Kind.PUNCT && !t.get(k).is("(")) {
            k++;
        }
        int end = t.size() - 1;
        for (int x = k; x < t.size(); x++) {
            if (t.get(x).is(";")) {
                end = x - 1;
                break;
            }
            if (stopAtBreaks && x > k && t.get(x).is(",") && x + 1 < t.size() && t.get(x + 1).isWord()
                    && (CLAUSE_BREAK.contains(t.get(x + 1).lower())
                            || (t.get(x + 1).lower().endsWith("ing") && lex.isReportingVerb(t.get(x + 1).lower())))) {
                end = x - 1;
                break;
            }
        }
        end = trimEnd(k, end);
        return end >= k ? f.withContent(k, end) : f;
    }

    // ---- the speaker before the verb

    /** The subject of reporting verb {@code v}, searching leftwards. */
    Phrase subjectBefore(int v) {
        int j = skipAdverbials(v - 1);
        if (j < 0) {
            return null;
        }
        if (t.get(j).is(",")) {
            // "X, the minister, said" / "X, who ..., reiterated"
            for (int k = j - 1; k >= Math.max(0, j - 40); k--) {
                if (t.get(k).isQuote()) {
                    return null;
                }
                if (t.get(k).is(",") && k + 1 < j) {
                    Phrase p = pf.endingAt(k - 1);
                    if (p != null && p.kind() == Phrase.Kind.ROLE) {
                        // "Their leader, Friedrich Merz, said": the name in apposition.
                        Phrase named = pf.endingAt(j - 1);
                        if (named != null && named.kind() == Phrase.Kind.NAME && named.first() == k + 1) {
                            return named;
                        }
                    }
                    if (p != null && p.isExplicit() && !pf.possessiveAfter(p)) {
                        Token next = t.get(k + 1);
                        if (next.isLowerWord() || PhraseFinder.RELATIVES.contains(next.lower())
                                || lex.isTitleWord(next.lower()) || next.isCapitalised()) {
                            return p;
                        }
                    }
                }
            }
            return null;
        }
        Phrase p = pf.endingAt(j);
        if (p != null && p.kind() == Phrase.Kind.NAME && pf.is(p.first() - 1, "and")) {
            // "Both Strickland and Burnidge note": the first of them.
            Phrase first = pf.endingAt(p.first() - 2);
            if (first != null && first.kind() == Phrase.Kind.NAME) {
                partners.put(first, p);
                p = first;
            }
        }
        if (p != null) {
            // "The images recovered from Ingenuity suggested": a name after a preposition is not the subject.
            return pf.possessiveAfter(p) || pf.isWord(p.first() - 1, PREPOSITIONS) ? null : p;
        }
        if (pf.isWord(j, COORDINATORS)) {
            return clauseSubject(j);
        }
        return null;
    }

    private int skipAdverbials(int j) {
        while (j >= 0) {
            Token k = t.get(j);
            String w = k.lower();
            if (k.isWord() && (SKIPPABLE.contains(w) || (k.isLowerWord() && w.length() > 4 && w.endsWith("ly")))) {
                j--;
            } else if (k.isWord() && lex.isTimeWord(w)) {
                j--;
                while (j >= 0 && t.get(j).isWord() && (TIME_LEAD.contains(t.get(j).lower()) || lex.isTimeWord(t.get(j).lower())
                        || Character.isDigit(t.get(j).text().charAt(0)))) {
                    j--;
                }
            } else {
                break;
            }
        }
        return j;
    }

    /** The subject of the clause that token {@code j} is in: an antecedent of ", who/which", else the sentence's subject. */
    private Phrase clauseSubject(int j) {
        for (int k = j; k >= 1; k--) {
            if (t.get(k).isWord() && PhraseFinder.RELATIVES.contains(t.get(k).lower()) && t.get(k - 1).is(",")) {
                Phrase p = pf.endingAt(k - 2);
                return p != null && p.isExplicit() ? p : null;
            }
            if (t.get(k).is(";")) {
                return null;
            }
        }
        return sentenceSubject();
    }

    /** The first speaker phrase of the sentence after an introductory phrase ("Speaking at a briefing, X ..."). */
    Phrase sentenceSubject() {
        int x = firstContentToken(0);
        if (x < t.size() && isIntroduction(x)) {
            int comma = -1;
            for (int k = x; k < Math.min(t.size(), x + 15); k++) {
                if (t.get(k).isQuote()) {
                    break;
                }
                if (t.get(k).is(",")) {
                    comma = k;
                    break;
                }
            }
            if (comma < 0) {
                return null;
            }
            x = comma + 1;
        }
        Phrase p = pf.startingAt(x);
        if (p != null && p.kind() == Phrase.Kind.ROLE) {
            // "The lead writer of the study, Jonah Peter, is ...": the name in apposition.
            for (int k = p.last() + 1; k < Math.min(t.size(), p.last() + 6); k++) {
                if (t.get(k).is(",")) {
                    Phrase named = pf.startingAt(k + 1);
                    if (named != null && named.kind() == Phrase.Kind.NAME && pf.is(named.last() + 1, ",")) {
                        return named;
                    }
                    break;
                }
            }
        }
        return p != null && !pf.possessiveAfter(p) ? p : null;
    }

    private boolean isIntroduction(int x) {
        Token k = t.get(x);
        if (!k.isWord()) {
            return false;
        }
        String w = k.lower();
        return lex.isFunctionWord(w) && !PhraseFinder.PRONOUNS.contains(w) && !PhraseFinder.DETERMINERS.contains(w)
                || w.endsWith("ing") || w.endsWith("ed");
    }

    // ---- helpers

    /** True when the quote at {@code i} is followed by its attribution: '"Q," Y said'. */
    private boolean quoteAttributedAfter(int i) {
        int k = i + 1;
        if (pf.is(k, ",")) {
            k++;
        }
        return quoteEndingWithComma(i) || k < t.size() && (pf.nameish(k) || pf.isWord(k, PhraseFinder.PRONOUNS));
    }

    private boolean quoteEndingWithComma(int i) {
        if (i < 0 || !t.get(i).isQuote()) {
            return false;
        }
        String q = t.get(i).text();
        return q.length() >= 2 && q.charAt(q.length() - 2) == ',';
    }

    /** The first token of the sentence that can start content: leading "But", "And" and a comma after them skipped. */
    private int firstContentToken(int from) {
        int x = from == 0 ? afterDateline() : from;
        while (x < t.size() && t.get(x).isWord() && LEADING_CONJUNCTIONS.contains(t.get(x).lower())) {
            x++;
            if (pf.is(x, ",")) {
                x++;
            }
        }
        return x;
    }

    /** The first token after a dateline ("BERLIN (Reuters) - "), or 0 when the sentence has none. */
    private int afterDateline() {
        for (int x = 0; x < Math.min(t.size(), 8); x++) {
            Token k = t.get(x);
            if (k.is("-") || k.is("—") || k.is("–")) {
                return x > 0 && t.get(0).text().chars().allMatch(c -> !Character.isLowerCase(c)) ? x + 1 : 0;
            }
            if (!(k.isCapitalised() || k.is("(") || k.is(")") || k.is(","))) {
                return 0;
            }
        }
        return 0;
    }

    /** The last token of the object of "told": "told reporters", "told VOA Learning English", "told the AP". */
    private int objectEnd(int k) {
        if (k >= t.size()) {
            return k - 1;
        }
        if (pf.isWord(k, OBJECTS)) {
            return k;
        }
        if (pf.nameish(k)) {
            int j = k;
            while (pf.nameish(j + 1)) {
                j++;
            }
            return j;
        }
        if (pf.isWord(k, PhraseFinder.DETERMINERS)) {
            int j = k + 1;
            while (pf.nameish(j)) {
                j++;
            }
            if (j == k + 1 && j < t.size() && t.get(j).isLowerWord()) {
                j++;
                while (pf.nameish(j)) {
                    j++; // "the newspaper Bild"
                }
            }
            return Math.min(j - 1, t.size() - 1);
        }
        return k - 1;
    }

    /** True when only a short adverbial (no quote, no "that") stands between token {@code k} and the sentence's end. */
    private boolean endsSentence(int k) {
        int words = 0;
        for (int x = k; x < t.size(); x++) {
            Token tok = t.get(x);
            if (tok.isQuote() || pf.is(x, "that")) {
                return false;
            }
            if (tok.is(",") && x + 1 < t.size() && t.get(x + 1).isWord()
                    && (CLAUSE_BREAK.contains(t.get(x + 1).lower()) || lex.isReportingVerb(t.get(x + 1).lower())
                            || pf.is(x + 1, "a") || pf.is(x + 1, "an"))) {
                return true;
            }
            if (tok.isWord() && ++words > 6) {
                return false;
            }
        }
        return true;
    }

    /** {@code end} moved left over trailing punctuation (quotes are kept). */
    private int trimEnd(int start, int end) {
        int e = Math.min(end, t.size() - 1);
        while (e >= start && t.get(e).kind() == Token.Kind.PUNCT && !t.get(e).is(")")) {
            e--;
        }
        return e;
    }
}
