package org.attrib.core.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;

/**
 * One document to export: its annotations and entities, and the name it goes by in the export
 * (its path relative to the folder it came from, such as {@code world/story.txt}), with lookups
 * that every format needs.
 */
public final class ExportDocument {

    private final String name;
    private final DocumentSnapshot snapshot;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, Annotation> annotations = new HashMap<>();

    public ExportDocument(String name, DocumentSnapshot snapshot) {
        this.name = Objects.requireNonNull(name, "name");
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        for (Entity e : snapshot.entities()) {
            entities.put(e.id(), e);
        }
        for (Annotation a : snapshot.annotations()) {
            annotations.put(a.id(), a);
        }
    }

    public String name() {
        return name;
    }

    public DocumentSnapshot snapshot() {
        return snapshot;
    }

    public SourceText source() {
        return snapshot.source();
    }

    /** Annotations in document order. */
    public List<Annotation> annotations() {
        return snapshot.annotations().stream().sorted(Annotation.DOCUMENT_ORDER).toList();
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(id == null ? null : entities.get(id));
    }

    public Optional<Annotation> annotation(String id) {
        return Optional.ofNullable(id == null ? null : annotations.get(id));
    }

    public String textOf(Annotation a) {
        return snapshot.source().slice(a.start(), a.end());
    }

    /** The entity an annotation is about: the one a mention mentions, or the one a quote or claim is attributed to. */
    public Optional<Entity> entityOf(Annotation a) {
        return entity(a.type().isAttributable() ? a.speakerId() : a.entityId());
    }
}
