package org.attrib.core.suggest;

import java.util.List;

import org.attrib.core.model.EntityKind;

/**
 * A noun phrase that can name a speaker, found in a sentence's tokens.
 *
 * @param kind what sort of phrase
 * @param first first token (a leading determiner included)
 * @param last last token, inclusive
 * @param start where the mention's text starts (after a determiner such as "The"), UTF-16
 * @param end where the mention's text ends, UTF-16
 * @param coreStart where the name proper starts, after titles ("Andres" in "Mexican President Andres ..."); equals start when there is no title
 * @param coreEnd where the name proper ends, before a modifier that follows it ("Thomas Watters" in "Thomas Watters of the
 *     Smithsonian Institution"); equals end when there is none
 * @param entityKind person or organisation as far as the phrase tells; null when it cannot tell
 * @param titleWords the lower-case words of its titles and modifiers ("mexican", "president")
 * @param head for a role phrase its head noun, for a pronoun the pronoun, in lower case; else null
 */
record Phrase(Kind kind, int first, int last, int start, int end, int coreStart, int coreEnd, EntityKind entityKind,
        List<String> titleWords, String head) {

    enum Kind {
        /** A proper name, possibly with titles: "Mexican President Andres Manuel Lopez Obrador", "U.S. State Department". */
        NAME,
        /** A common noun phrase: "the Mexican president", "officials", "a spokesman for the ministry". */
        ROLE,
        /** He, she, they, it. */
        PRONOUN,
        /** A document that speaks for someone: "the announcement", "the statement". */
        DOCUMENT
    }

    Phrase {
        titleWords = List.copyOf(titleWords);
    }

    boolean isExplicit() {
        return kind == Kind.NAME || kind == Kind.ROLE;
    }

    String text(String source) {
        return source.substring(start, end);
    }

    String core(String source) {
        return source.substring(coreStart, coreEnd);
    }

    /** This phrase grown leftwards to take in a head it modifies: "Scientists" + "examining Cassini data". */
    Phrase after(Phrase head) {
        return new Phrase(head.kind, head.first, last, head.start, end, head.coreStart, head.coreEnd, head.entityKind,
                head.titleWords, head.head);
    }
}
