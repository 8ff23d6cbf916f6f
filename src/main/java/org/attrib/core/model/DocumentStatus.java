package org.attrib.core.model;

import java.util.Optional;

/** How far the analyst has got with a document. */
public enum DocumentStatus {
    NOT_STARTED("not-started"),
    IN_PROGRESS("in-progress"),
    DONE("done");

    private final String id;

    DocumentStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DocumentStatus> fromId(String id) {
        for (DocumentStatus s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
