package org.attrib.core.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.Ids;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;

/**
 * One run of the detector over one text: splits it, finds quotes and attributions sentence by
 * sentence in reading order, resolves speakers (names, roles, pronouns, floating quotes) against
 * what came before, and collects the suggestions.
 */
final class DocumentAnalysis {

    /** A sentence with what was found in it. */
    private record Unit(int index, Sentence sentence, List<Token> tokens, PhraseFinder finder, List<Phrase> phrases,
            Phrase subject) {
    }

    /**
     * Who a frame or quote is attributed to, the explicit phrase naming them (null if none), and
     * how surely they were found ({@link Confidence}).
     */
    private record Speaker(EntityGrouper.Group group, Phrase via, double certainty) {

        /** The same speaker, found no more surely than {@code c}. */
        Speaker atMost(double c) {
            return c >= certainty ? this : new Speaker(group, via, c);
        }
    }

    /** A suggestion found: its confidence, and for a mention the entity it names. */
    private record Out(AnnotationType type, int start, int end, QuoteForm form, Speaker speaker, EntityGrouper.Group entity,
            double confidence) {
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on", "for", "to",
            "at", "by", "with", "from", "&", "vs", "de", "la", "is");
    private static final int PRONOUN_LOOKBACK = 6;
    /** How many sentences back a title may name the person a role refers to ("the Mexican president"). */
    private static final int ROLE_LOOKBACK = 60;

    private final SourceText source;
    private final String text;
    private final Lexicon lex;
    private final EntityGrouper grouper;
    private final List<Unit> units = new ArrayList<>();
    private List<QuotedSpan> quotes;
    private Speaker lastSpeaker;
    private int lastSpeakerUnit = -1;
    private final Map<Integer, Speaker> quoteSpeakers = new HashMap<>();
    /** The confidence of each quote suggested, by its index: a quote continuing it is no surer. */
    private final Map<Integer, Double> quoteConfidences = new HashMap<>();
    /** Words written with a capital inside a sentence somewhere in the text: names, not just sentence starts. */
    private final Set<String> capitalisedInside = new HashSet<>();
    private final List<Out> found = new ArrayList<>();

    DocumentAnalysis(SourceText source, Lexicon lex) {
        this.source = source;
        this.text = source.text();
        this.lex = lex;
        this.grouper = new EntityGrouper(lex);
    }

    Suggestions run() {
        List<Paragraph> paragraphs = Paragraph.of(text);
        quotes = QuoteScanner.scan(text, paragraphs);
        int qi = 0;
        for (Paragraph p : paragraphs) {
            while (qi < quotes.size() && quotes.get(qi).end() <= p.start()) {
                qi++;
            }
            int qj = qi;
            while (qj < quotes.size() && quotes.get(qj).open() < p.end()) {
                qj++;
            }
            boolean heading = isHeading(p);
            // Each sentence's tokenizer starts at the first quote that may reach into it, not at
            // the paragraph's first: a text on one line is one paragraph of many sentences.
            int qs = qi;
            for (Sentence s : Sentence.split(text, p, quotes.subList(qi, qj), lex)) {
                while (qs < qj && quotes.get(qs).end() <= s.start()) {
                    qs++;
                }
                List<Token> tokens = Tokenizer.tokens(text, s.start(), s.end(), quotes, qs, lex);
                PhraseFinder finder = new PhraseFinder(tokens, text, lex);
                List<Phrase> phrases = heading ? List.of() : finder.all();
                Phrase subject = new FrameFinder(tokens, finder, lex).sentenceSubject();
                units.add(new Unit(units.size(), s, tokens, finder, phrases, subject));
            }
        }
        for (Unit u : units) {
            for (Phrase p : u.phrases()) {
                if (p.kind() == Phrase.Kind.NAME && p.entityKind() == EntityKind.PERSON) {
                    grouper.seeFullName(p.core(text));
                }
            }
            List<Token> t = u.tokens();
            for (int i = 1; i < t.size(); i++) {
                if (t.get(i).isCapitalised() && !t.get(i - 1).is(":") && !t.get(i - 1).isQuote()) {
                    capitalisedInside.add(t.get(i).lower());
                }
            }
        }
        for (Unit u : units) {
            analyse(u);
        }
        return build();
    }

