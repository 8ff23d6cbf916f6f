package org.attrib.core.suggest;

import org.attrib.core.text.SourceText;

/**
 * Proposes annotations for an article, offline and by rule: quotes (direct or partial), the
 * speakers they are attributed to, the mentions that name those speakers, and claims (reported
 * speech without quotation marks). See docs/suggestions.md for the rules.
 *
 * <p>Thread-safe: it holds only the word lists, loaded once; each call works on its own state.
 */
public final class Suggester {

    private final Lexicon lexicon;

    public Suggester() {
        this.lexicon = Lexicon.english();
    }

    /** Suggestions for one text: pending annotations and the speaker entities they link to. */
    public Suggestions suggest(SourceText source) {
        return new DocumentAnalysis(source, lexicon).run();
    }
}
