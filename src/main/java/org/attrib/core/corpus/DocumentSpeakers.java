package org.attrib.core.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;

/**
 * What one article contributes to the corpus speakers: its speaker entities that are used (mentioned,
 * or quoted or claimed by), each with its mentions and statements. Entities nothing refers to are
 * left out: they say nothing and are not named in the text.
 *
 * @param document the article's path relative to the corpus folder
 * @param source the article file
 * @param entities its used entities, by id
 */
public record DocumentSpeakers(String document, Path source, List<DocumentEntity> entities) {

    public DocumentSpeakers {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(source, "source");
        entities = List.copyOf(entities);
    }

    /**
     * Takes the speakers of a document as loaded or as open in the window. Annotations that
     * could not be placed (orphans) have no span in the text and are left out.
     *
     * @param document the article's path relative to the corpus folder
     */
    public static DocumentSpeakers of(String document, Path source, DocumentSnapshot snapshot) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : snapshot.entities()) {
            byId.put(e.id(), e);
        }
        Map<String, Set<String>> mentionTexts = new LinkedHashMap<>();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, List<Statement>> statements = new LinkedHashMap<>();
        for (Annotation a : snapshot.annotations()) {
            if (a.type() == AnnotationType.SPEAKER && a.entityId() != null && byId.containsKey(a.entityId())) {
                mentionTexts.computeIfAbsent(a.entityId(), k -> new LinkedHashSet<>()).add(snapshot.source().slice(a.start(), a.end()));
                mentions.merge(a.entityId(), 1, Integer::sum);
            } else if (a.type().isAttributable() && a.speakerId() != null && byId.containsKey(a.speakerId())) {
                statements.computeIfAbsent(a.speakerId(), k -> new ArrayList<>()).add(new Statement(
                        new EntityRef(document, a.speakerId()), source, a.id(), a.type(), a.start(), a.end(),
                        snapshot.source().slice(a.start(), a.end()), a.form(), a.checkWorthy(), a.pending()));
            }
        }
        List<DocumentEntity> used = new ArrayList<>();
        byId.values().stream().sorted(Comparator.comparing(Entity::id)).forEach(e -> {
            if (mentions.containsKey(e.id()) || statements.containsKey(e.id())) {
                used.add(new DocumentEntity(new EntityRef(document, e.id()), e.name(), e.kind(),
                        new ArrayList<>(mentionTexts.getOrDefault(e.id(), Set.of())), mentions.getOrDefault(e.id(), 0),
                        statements.getOrDefault(e.id(), List.of())));
            }
        });
        return new DocumentSpeakers(document, source, used);
    }
}