    /** A short line without closing punctuation: a title or subheading, about no one. */
    private boolean isHeading(Paragraph p) {
        char last = text.charAt(p.end() - 1);
        return ".!?:\"”’»)…".indexOf(last) < 0 && wordCount(text, p.start(), p.end(), 13) <= 12;
    }

    // ---- one sentence

    private void analyse(Unit u) {
        if (!mayAttribute(u.tokens())) {
            return;
        }
        FrameFinder finder = new FrameFinder(u.tokens(), u.finder(), lex, this::plausibleName);
        List<Frame> frames = finder.find();
        Map<Frame, Speaker> speakers = new LinkedHashMap<>();
        Map<Frame, Speaker> partners = new HashMap<>();
        for (Frame f : frames) {
            Speaker s = resolve(f.speaker(), u);
            if (s != null) {
                speakers.put(f, s);
                Phrase partner = f.speaker() == null ? null : finder.partnerOf(f.speaker());
                if (partner != null) {
                    partners.put(f, resolve(partner, u));
                }
            }
        }
        List<Token> t = u.tokens();
        Speaker latest = null;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).isQuote()) {
                Speaker s = quote(u, i, frames, speakers);
                latest = s != null ? s : latest;
            }
        }
        for (Frame f : frames) {
            Speaker s = speakers.get(f);
            if (s != null && f.hasContent() && !onlyQuotes(t, f.contentFrom(), f.contentTo()) && claim(u, f, s)) {
                latest = s;
                Speaker partner = partners.get(f);
                if (partner != null) {
                    mention(partner, Confidence.CLAIM * partner.certainty()); // a joint source: both are named as sources
                }
            }
        }
        // "X spoke about ...:" or "X said:" before a quote in the next paragraph.
        if (!t.isEmpty() && t.get(t.size() - 1).is(":")) {
            Speaker s = null;
            for (Frame f : frames) {
                s = speakers.getOrDefault(f, s);
            }
            if (s == null && u.subject() != null) {
                s = resolve(u.subject(), u);
            }
            latest = s != null ? s : latest;
        }
        if (latest != null) {
            lastSpeaker = latest;
            lastSpeakerUnit = u.index();
        }
    }

    /** True when the sentence has a quote, a reporting verb, or "according to", or ends with a colon. */
    private boolean mayAttribute(List<Token> t) {
        for (Token k : t) {
            if (k.isQuote() || k.isLowerWord() && lex.isReportingVerb(k.lower()) || k.lower().equals("according") || k.is(":")) {
                return true;
            }
        }
        return false;
    }

    /** Suggests the quote at token {@code i}; returns its speaker when an attribution in the sentence gave it. */
    private Speaker quote(Unit u, int i, List<Frame> frames, Map<Frame, Speaker> speakers) {
        List<Token> t = u.tokens();
        int qIndex = t.get(i).quote();
        QuotedSpan q = quotes.get(qIndex);
        String content = text.substring(q.contentStart(), q.contentEnd());
        if (isExample(t, i, frames)) {
            return null;
        }
        Frame adjacent = adjacentFrame(t, i, frames);
        boolean atStart = firstWordIndex(t) == i || opensParenthesis(t, i);
        Frame containing = null;
        for (Frame f : frames) {
            if (f.contentContains(i) && f != adjacent) {
                containing = f;
            }
        }
        boolean afterBreak = i > 0 && (t.get(i - 1).is(":") || t.get(i - 1).is(","));
        if (adjacent == null && containing != null && containing.contentFrom() == i && (i == 0 || !t.get(i - 1).lower().equals("that"))) {
            adjacent = containing; // 'X said in a statement, "Q"': the whole content is the quote
            containing = null;
        }
        // Direct: the speaker's own sentences, introduced by or followed by the attribution, or
        // standing alone; partial: words inside the reporter's sentence ('the data would be "a milestone"').
        boolean opensClause = atStart || afterBreak || q.continuesPrevious();
        boolean predicate = adjacent != null && PREDICATE_VERBS.contains(t.get(adjacent.verb()).lower()) && adjacent.to() < i;
        boolean afterThat = i > 0 && t.get(i - 1).lower().equals("that");
        boolean direct = !afterThat && (q.continuesPrevious()
                || adjacent != null && adjacent.to() < i && !predicate
                || adjacent != null && opensClause
                || startsUpper(content) && (atStart || afterBreak && containing == null));
        if (adjacent == null && !q.continuesPrevious() && isTitle(trimComma(content))) {
            return null; // a name or title in quotation marks
        }
        Frame frame = adjacent != null ? adjacent : containing;
        if (frame == null) {
            frame = nearestWithContent(frames, i);
        }
        if (frame == null) {
            frame = verbJustBefore(t, frames, i); // "X describes this formation as "Q""
        }
        if (!direct && frame == null) {
            return null; // a scare quote, or words quoted without saying whose
        }
        Speaker speaker = frame == null ? null : speakers.get(frame);
        double tie = frame == null ? 0 : frame == adjacent ? Confidence.NEXT_TO_ATTRIBUTION
                : frame == containing ? Confidence.IN_REPORTED_CONTENT : Confidence.SAME_SENTENCE;
        boolean continued = speaker == null && q.continuesPrevious();
        if (continued) {
            speaker = quoteSpeakers.get(qIndex - 1);
        }
        if (!direct && speaker == null) {
            return null; // words quoted from no one said
        }
        boolean floating = speaker == null && frame == null;
        if (floating) {
            speaker = floatingSpeaker(u);
            tie = Confidence.STANDING_ALONE;
            if (speaker != null) {
                speaker = new Speaker(speaker.group(), nearestName(speaker, u, q.open()), speaker.certainty());
            }
        }
        quoteSpeakers.put(qIndex, speaker);
        double confidence;
        if (continued && speaker != null) {
            // Right or wrong together with the quote it continues: as sure as that one, at most CONTINUED.
            confidence = Math.min(Confidence.CONTINUED, quoteConfidences.getOrDefault(qIndex - 1, Confidence.CONTINUED));
        } else {
            confidence = speaker == null ? Confidence.UNATTRIBUTED : tie * speaker.certainty();
        }
        confidence *= q.closed() || q.continuesNext() ? 1 : Confidence.UNCLOSED;
        quoteConfidences.put(qIndex, confidence);
        found.add(new Out(AnnotationType.QUOTE, q.contentStart(), q.contentEnd(), direct ? QuoteForm.DIRECT : QuoteForm.PARTIAL,
                speaker, null, confidence));
        mention(speaker, confidence);
        return floating ? null : speaker;
    }

    /** A frame whose verb stands a few words before the quote, with only words between: "called the discovery "Q"". */
    private static Frame verbJustBefore(List<Token> t, List<Frame> frames, int i) {
        for (Frame f : frames) {
            if (f.to() < i && i - f.to() <= 7) {
                boolean words = true;
                for (int k = f.to() + 1; k < i; k++) {
                    words &= t.get(k).isWord();
                }
                if (words) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * Who a quote with no attribution in its sentence belongs to: the person the sentence just
     * before is about, when it is about a person ("Hinshaw remembers one method ..." then the
     * quote); else the last speaker.
     */
    private Speaker floatingSpeaker(Unit u) {
        if (u.index() > 0) {
            Unit prev = units.get(u.index() - 1);
            Phrase subject = prev.subject();
            if (subject != null && prev.sentence().paragraph() >= u.sentence().paragraph() - 1
                    && (subject.kind() == Phrase.Kind.NAME && personal(subject)
                            || subject.kind() == Phrase.Kind.PRONOUN && Set.of("he", "she").contains(subject.head()))) {
                Speaker s = resolve(subject, prev);
                if (s != null) {
                    return s.atMost(Confidence.PREVIOUS_SUBJECT);
                }
            }
        }
        return lastSpeaker == null ? null : lastSpeaker.atMost(Confidence.FLOATING_LAST_SPEAKER);
    }

    /** The name nearest before {@code pos} that names the speaker: the mention a floating quote is attributed through. */
    private Phrase nearestName(Speaker s, Unit u, int pos) {
        for (int k = u.index(); k >= Math.max(0, u.index() - 3 * PRONOUN_LOOKBACK); k--) {
            List<Phrase> ps = units.get(k).phrases();
            for (int j = ps.size() - 1; j >= 0; j--) {
                Phrase c = ps.get(j);
                if (c.kind() == Phrase.Kind.NAME && c.end() <= pos && grouper.lookup(c.core(text), c.entityKind()) == s.group()) {
                    return c;
                }
            }
            if (s.via() != null && s.via().start() >= units.get(k).sentence().start()) {
                break; // the speaker's own mention is nearer
            }
        }
        return s.via();
    }

    private boolean personal(Phrase p) {
        return p.entityKind() == EntityKind.PERSON || p.entityKind() == null && grouper.isKnownSurname(p.core(text));
    }

    /** Verbs whose quote is a predicate of the reporter's sentence: 'critics called it "long overdue"'. */
    private static final Set<String> PREDICATE_VERBS = Set.of("call", "calls", "called", "calling", "describe", "describes",
            "described", "describing", "dub", "dubs", "dubbed", "label", "labels", "labelled", "labeled", "term", "termed");

    private static final Set<String> EXAMPLE_CUES = Set.of("like", "word", "words", "phrase", "phrases", "term",
            "terms", "expression", "expressions", "called", "named", "titled", "entitled", "sentence", "sentences",
            "yourself", "themselves", "himself", "herself", "example", "dubbed", "nicknamed", "slogan", "label", "labelled",
            "labeled", "headline", "song", "book", "film", "movie", "play", "album", "show");

    /** Words cited rather than said: after "such as", "like", "the word", or joined by "and"/"or" to such a quote. */
    private static boolean isExample(List<Token> t, int i, List<Frame> frames) {
        int k = i - 1;
        while (k >= 0 && (t.get(k).is(",") || t.get(k).is(":"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        for (Frame f : frames) {
            if (f.verb() == k) {
                return false; // 'critics called it "long overdue"': someone's words, not a name
            }
        }
        String w = t.get(k).lower();
        if (EXAMPLE_CUES.contains(w) || w.equals("as") && k > 0 && t.get(k - 1).lower().equals("such")) {
            return true;
        }
        if ((w.equals("and") || w.equals("or")) && k - 1 >= 0 && t.get(k - 1).isQuote()) {
            return isExample(t, k - 1, frames);
        }
        return false;
    }

    private static String trimComma(String s) {
        return s.endsWith(",") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
    }

    private boolean claim(Unit u, Frame f, Speaker s) {
        List<Token> t = u.tokens();
        int words = 0;
        for (int k = f.contentFrom(); k <= f.contentTo(); k++) {
            if (t.get(k).isWord() || t.get(k).isQuote()) {
                words++;
            }
        }
        if (words < 3) {
            return false;
        }
        int start = t.get(f.contentFrom()).start();
        int end = t.get(f.contentTo()).end();
        double confidence = Confidence.CLAIM * s.certainty();
        found.add(new Out(AnnotationType.CLAIM, start, end, null, s, null, confidence));
        mention(s, confidence);
        return true;
    }

    /** Suggests the mention naming a speaker, as sure as the suggestion it is the source of. */
    private void mention(Speaker s, double confidence) {
        if (s != null && s.via() != null) {
            found.add(new Out(AnnotationType.SPEAKER, s.via().start(), s.via().end(), null, null, s.group(), confidence));
        }
    }

    /** The frame right after the quote ("Q," he said) or right before it (he said: "Q"). */
    private static Frame adjacentFrame(List<Token> t, int i, List<Frame> frames) {
        int after = i + 1;
        while (after < t.size() && (t.get(after).is(",") || t.get(after).is("—") || t.get(after).is("–"))) {
            after++;
        }
        int before = i - 1;
        while (before >= 0 && (t.get(before).is(",") || t.get(before).is(":") || t.get(before).lower().equals("that"))) {
            before--;
        }
        for (Frame f : frames) {
            if (f.from() == after && after > i && !(f.from() == f.verb() && t.get(f.verb()).lower().endsWith("ing"))) {
                return f;
            }
        }
        // '"We disagree," the opposition leader Tom Baker told reporters.'
        for (Frame f : frames) {
            if (f.from() > after && f.from() - after <= 4) {
                boolean words = true;
                for (int k = after; k < f.from(); k++) {
                    words &= t.get(k).isWord();
                }
                if (words) {
                    return f;
                }
            }
        }
        for (Frame f : frames) {
            if (f.to() == before && before < i && before >= 0 && (f.contentFrom() < 0 || f.contentFrom() >= i || f.contentContains(i))) {
                return f;
            }
        }
        return null;
    }

    private static Frame nearestWithContent(List<Frame> frames, int i) {
        Frame best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Frame f : frames) {
            if (!f.hasContent()) {
                continue;
            }
            int d = i < f.from() ? f.from() - i : i > f.to() ? i - f.to() : 0;
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    // ---- speakers

    /**
     * Whether a lone capitalised word opening a sentence is a name ("Strickland said"), not a
     * word capitalised for standing first ("Start with nouns and then add ..."): the text must
     * also write it with a capital inside a sentence, or know it as a surname.
     */
    private boolean plausibleName(Phrase p) {
        if (p.kind() != Phrase.Kind.NAME || p.entityKind() != null || p.start() != p.coreStart()) {
            return true;
        }
        String core = p.core(text);
        return core.indexOf(' ') >= 0 || grouper.isKnownSurname(core) || capitalisedInside.contains(core.toLowerCase(Locale.ROOT));
    }

    private Speaker resolve(Phrase p, Unit u) {
        if (p == null) {
            return null;
        }
        switch (p.kind()) {
            case NAME:
                return new Speaker(grouper.forName(p.core(text), p.entityKind(), p.titleWords()), p, Confidence.NAMED);
            case ROLE:
                return new Speaker(roleGroup(p, u), p, Confidence.DESCRIBED);
            case DOCUMENT:
                // "according to the announcement" just after someone announced something: theirs.
                return lastSpeaker != null && lastSpeakerUnit >= u.index() - 1 ? lastSpeaker.atMost(Confidence.LAST_SPEAKER) : null;
            case PRONOUN:
            default:
                return pronoun(p, u);
        }
    }

    private static final Set<String> SPOKESPEOPLE = Set.of("official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "representative", "representatives");

    private EntityGrouper.Group roleGroup(Phrase p, Unit u) {
        String qualifier = qualifier(p, u);
        if (SPOKESPEOPLE.contains(p.head())) {
            // "NASA officials" speak for NASA; "agency officials" for the agency named last.
            if (qualifier != null) {
                return grouper.forName(qualifier, EntityKind.ORGANISATION, List.of());
            }
            for (String w : p.titleWords()) {
                if (lex.speakerNoun(w) == EntityKind.ORGANISATION) {
                    EntityGrouper.Group org = recentOrganisation(u, p);
                    if (org != null) {
                        return org;
                    }
                }
            }
        }
        if (lex.isTeamNoun(p.head()) && qualifier == null) {
            return grouper.forTeam(p.text(text));
        }
        List<String> modifiers = new ArrayList<>();
        for (String w : p.titleWords()) {
            if (!w.equals(p.head()) && !lex.isTitleWord(w) && !lex.isFunctionWord(w)) {
                modifiers.add(w);
            }
        }
        // A titled name seen earlier: "Mexican President Andres Manuel Lopez Obrador" ... "the Mexican president".
        for (int k = u.index(); k >= Math.max(0, u.index() - ROLE_LOOKBACK); k--) {
            List<Phrase> ps = units.get(k).phrases();
            for (int j = ps.size() - 1; j >= 0; j--) {
                Phrase c = ps.get(j);
                if (c.kind() == Phrase.Kind.NAME && c.titleWords().contains(p.head()) && c.titleWords().containsAll(modifiers)
                        && (k < u.index() || c.end() <= p.start())) {
                    return grouper.forName(c.core(text), c.entityKind(), c.titleWords());
                }
            }
        }
        EntityGrouper.Group g = grouper.forRole(p.head(), modifiers);
        if (g == null && p.entityKind() == EntityKind.ORGANISATION) {
            g = recentOrganisation(u, p);
        }
        return g != null ? g : grouper.forDescription(p.text(text), String.join(" ", p.titleWords()), p.entityKind());
    }

    /** The capitalised words before a role's head that name who it belongs to ("NASA" in "NASA scientists"), or null. */
    private String qualifier(Phrase p, Unit u) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < u.tokens().size(); i++) {
            Token k = u.tokens().get(i);
            if (k.start() < p.start() || k.end() > p.end() || k.lower().equals(p.head())) {
                if (k.start() >= p.start() && k.lower().equals(p.head())) {
                    break;
                }
                continue;
            }
            boolean named = k.isCapitalised() && (i > 0 || k.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.'));
            if (named && !lex.isPlace(k.lower()) && !k.lower().endsWith("an")) {
                from = from < 0 ? k.start() : from;
                to = k.end();
            } else if (from >= 0) {
                break;
            }
        }
        return from < 0 ? null : text.substring(from, to);
    }

    /** "The American space agency said": the organisation named last, in this sentence or the few before. */
    private EntityGrouper.Group recentOrganisation(Unit u, Phrase p) {
        for (int k = u.index(); k >= Math.max(0, u.index() - PRONOUN_LOOKBACK); k--) {
            List<Phrase> ps = units.get(k).phrases();
            for (int j = ps.size() - 1; j >= 0; j--) {
                Phrase c = ps.get(j);
                boolean organisation = c.entityKind() == EntityKind.ORGANISATION
                        || c.entityKind() == null && looksCoined(c.core(text)) && !inDateline(c, units.get(k));
                if (c.kind() == Phrase.Kind.NAME && organisation && !isPlace(c) && (k < u.index() || c.end() <= p.start())) {
                    return grouper.forName(c.core(text), c.entityKind(), c.titleWords());
                }
            }
        }
        return null;
    }

    /** A brand-like name, capitals inside a word ("DataCorp", "eBay"): a company, not a surname. */
    private static boolean looksCoined(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** True for the place of a dateline ("SAN FRANCISCO —" opening the first sentence of a paragraph). */
    private static boolean inDateline(Phrase c, Unit u) {
        List<Token> t = u.tokens();
        for (int x = c.last() + 1; x < Math.min(t.size(), c.last() + 5); x++) {
            if (t.get(x).is("—") || t.get(x).is("-") || t.get(x).is("–")) {
                return c.first() == 0 && t.get(0).text().chars().noneMatch(Character::isLowerCase);
            }
        }
        return false;
    }

    private boolean isPlace(Phrase c) {
        return lex.isPlace(c.core(text).toLowerCase(Locale.ROOT));
    }

    private Speaker pronoun(Phrase p, Unit u) {
        String pro = p.head();
        for (int k = u.index(); k >= Math.max(0, u.index() - PRONOUN_LOOKBACK); k--) {
            Unit c = units.get(k);
            List<Phrase> order = new ArrayList<>();
            if (k == u.index()) {
                for (int j = c.phrases().size() - 1; j >= 0; j--) {
                    if (c.phrases().get(j).end() <= p.start()) {
                        order.add(c.phrases().get(j));
                    }
                }
            } else {
                if (c.subject() != null && c.subject().isExplicit()) {
                    order.add(c.subject());
                }
                for (int j = c.phrases().size() - 1; j >= 0; j--) {
                    order.add(c.phrases().get(j));
                }
            }
            for (Phrase cand : order) {
                if (compatible(cand, pro) && firstNameFits(cand, pro)) {
                    Speaker s = resolve(cand, c);
                    if (s != null && genderFits(s.group(), pro)) {
                        learnGender(s.group(), pro);
                        return s.atMost(Confidence.PRONOUN);
                    }
                }
            }
        }
        if (lastSpeaker != null && genderFits(lastSpeaker.group(), pro)) {
            return lastSpeaker.atMost(Confidence.LAST_SPEAKER);
        }
        return null;
    }

    private boolean compatible(Phrase c, String pronoun) {
        if (!c.isExplicit()) {
            return false;
        }
        EntityKind kind = c.entityKind();
        if (c.kind() == Phrase.Kind.NAME && kind == null) {
            kind = grouper.isKnownSurname(c.core(text)) ? EntityKind.PERSON : null;
        }
        boolean plural = c.kind() == Phrase.Kind.ROLE && (c.head().endsWith("s") || c.head().equals("police"));
        switch (pronoun) {
            case "he":
            case "she":
                return kind == EntityKind.PERSON && !plural;
            case "it":
                return kind == EntityKind.ORGANISATION && !plural;
            case "they":
                return plural || kind == EntityKind.ORGANISATION;
            default:
                return false;
        }
    }

    /** False when the candidate's given name says the other gender ("Mary Jones" for "he"). */
    private boolean firstNameFits(Phrase c, String pronoun) {
        if (c.kind() != Phrase.Kind.NAME || !(pronoun.equals("he") || pronoun.equals("she"))) {
            return true;
        }
        List<String> w = grouper.words(c.core(text));
        char g = w.size() >= 2 ? lex.genderOfFirstName(w.get(0)) : 0;
        if (g == 0) {
            EntityGrouper.Group known = grouper.lookup(c.core(text), c.entityKind());
            g = known == null ? 0 : known.gender;
        }
        return g == 0 || g == (pronoun.equals("he") ? 'm' : 'f');
    }

    private static boolean genderFits(EntityGrouper.Group g, String pronoun) {
        if (pronoun.equals("he")) {
            return g.gender != 'f' && g.kind != EntityKind.ORGANISATION;
        }
        if (pronoun.equals("she")) {
            return g.gender != 'm' && g.kind != EntityKind.ORGANISATION;
        }
        return true;
    }

    private static void learnGender(EntityGrouper.Group g, String pronoun) {
        if (g.gender == 0 && pronoun.equals("he")) {
            g.gender = 'm';
        } else if (g.gender == 0 && pronoun.equals("she")) {
            g.gender = 'f';
        }
    }

    // ---- text tests

    private static boolean onlyQuotes(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (t.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    private static int firstWordIndex(List<Token> t) {
        int i = 0;
        while (i < t.size() && t.get(i).isWord() && Set.of("and", "but", "so").contains(t.get(i).lower())) {
            i++;
        }
        while (i < t.size() && t.get(i).kind() == Token.Kind.PUNCT) {
            i++;
        }
        return i;
    }

    /** True when the quote at {@code i} opens a parenthesis: ("Like an idiot," Marjan corrects her). */
    private static boolean opensParenthesis(List<Token> t, int i) {
        return i > 0 && t.get(i - 1).is("(");
    }

    private static boolean startsUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Words in {@code [from, to)} of {@code s}, counted up to {@code enough}: a long paragraph is not read to its end. */
    private static int wordCount(String s, int from, int to, int enough) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to && n < enough; i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Every word capitalised (small words aside) and no closing punctuation: a title or a name, not speech. */
    private static boolean isTitle(String s) {
        char last = s.charAt(s.length() - 1);
        if (".,!?;:…".indexOf(last) >= 0) {
            return false;
        }
        String[] words = s.split("[\\s\\-–—/]+");
        if (words.length > 8) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int c = w.codePointAt(0);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    // ---- output

    private Suggestions build() {
        Map<EntityGrouper.Group, Entity> entities = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        List<Annotation> annotations = new ArrayList<>();
        Map<String, Annotation> mentions = new HashMap<>();
        // A mention that several suggestions go through is as sure as the surest of them.
        Map<String, Double> mentionConfidence = new HashMap<>();
        for (Out o : found) {
            if (o.type() == AnnotationType.SPEAKER) {
                mentionConfidence.merge(o.start() + ":" + o.end(), o.confidence(), Math::max);
            }
        }
        for (Out o : found) {
            if (o.type() != AnnotationType.SPEAKER) {
                continue;
            }
            String key = o.start() + ":" + o.end();
            if (mentions.containsKey(key)) {
                continue;
            }
            Entity e = entity(o.entity(), entities, taken);
            Annotation a = new Annotation(id('a', taken), AnnotationType.SPEAKER, cp(o.start()), cp(o.end()), e.id(),
                    null, null, null, null, null, true, mentionConfidence.get(key));
            mentions.put(key, a);
            annotations.add(a);
        }
        Set<String> spans = new HashSet<>();
        for (Out o : found) {
            if (o.type() == AnnotationType.SPEAKER || !spans.add(o.type() + ":" + o.start() + ":" + o.end())) {
                continue;
            }
            String speakerId = null;
            String viaId = null;
            if (o.speaker() != null) {
                speakerId = entity(o.speaker().group(), entities, taken).id();
                if (o.speaker().via() != null) {
                    Annotation m = mentions.get(o.speaker().via().start() + ":" + o.speaker().via().end());
                    if (m != null && speakerId.equals(m.entityId())) {
                        viaId = m.id();
                    }
                }
            }
            annotations.add(new Annotation(id('a', taken), o.type(), cp(o.start()), cp(o.end()), null, speakerId, viaId,
                    o.form(), null, null, true, o.confidence()));
        }
        annotations.sort(Annotation.DOCUMENT_ORDER);
        return new Suggestions(new ArrayList<>(entities.values()), annotations);
    }

    private static Entity entity(EntityGrouper.Group g, Map<EntityGrouper.Group, Entity> entities, Set<String> taken) {
        return entities.computeIfAbsent(g, x -> new Entity(id('e', taken), x.name,
                x.kind == null ? EntityKind.OTHER : x.kind));
    }

    private static String id(char prefix, Set<String> taken) {
        String id = Ids.next(prefix, taken::contains);
        taken.add(id);
        return id;
    }

    private int cp(int ch) {
        return source.toCodePoint(ch);
    }
}
