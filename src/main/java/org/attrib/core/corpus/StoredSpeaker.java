package org.attrib.core.corpus;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A corpus speaker the analyst decided on (by merging, splitting or renaming): its members are
 * one speaker whatever their names say, and it is never merged with another stored speaker
 * automatically.
 *
 * @param id stable id, unique in the corpus identity file
 * @param name the name the analyst gave it, or null to name it after its members
 * @param members the document entities it groups, sorted; some may no longer exist (a document
 *     deleted or unreadable for now), which is harmless
 */
public record StoredSpeaker(String id, String name, List<EntityRef> members) {

    public StoredSpeaker {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? null : name.strip();
        members = List.copyOf(new TreeSet<>(members));
        if (members.isEmpty()) {
            throw new IllegalArgumentException("stored speaker " + id + " has no members");
        }
    }
}
