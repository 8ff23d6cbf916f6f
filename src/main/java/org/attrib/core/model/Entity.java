package org.attrib.core.model;

import java.util.Objects;

/**
 * A speaker: a person, organisation or other source that annotations of type speaker mention and
 * that quotes and claims are attributed to.
 *
 * @param id stable id, unique within the document
 * @param name display name
 * @param kind person, organisation or other
 */
public record Entity(String id, String name, EntityKind kind) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public Entity withName(String newName) {
        return new Entity(id, newName, kind);
    }

    public Entity withKind(EntityKind newKind) {
        return new Entity(id, name, newKind);
    }
}
