package org.attrib.core.model;

import java.util.Objects;

/**
 * A speaker: a person, organisation or other source that annotations of type speaker mention and
 * that quotes and claims are attributed to.
 *
 * @param id stable id, unique within the document
 * @param name display name
 * @param kind person, organisation or other
 * @param named true when the analyst gave the name (renamed it, or typed it for a new speaker): a
 *     longer mention joining the entity then leaves the name alone
 */
public record Entity(String id, String name, EntityKind kind, boolean named) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** An entity whose name came from its mentions, not from the analyst. */
    public Entity(String id, String name, EntityKind kind) {
        this(id, name, kind, false);
    }

    public Entity withName(String newName) {
        return new Entity(id, newName, kind, named);
    }

    public Entity withKind(EntityKind newKind) {
        return new Entity(id, name, newKind, named);
    }

    public Entity withNamed(boolean newNamed) {
        return new Entity(id, name, kind, newNamed);
    }
}
