package org.attrib.core.model;

import java.util.Locale;
import java.util.Optional;

/** What a span is: a quotation, a claim (reported speech without quotation marks), or a speaker. */
public enum AnnotationType {
    QUOTE("quote", 'Q'),
    CLAIM("claim", 'C'),
    SPEAKER("speaker", 'S');

    private final String id;
    private final char key;

    AnnotationType(String id, char key) {
        this.id = id;
        this.key = key;
    }

    /** The name used in files and style classes. */
    public String id() {
        return id;
    }

    /** The key that tags a selection with this type. */
    public char key() {
        return key;
    }

    public String label() {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    /** Quotes and claims are attributed to a speaker; speakers are mentions of one. */
    public boolean isAttributable() {
        return this != SPEAKER;
    }

    public static Optional<AnnotationType> fromId(String id) {
        for (AnnotationType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
