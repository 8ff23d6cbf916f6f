package org.attrib.core.model;

import java.util.Optional;

/** What a speaker entity is. */
public enum EntityKind {
    PERSON("person"),
    ORGANISATION("organisation"),
    OTHER("other");

    private final String id;

    EntityKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EntityKind> fromId(String id) {
        for (EntityKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
