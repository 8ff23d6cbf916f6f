package org.attrib.core.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Entity;
import org.attrib.core.model.SpeakerNames;

/**
 * The renames that follow from mentions joining speakers in one edit: a speaker the analyst has
 * not named takes the display name of a joining mention that is longer than its name
 * ("Lopez Obrador" becomes "Andres Manuel Lopez Obrador"), so that it is known by its fullest
 * form without a rename by hand. One instance per edit being built.
 */
final class MentionNaming {

    private final AnnotatedDocument doc;
    /** Entity id -> the entity as it is before the renames (in the document, or created in this edit). */
    private final Map<String, Entity> before = new LinkedHashMap<>();
    /** Entity id -> the longest name it gets. */
    private final Map<String, String> longest = new LinkedHashMap<>();

    MentionNaming(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /** A mention with text {@code mentionText} joins {@code entity}, as it is in the document or as this edit creates it. */
    void joins(Entity entity, String mentionText) {
        if (entity.named()) {
            return;
        }
        String candidate = SpeakerNames.displayName(mentionText);
        String now = longest.getOrDefault(entity.id(), entity.name());
        if (length(candidate) > length(now)) {
            before.putIfAbsent(entity.id(), entity);
            longest.put(entity.id(), candidate);
        }
    }

    /** As {@link #joins(Entity, String)}, for an entity of the document given by id. */
    void joins(String entityId, String mentionText) {
        doc.entity(entityId).ifPresent(e -> joins(e, mentionText));
    }

    /** The name {@code entity} has once the edit is done. */
    String nameOf(Entity entity) {
        return longest.getOrDefault(entity.id(), entity.name());
    }

    /** Adds the renames to {@code edits}: last, after the mentions are in place, so that undo takes them back first. */
    void addRenames(List<UndoableEdit> edits, String description) {
        for (Map.Entry<String, String> rename : longest.entrySet()) {
            Entity e = before.get(rename.getKey());
            edits.add(new UndoableChangeEntity(doc, e, e.withName(rename.getValue()), description));
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
