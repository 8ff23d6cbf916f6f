package org.attrib.core.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.attrib.core.model.EntityKind;

/**
 * Finds speaker noun phrases among a sentence's tokens, working outward from a position: the
 * phrase ending just before a reporting verb ("... Lopez Obrador said"), or starting just after it
 * ("said Hugo Rodriguez"). A name is a run of capitalised words, with "of", "de", "van" and the
 * like inside it, cut after leading function words ("But", "The"); titles at its front
 * ("Deputy Assistant Secretary of State") belong to it.
 */
final class PhraseFinder {

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");
    static final Set<String> RELATIVES = Set.of("who", "which");
    static final Set<String> QUANTIFIERS = Set.of("most", "other", "many", "some", "several", "few", "various",
            "numerous", "both");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
            "their", "our", "another", "some", "many", "several", "other", "both", "two", "three", "four", "five");
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "della", "di", "da", "dos", "du", "la", "le",
            "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "&");
    private static final Set<String> MODIFIERS = Set.of("foreign", "deputy", "former", "top", "senior", "chief", "local",
            "federal", "state", "government", "company", "health", "police", "military", "white", "house", "press",
            "new", "lead", "head", "assistant", "acting", "interim", "regional", "national", "city", "county", "prime",
            "vice", "general", "defense", "defence", "interior", "finance", "justice", "agriculture", "education");
    static final Set<String> DOCUMENTS = Set.of("announcement", "statement", "report", "study", "survey", "data",
            "figures", "documents", "document", "records", "estimates", "poll", "analysis", "letter", "release",
            "ruling", "complaint", "indictment", "filing", "memo", "research", "findings");

    private final List<Token> t;
    private final String text;
    private final Lexicon lex;

    PhraseFinder(List<Token> tokens, String text, Lexicon lex) {
        this.t = tokens;
        this.text = text;
        this.lex = lex;
    }

    // ---- token tests

    boolean nameish(int i) {
        if (i < 0 || i >= t.size()) {
            return false;
        }
        Token k = t.get(i);
        return k.isCapitalised() && !lex.isTimeWord(k.lower()) && !k.is("I");
    }

    private boolean connectorAt(int i) {
        return i >= 0 && i < t.size() && t.get(i).isWord() && CONNECTORS.contains(t.get(i).lower())
                || i >= 0 && i < t.size() && t.get(i).is("&");
    }

    boolean isWord(int i, Set<String> words) {
        return i >= 0 && i < t.size() && (t.get(i).isWord() || t.get(i).is("&")) && words.contains(t.get(i).lower());
    }

    boolean is(int i, String s) {
        return i >= 0 && i < t.size() && t.get(i).lower().equals(s);
    }

    private boolean wordAt(int i) {
        return i >= 0 && i < t.size() && t.get(i).isWord();
    }

    // ---- phrases

    /** The pronoun at token {@code i} as a phrase of its own. */
    private Phrase pronoun(int i) {
        Token k = t.get(i);
        return new Phrase(Phrase.Kind.PRONOUN, i, i, k.start(), k.end(), k.start(), k.end(), null, List.of(), k.lower());
    }

    /** The speaker phrase whose last token is {@code j}, or null. Relative pronouns give their antecedent. */
    Phrase endingAt(int j) {
        if (!wordAt(j)) {
            return null;
        }
        String w = t.get(j).lower();
        if (PRONOUNS.contains(w)) {
            return pronoun(j);
        }
        if (RELATIVES.contains(w)) {
            int k = j - 1;
            if (k >= 0 && t.get(k).is(",")) {
                k--;
            }
            Phrase p = endingAt(k);
            return p != null && p.isExplicit() ? p : null;
        }
        if (nameish(j)) {
            int k = j;
            while (true) {
                if (nameish(k - 1)) {
                    k--;
                } else if (connectorAt(k - 1) && nameish(k - 2)) {
                    k -= 2;
                } else if (is(k - 1, "for") && nameish(k - 2) && titledOrOrganisation(k - 2)) {
                    k -= 2;
                } else {
                    break;
                }
            }
            return withHead(withLowerTitle(name(k, j)));
        }
        return withHead(roleEndingAt(j));
    }

    /** The speaker phrase starting at token {@code i} (after an inverted "said"), or null. */
    Phrase startingAt(int i) {
        if (!wordAt(i)) {
            return null;
        }
        String w = t.get(i).lower();
        if (PRONOUNS.contains(w)) {
            return pronoun(i);
        }
        if (nameish(i) && !lex.isFunctionWord(w)) {
            int j = i;
            while (true) {
                if (nameish(j + 1)) {
                    j++;
                } else if (connectorAt(j + 1) && nameish(j + 2)) {
                    j += 2;
                } else if (j + 2 < t.size() && t.get(j + 1).kind() == Token.Kind.POSSESSIVE && nameish(j + 2)) {
                    j += 2; // "JPL's Jonah Peter": the owner belongs to the mention, the name follows it
                    int ownerEnd = j - 1;
                    while (nameish(j + 1)) {
                        j++;
                    }
                    Phrase named = name(ownerEnd + 1, j);
                    if (named == null) {
                        return null;
                    }
                    return new Phrase(named.kind(), i, j, t.get(i).start(), named.end(), named.coreStart(), named.coreEnd(),
                            named.entityKind(), named.titleWords(), named.head());
                } else {
                    break;
                }
            }
            return name(i, j);
        }
        // A common noun phrase: determiner, modifiers, head.
        int j = i;
        if (isWord(j, DETERMINERS)) {
            j++;
        }
        int headAt = -1;
        for (int x = j; x < Math.min(t.size(), j + 5); x++) {
            Token k = t.get(x);
            if (!k.isWord()) {
                break;
            }
            if (lex.speakerNoun(k.lower()) != null || DOCUMENTS.contains(k.lower())) {
                headAt = x;
                if (!(lex.speakerNoun(lowerAt(x + 1)) != null)) {
                    break;
                }
            } else if (!(k.isCapitalised() || MODIFIERS.contains(k.lower()) || lex.isTitleWord(k.lower()))) {
                break;
            }
        }
        return headAt < 0 ? null : roleEndingAt(headAt);
    }

    /** Name and role phrases of the whole sentence, left to right, for resolving pronouns later. */
    List<Phrase> all() {
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (nameish(i)) {
                int j = i;
                while (true) {
                    if (nameish(j + 1)) {
                        j++;
                    } else if (connectorAt(j + 1) && nameish(j + 2)) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                Phrase p = name(i, j);
                if (p != null) {
                    out.add(p);
                }
                i = j + 1;
            } else if (t.get(i).isWord() && (lex.speakerNoun(t.get(i).lower()) != null) && !nameish(i + 1)
                    && lex.speakerNoun(lowerAt(i + 1)) == null) {
                Phrase p = roleEndingAt(i);
                if (p != null) {
                    out.add(p);
                }
                i++;
            } else {
                i++;
            }
        }
        return out;
    }

    /** True when token {@code i} is followed by a possessive ending: "TNC's" names an owner, not a speaker. */
    boolean possessiveAfter(Phrase p) {
        return p.last() + 1 < t.size() && t.get(p.last() + 1).kind() == Token.Kind.POSSESSIVE;
    }

    // ---- building phrases

    /** A name phrase over tokens {@code [k, j]}, cut after leading function words; null when nothing is left. */
    private Phrase name(int k, int j) {
        int first = isWord(k - 1, Set.of("the")) ? k - 1 : k;
        while (k <= j && (lex.isFunctionWord(t.get(k).lower()) || CONNECTORS.contains(t.get(k).lower()))) {
            k++;
        }
        if (k > j) {
            return null;
        }
        if (k == j && lex.speakerNoun(t.get(k).lower()) != null) {
            return roleEndingAt(j); // "Researchers said"
        }
        // "Shares of DataCorp fell": a word capitalised only for opening the sentence, and "of", are not the name.
        while (k + 2 <= j && opensSentence(k) && is(k + 1, "of") && !lex.isOrganisationWord(t.get(k).lower())
                && !lex.isTitleWord(t.get(k).lower()) && !lex.isPlace(t.get(k).lower())) {
            k += 2;
            first = k;
        }
        // Titles and the modifiers before them: "U.S. Attorney General", "Mexican Foreign Minister".
        List<String> titles = new ArrayList<>();
        int x = k;
        int coreFrom = k;
        while (x <= j) {
            int m = titleAt(x, j);
            if (m > 0) {
                for (int y = x; y < x + m; y++) {
                    titles.add(t.get(y).lower());
                }
                x += m;
                coreFrom = x;
            } else if (x < j && (titleAt(x + 1, j) > 0 || (x + 1 < j && titleAt(x + 2, j) > 0 && t.get(x + 1).isCapitalised()))) {
                titles.add(t.get(x).lower());
                x++;
            } else {
                break;
            }
        }
        while (coreFrom <= j && CONNECTORS.contains(t.get(coreFrom).lower())) {
            coreFrom++;
        }
        if (coreFrom > j) {
            // Only a title ("President", "the Mexican President"): a role.
            String head = t.get(j).lower();
            return new Phrase(Phrase.Kind.ROLE, first, j, t.get(k).start(), t.get(j).end(), t.get(k).start(), t.get(j).end(),
                    EntityKind.PERSON, titles, head);
        }
        // "Priya Natarajan of Wedbush Securities": a person's name, then where they are from.
        for (int of = coreFrom + 2; of < j; of++) {
            if (is(of, "of") && kindOfName(coreFrom, of - 1, !titles.isEmpty()) == EntityKind.PERSON) {
                return new Phrase(Phrase.Kind.NAME, first, j, t.get(k).start(), t.get(j).end(), t.get(coreFrom).start(),
                        t.get(of - 1).end(), EntityKind.PERSON, titles, null);
            }
        }
        EntityKind kind = kindOfName(coreFrom, j, !titles.isEmpty());
        return new Phrase(Phrase.Kind.NAME, first, j, t.get(k).start(), t.get(j).end(), t.get(coreFrom).start(), t.get(j).end(),
                kind, titles, null);
    }

    /**
     * A name grown leftwards over a title written in lower case before it: "spokeswoman Maria
     * Gonzalez", "deputy director Ann Lee". Otherwise the name as it is.
     */
    private Phrase withLowerTitle(Phrase p) {
        if (p == null || p.kind() != Phrase.Kind.NAME || p.first() != p.start() && !t.get(p.first()).isCapitalised()
                || t.get(p.first()).start() != p.start()) {
            return p;
        }
        int x = p.first();
        int from = x;
        for (int m = lex.longestTitle(); m >= 1; m--) {
            if (x - m >= 0 && t.get(x - m).isLowerWord() && titleAt(x - m, x - 1) == m
                    && (x - m == 0 || !t.get(x - m - 1).isWord() || isWord(x - m - 1, DETERMINERS))) {
                from = x - m;
                break;
            }
        }
        if (from == x) {
            return p;
        }
        List<String> titles = new ArrayList<>();
        for (int y = from; y < x; y++) {
            titles.add(t.get(y).lower());
        }
        titles.addAll(p.titleWords());
        EntityKind kind = p.entityKind() == null ? EntityKind.PERSON : p.entityKind();
        return new Phrase(Phrase.Kind.NAME, from, p.last(), t.get(from).start(), p.end(), p.coreStart(), p.coreEnd(), kind,
                titles, null);
    }

    /** True when token {@code k} opens its sentence (after a dateline's dash, if any). */
    private boolean opensSentence(int k) {
        return k == 0 || k > 0 && (t.get(k - 1).is("—") || t.get(k - 1).is("-") || t.get(k - 1).is("–"));
    }

    /** How many tokens from {@code x} (not past {@code j}) form a title, longest first; 0 when none. */
    private int titleAt(int x, int j) {
        for (int m = Math.min(lex.longestTitle(), j - x + 1); m >= 1; m--) {
            StringBuilder sb = new StringBuilder();
            boolean words = true;
            for (int y = x; y < x + m; y++) {
                if (!t.get(y).isWord()) {
                    words = false;
                    break;
                }
                if (y > x) {
                    sb.append(' ');
                }
                sb.append(t.get(y).lower());
            }
            if (words && lex.isTitle(sb.toString())) {
                return m;
            }
        }
        return 0;
    }

    private boolean titledOrOrganisation(int upTo) {
        for (int y = upTo; y >= 0 && (nameish(y) || connectorAt(y)); y--) {
            if (lex.isTitleWord(t.get(y).lower()) || lex.isOrganisationWord(t.get(y).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Person, organisation, or null (a single unknown word: maybe a surname, maybe a company). */
    private EntityKind kindOfName(int from, int to, boolean titled) {
        StringBuilder all = new StringBuilder();
        int words = 0;
        boolean acronym = true;
        for (int y = from; y <= to; y++) {
            String w = t.get(y).lower();
            if (lex.isOrganisationWord(w)) {
                return EntityKind.ORGANISATION;
            }
            if (y > from) {
                all.append(' ');
            }
            all.append(w);
            if (t.get(y).isWord() && !CONNECTORS.contains(w)) {
                words++;
                String s = t.get(y).text();
                acronym &= s.length() >= 2 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
            }
        }
        if (lex.isPlace(all.toString())) {
            return EntityKind.ORGANISATION;
        }
        if ((" " + all + " ").contains(" of ")) {
            return null; // "Complexity of Learning English": no one's name
        }
        if (titled) {
            return EntityKind.PERSON;
        }
        if (acronym) {
            return EntityKind.ORGANISATION;
        }
        return words >= 2 ? EntityKind.PERSON : null;
    }

    /** A common noun phrase ending at {@code j} whose head is a speaker noun: "the Mexican president", "the American space agency". */
    private Phrase roleEndingAt(int j) {
        String head = t.get(j).lower();
        boolean document = DOCUMENTS.contains(head);
        EntityKind kind = lex.speakerNoun(head);
        if (kind == null && lex.isOrganisationWord(head) && !head.endsWith(".")) {
            kind = EntityKind.ORGANISATION; // "the union said"
        }
        if (kind == null && !document && !lex.isTitleWord(head)) {
            return null;
        }
        // Modifiers: capitalised words, known modifiers and titles always; other words only after a determiner.
        int strict = j;
        while (strict - 1 >= 0 && j - strict < 4 && isModifier(strict - 1, true)) {
            strict--;
        }
        int loose = j;
        while (loose - 1 >= 0 && j - loose < 4 && isModifier(loose - 1, false)) {
            loose--;
        }
        int k = isWord(loose - 1, DETERMINERS) || isWord(loose - 1, QUANTIFIERS) ? loose : strict;
        List<String> words = new ArrayList<>();
        for (int x = k; x <= j; x++) {
            words.add(t.get(x).lower());
        }
        // "Most experts", "Other experts": the quantifier is part of the mention, an article is not.
        int textFrom = isWord(k - 1, QUANTIFIERS) ? k - 1 : k;
        boolean determined = isWord(textFrom - 1, DETERMINERS) || textFrom < k;
        if (!determined && !head.endsWith("s") && !head.equals("police") && k == j && !t.get(j).isCapitalised()) {
            return null;
        }
        int first = isWord(textFrom - 1, DETERMINERS) ? textFrom - 1 : textFrom;
        k = textFrom;
        Phrase.Kind pk = document ? Phrase.Kind.DOCUMENT : Phrase.Kind.ROLE;
        EntityKind ek = document ? EntityKind.ORGANISATION : kind == null ? EntityKind.PERSON : kind;
        return new Phrase(pk, first, j, t.get(k).start(), t.get(j).end(), t.get(k).start(), t.get(j).end(), ek, words, head);
    }

    private boolean isModifier(int x, boolean strict) {
        Token k = t.get(x);
        if (!k.isWord() || lex.isFunctionWord(k.lower()) || lex.isReportingVerb(k.lower())) {
            return false;
        }
        if (k.isCapitalised() || MODIFIERS.contains(k.lower()) || lex.isTitleWord(k.lower())) {
            return true;
        }
        return !strict && k.isLowerWord() && !k.lower().endsWith("ly");
    }

    /**
     * A phrase grown leftwards over a modifier to the head it belongs to, when that head starts
     * its clause: "Scientists examining Cassini data", "Astronomers involved in the research",
     * "Thomas Watters of the Smithsonian Institution". Otherwise the phrase as it is.
     */
    Phrase withHead(Phrase p) {
        if (p == null || p.kind() == Phrase.Kind.PRONOUN) {
            return p;
        }
        for (int k = p.first() - 1, steps = 0; k >= 1 && steps < 5; k--, steps++) {
            Token x = t.get(k);
            if (!x.isWord()) {
                return p;
            }
            String w = x.lower();
            if (POST_MODIFIER_LINKS.contains(w) || isParticiple(x)) {
                Phrase head = headEndingAt(k - 1);
                if (head != null && (head.first() == 0 || !t.get(head.first() - 1).isWord()
                        || LINKING_WORDS.contains(t.get(head.first() - 1).lower()))) {
                    return p.after(head);
                }
            }
            if (lex.isReportingVerb(w) && !isParticiple(x)) {
                return p;
            }
        }
        return p;
    }

    private static final Set<String> POST_MODIFIER_LINKS = Set.of("of", "from", "at", "with", "for", "on", "in");
    private static final Set<String> LINKING_WORDS = Set.of("and", "but", "the", "a", "an", "while", "when");

    private static boolean isParticiple(Token x) {
        String w = x.lower();
        return x.isLowerWord() && w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"));
    }

    /** A person head that a modifier may follow: a person's name, or a role such as "scientists". */
    private Phrase headEndingAt(int j) {
        if (j < 0 || !t.get(j).isWord()) {
            return null;
        }
        Phrase h;
        if (nameish(j)) {
            int k = j;
            while (nameish(k - 1) || (connectorAt(k - 1) && nameish(k - 2))) {
                k -= nameish(k - 1) ? 1 : 2;
            }
            h = name(k, j);
        } else {
            h = roleEndingAt(j);
        }
        if (h == null || h.kind() == Phrase.Kind.DOCUMENT) {
            return null;
        }
        return h.entityKind() == EntityKind.PERSON || h.kind() == Phrase.Kind.ROLE ? h : null;
    }

    private String lowerAt(int i) {
        return i >= 0 && i < t.size() ? t.get(i).lower() : "";
    }
}
