package org.attrib.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One tagged span of the source text. Immutable: an edit replaces it with a changed copy that
 * keeps its id.
 *
 * @param id stable id, unique within the document
 * @param type quote, claim or speaker
 * @param start first code point, inclusive
 * @param end last code point, exclusive
 * @param entityId for a speaker: the entity it mentions; null for quotes and claims
 * @param speakerId for a quote or claim: the entity it is attributed to, or null
 * @param viaId for an attributed quote or claim: the speaker mention it was attributed through, or null
 * @param form for a quote: direct, indirect, partial or mixed, or null when not set
 * @param checkWorthy for a claim: whether it is worth fact-checking, or null when not set
 * @param note the analyst's free-text note, or null
 * @param pending true for a machine suggestion that the analyst has not accepted yet
 * @param confidence for a machine suggestion: how sure the detector is of it, from 0 to 1, kept to two
 *     decimals (as the file holds it); null for the analyst's own annotations
 * @param reason for a machine suggestion: why the detector is no surer of it ("no reporting verb
 *     found"), or null; dropped with the confidence when the analyst accepts it
 */
public record Annotation(
        String id,
        AnnotationType type,
        int start,
        int end,
        String entityId,
        String speakerId,
        String viaId,
        QuoteForm form,
        Boolean checkWorthy,
        String note,
        boolean pending,
        Double confidence,
        String reason) {

    /** File order: by start, then end, then id, so that files diff and merge well. */
    public static final Comparator<Annotation> DOCUMENT_ORDER = (a, b) -> {
        // Written out: the index compares on every insertion, and a chain of key extractors costs twice as much.
        if (a.start != b.start) {
            return Integer.compare(a.start, b.start);
        }
        if (a.end != b.end) {
            return Integer.compare(a.end, b.end);
        }
        return a.id.compareTo(b.id);
    };

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + id);
        }
        if (confidence != null) {
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence " + confidence + " of " + id + " is not from 0 to 1");
            }
            // Rounded as the file stores it, so that a document equals itself saved and read back.
            confidence = Math.round(confidence * 100) / 100.0;
        }
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }

    /** An annotation without a reason for its confidence. */
    public Annotation(String id, AnnotationType type, int start, int end, String entityId, String speakerId, String viaId,
            QuoteForm form, Boolean checkWorthy, String note, boolean pending, Double confidence) {
        this(id, type, start, end, entityId, speakerId, viaId, form, checkWorthy, note, pending, confidence, null);
    }

    /** An annotation without a confidence: the analyst's own, or a suggestion whose certainty is not known. */
    public Annotation(String id, AnnotationType type, int start, int end, String entityId, String speakerId, String viaId,
            QuoteForm form, Boolean checkWorthy, String note, boolean pending) {
        this(id, type, start, end, entityId, speakerId, viaId, form, checkWorthy, note, pending, null, null);
    }

    /** A plain annotation with no links or details. */
    public static Annotation of(String id, AnnotationType type, int start, int end) {
        return new Annotation(id, type, start, end, null, null, null, null, null, null, false);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public Annotation withSpan(int newStart, int newEnd) {
        return new Annotation(id, type, newStart, newEnd, entityId, speakerId, viaId, form, checkWorthy, note, pending, confidence, reason);
    }

    /** A retyped copy: fields that do not belong to the new type are dropped. */
    public Annotation withType(AnnotationType newType) {
        boolean attributable = newType.isAttributable();
        return new Annotation(id, newType, start, end,
                newType == AnnotationType.SPEAKER ? entityId : null,
                attributable ? speakerId : null,
                attributable ? viaId : null,
                newType == AnnotationType.QUOTE ? form : null,
                newType == AnnotationType.CLAIM ? checkWorthy : null,
                note, pending, confidence, reason);
    }

    public Annotation withEntity(String newEntityId) {
        return new Annotation(id, type, start, end, newEntityId, speakerId, viaId, form, checkWorthy, note, pending, confidence, reason);
    }

    public Annotation withSpeaker(String newSpeakerId, String newViaId) {
        return new Annotation(id, type, start, end, entityId, newSpeakerId, newViaId, form, checkWorthy, note, pending, confidence, reason);
    }

    public Annotation withForm(QuoteForm newForm) {
        return new Annotation(id, type, start, end, entityId, speakerId, viaId, newForm, checkWorthy, note, pending, confidence, reason);
    }

    public Annotation withCheckWorthy(Boolean newCheckWorthy) {
        return new Annotation(id, type, start, end, entityId, speakerId, viaId, form, newCheckWorthy, note, pending, confidence, reason);
    }

    public Annotation withNote(String newNote) {
        String n = newNote == null || newNote.isBlank() ? null : newNote;
        return new Annotation(id, type, start, end, entityId, speakerId, viaId, form, checkWorthy, n, pending, confidence, reason);
    }

    /** A copy pending or not; accepting a suggestion makes it the analyst's, which has no confidence. */
    public Annotation withPending(boolean newPending) {
        return new Annotation(id, type, start, end, entityId, speakerId, viaId, form, checkWorthy, note, newPending,
                newPending ? confidence : null, newPending ? reason : null);
    }

    public Annotation withConfidence(Double newConfidence) {
        return new Annotation(id, type, start, end, entityId, speakerId, viaId, form, checkWorthy, note, pending, newConfidence, reason);
    }

    public Annotation withReason(String newReason) {
        return new Annotation(id, type, start, end, entityId, speakerId, viaId, form, checkWorthy, note, pending, confidence, newReason);
    }
}
