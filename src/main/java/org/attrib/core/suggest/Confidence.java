package org.attrib.core.suggest;

/**
 * How sure the detector is of a suggestion, from how it found it: how the quote or claim is tied
 * to an attribution, times how surely the speaker of that attribution was found. A ranking for the
 * analyst's review (least certain first), not a measured probability; the levels and what they
 * mean are in docs/suggestions.md ("Confidence").
 */
final class Confidence {

    // ---- how a quote or claim is tied to its attribution

    /** {@code "…," X said} or {@code X said: "…"}: the attribution stands next to the quote. */
    static final double NEXT_TO_ATTRIBUTION = 0.9;
    /** Quoted words inside the content of a reporting verb ({@code X said the plan was "…"}). */
    static final double IN_REPORTED_CONTENT = 0.8;
    /** The sentence's nearest attribution, or a reporting verb a few words before ({@code called it "…"}). */
    static final double SAME_SENTENCE = 0.7;
    /** The content of a reporting verb: the speaker is explicit, where the content ends is approximate. */
    static final double CLAIM = 0.7;
    /**
     * A quote continuing one from the previous paragraph or across an interruption, whose speaker is
     * carried over: at most this sure, and no surer than the quote it continues.
     */
    static final double CONTINUED = 0.6;
    /** A quote standing alone: a quote for sure, its speaker is only as sure as the guess of who is speaking. */
    static final double STANDING_ALONE = 1.0;
    /** A quote no attribution could be found for: the guidelines leave such quoted words out. */
    static final double UNATTRIBUTED = 0.3;

    // ---- how surely the speaker was found

    /** A name in the attribution ({@code Tom Nordheim said}). */
    static final double NAMED = 1.0;
    /** A description ({@code the Mexican president}, {@code officials}): resolved to a speaker named before, or a group. */
    static final double DESCRIBED = 0.9;
    /** {@code he}/{@code she}/{@code they}/{@code it}, resolved to a phrase a few sentences back. */
    static final double PRONOUN = 0.75;
    /** A floating quote given to the person the previous sentence is about. */
    static final double PREVIOUS_SUBJECT = 0.5;
    /** Carried over from the last speaker: a pronoun or document with nothing nearer, or a floating quote. */
    static final double LAST_SPEAKER = 0.55;
    /** A floating quote given to the last speaker, the weakest guess. */
    static final double FLOATING_LAST_SPEAKER = 0.4;

    /** A quote whose closing mark is missing and that was kept to its paragraph's end. */
    static final double UNCLOSED = 0.8;

    private Confidence() {
    }
}
