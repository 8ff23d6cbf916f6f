package org.attrib.core.compare;

import java.util.Optional;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.QuoteForm;

/** A kind of span scored on its own: each annotation type, and direct quotes by themselves. */
public enum Category {
    QUOTE("quote", AnnotationType.QUOTE),
    /** Quotes whose form is direct or not set (a quote in quotation marks is direct unless said otherwise). */
    DIRECT_QUOTE("quote (direct)", AnnotationType.QUOTE),
    CLAIM("claim", AnnotationType.CLAIM),
    SPEAKER("speaker", AnnotationType.SPEAKER);

    private final String label;
    private final AnnotationType type;

    Category(String label, AnnotationType type) {
        this.label = label;
        this.type = type;
    }

    public String label() {
        return label;
    }

    public AnnotationType type() {
        return type;
    }

    public boolean includes(Annotation a) {
        if (a.type() != type) {
            return false;
        }
        return this != DIRECT_QUOTE || a.form() == null || a.form() == QuoteForm.DIRECT;
    }

    /** The categories of annotations that are attributed to a speaker. */
    public boolean isAttributable() {
        return type.isAttributable();
    }

    /** A stable key for JSON output: quote, quote-direct, claim, speaker. */
    public String key() {
        return this == DIRECT_QUOTE ? "quote-direct" : type.id();
    }

    public static Optional<Category> forType(AnnotationType t) {
        for (Category c : values()) {
            if (c.type == t && c != DIRECT_QUOTE) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
