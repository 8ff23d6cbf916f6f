package org.attrib.core.export;

import java.util.Optional;

import org.attrib.core.model.EntityKind;

/**
 * The Web Annotation vocabulary that Attrib's export uses, shared by the export and its import
 * so that the two agree on every term.
 */
public final class W3cTerms {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    public static final String ANNOTATION = "Annotation";
    public static final String COLLECTION = "AnnotationCollection";
    public static final String PAGE = "AnnotationPage";
    public static final String TEXTUAL_BODY = "TextualBody";
    public static final String SPECIFIC_RESOURCE = "SpecificResource";
    public static final String TEXT_QUOTE_SELECTOR = "TextQuoteSelector";
    public static final String TEXT_POSITION_SELECTOR = "TextPositionSelector";

    /** Motivation of quotes and claims: the span is tagged as one. */
    public static final String TAGGING = "tagging";
    /** Motivation of speaker mentions, and purpose of the body naming a span's entity. */
    public static final String IDENTIFYING = "identifying";
    /** Purpose of the body pointing at the speaker mention a quote or claim was attributed through. */
    public static final String LINKING = "linking";
    /** Purpose of bodies holding a quote's form, a claim's check-worthiness, or a pending mark. */
    public static final String CLASSIFYING = "classifying";
    public static final String COMMENTING = "commenting";

    public static final String CHECK_WORTHY = "check-worthy";
    public static final String NOT_CHECK_WORTHY = "not-check-worthy";
    public static final String PENDING = "pending-suggestion";

    private W3cTerms() {
    }

    /** The FOAF class of an entity kind, as the annotation context names it; none for "other". */
    public static Optional<String> agentType(EntityKind kind) {
        return switch (kind) {
            case PERSON -> Optional.of("Person");
            case ORGANISATION -> Optional.of("Organization");
            case OTHER -> Optional.empty();
        };
    }

    /** The kind of an entity described with a FOAF class; other when there is none or it is unknown. */
    public static EntityKind kindOf(String agentType) {
        if ("Person".equals(agentType)) {
            return EntityKind.PERSON;
        }
        return "Organization".equals(agentType) ? EntityKind.ORGANISATION : EntityKind.OTHER;
    }
}
