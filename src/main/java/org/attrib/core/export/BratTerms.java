package org.attrib.core.export;

import java.util.Optional;

import org.attrib.core.model.AnnotationType;

/**
 * The brat labels and names that Attrib's brat export writes (and that its import maps by
 * default), shared so that the two agree.
 */
public final class BratTerms {

    public static final String QUOTE = "Quote";
    public static final String CLAIM = "Claim";
    public static final String SPEAKER = "Speaker";
    /** Relation from a quote or claim (Arg1) to the speaker mention it was attributed through (Arg2). */
    public static final String ATTRIBUTED_TO = "AttributedTo";
    public static final String ARG1 = "Arg1";
    public static final String ARG2 = "Arg2";
    /** Normalisation type: the span's entity in the database {@link #DATABASE}. */
    public static final String REFERENCE = "Reference";
    public static final String DATABASE = "Attrib";
    public static final String NOTES = "AnnotatorNotes";
    public static final String FORM = "Form";
    public static final String CHECK_WORTHY = "CheckWorthy";
    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String PENDING = "Pending";
    public static final String KIND = "Kind";
    /** Attribute holding the entity id where normalisations cannot be used (INCEpTION). */
    public static final String ENTITY = "Entity";

    private BratTerms() {
    }

    public static String label(AnnotationType type) {
        return switch (type) {
            case QUOTE -> QUOTE;
            case CLAIM -> CLAIM;
            case SPEAKER -> SPEAKER;
        };
    }

    public static Optional<AnnotationType> type(String label) {
        return switch (label) {
            case QUOTE -> Optional.of(AnnotationType.QUOTE);
            case CLAIM -> Optional.of(AnnotationType.CLAIM);
            case SPEAKER -> Optional.of(AnnotationType.SPEAKER);
            default -> Optional.empty();
        };
    }
}
