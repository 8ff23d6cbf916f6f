package org.attrib.core.suggest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.attrib.core.edit.CompoundEdit;
import org.attrib.core.edit.UndoableAddAnnotation;
import org.attrib.core.edit.UndoableAddEntity;
import org.attrib.core.edit.UndoableEdit;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.Ids;

/**
 * Adds suggestions to a document as pending annotations without touching what is there: no
 * annotation is changed, moved or removed, and a suggestion that repeats an annotation already in
 * the document (same type, span equal or heavily overlapping, whether the analyst's or an earlier
 * suggestion) is left out. Suggested speakers join the document's entities of the same name (or
 * of a mention the suggested one repeats); the others are added as new entities.
 */
public final class SuggestionMerger {

    /**
     * The edit that adds the suggestions, and what it does.
     *
     * @param edit execute it through the document's undo history
     * @param added how many annotations of each type it adds
     * @param skipped suggestions left out because the document already has them
     * @param newEntities entities it creates
     */
    public record Merge(UndoableEdit edit, Map<AnnotationType, Integer> added, int skipped, int newEntities) {

        public int addedTotal() {
            return added.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private SuggestionMerger() {
    }

    /**
     * True when two spans cover the same ground: they share at least half of the shorter one. A
     * quote suggested inside (or around) a quote the analyst tagged is not suggested again.
     */
    public static boolean heavilyOverlaps(Annotation a, Annotation b) {
        int shared = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        return shared > 0 && 2 * shared >= Math.min(a.length(), b.length());
    }

    /** The edit adding {@code suggestions} to {@code doc}; build it and execute it at once. */
    public static Merge merge(AnnotatedDocument doc, Suggestions suggestions) {
        Map<String, Entity> suggestedEntities = new LinkedHashMap<>();
        for (Entity e : suggestions.entities()) {
            suggestedEntities.put(e.id(), e);
        }
        Set<String> takenAnnotationIds = new HashSet<>();
        Set<String> takenEntityIds = new HashSet<>();
        /** Suggested entity id -> document entity id (existing or new). */
        Map<String, String> entityMap = new HashMap<>();
        /** Suggested mention id -> document mention id (existing or new). */
        Map<String, String> mentionMap = new HashMap<>();
        /** Document mention id -> the entity it mentions, for mentions existing or added here. */
        Map<String, String> mentionEntity = new HashMap<>();
        List<Entity> newEntities = new ArrayList<>();
        AddedSpans toAdd = new AddedSpans();
        Map<AnnotationType, Integer> added = new EnumMap<>(AnnotationType.class);
        int skipped = 0;

        Map<String, List<Annotation>> mentionsOf = new HashMap<>();
        for (Annotation m : suggestions.annotations()) {
            if (m.type() == AnnotationType.SPEAKER && m.entityId() != null) {
                mentionsOf.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Annotation> suggested = new ArrayList<>(suggestions.annotations());
        suggested.sort(Annotation.DOCUMENT_ORDER);
        // Mentions first: quotes and claims link to them.
        for (Annotation s : suggested) {
            if (s.type() != AnnotationType.SPEAKER) {
                continue;
            }
            Annotation existing = repeated(doc, toAdd, s);
            if (existing != null) {
                skipped++;
                mentionMap.put(s.id(), existing.id());
                mentionEntity.put(existing.id(), existing.entityId());
                if (s.entityId() != null && existing.entityId() != null) {
                    entityMap.putIfAbsent(s.entityId(), existing.entityId());
                }
            }
        }
        for (Annotation s : suggested) {
            if (s.type() != AnnotationType.SPEAKER || mentionMap.containsKey(s.id())) {
                continue;
            }
            String entity = documentEntity(doc, s.entityId(), suggestedEntities, mentionsOf, entityMap, takenEntityIds, newEntities);
            Annotation a = copy(doc, s, takenAnnotationIds).withEntity(entity);
            mentionMap.put(s.id(), a.id());
            mentionEntity.put(a.id(), entity);
            toAdd.add(a);
        }
        for (Annotation s : suggested) {
            if (s.type() == AnnotationType.SPEAKER) {
                continue;
            }
            if (repeated(doc, toAdd, s) != null) {
                skipped++;
                continue;
            }
            String via = s.viaId() == null ? null : mentionMap.get(s.viaId());
            String speaker;
            if (via != null) {
                speaker = mentionEntity.get(via);
            } else if (s.speakerId() != null) {
                speaker = documentEntity(doc, s.speakerId(), suggestedEntities, mentionsOf, entityMap, takenEntityIds, newEntities);
            } else {
                speaker = null;
            }
            toAdd.add(copy(doc, s, takenAnnotationIds).withSpeaker(speaker, speaker == null ? null : via));
        }

        List<UndoableEdit> edits = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Annotation a : toAdd.all) {
            used.add(a.entityId());
            used.add(a.speakerId());
        }
        int createdEntities = 0;
        for (Entity e : newEntities) {
            if (used.contains(e.id())) {
                edits.add(new UndoableAddEntity(doc, e));
                createdEntities++;
            }
        }
        toAdd.all.sort(Annotation.DOCUMENT_ORDER);
        for (Annotation a : toAdd.all) {
            edits.add(new UndoableAddAnnotation(doc, a, "Suggest " + a.type().id()));
            added.merge(a.type(), 1, Integer::sum);
        }
        return new Merge(new CompoundEdit("Add suggestions", edits), added, skipped, createdEntities);
    }

    /** An annotation of the document (or one about to be added) that the suggestion repeats, or null. */
    private static Annotation repeated(AnnotatedDocument doc, AddedSpans toAdd, Annotation s) {
        for (Annotation a : doc.overlapping(s.start(), s.end())) {
            if (a.type() == s.type() && heavilyOverlaps(a, s)) {
                return a;
            }
        }
        return toAdd.repeating(s);
    }

    /** The annotations about to be added, findable by position. */
    private static final class AddedSpans {
        private final List<Annotation> all = new ArrayList<>();
        private final TreeMap<Integer, List<Annotation>> byStart = new TreeMap<>();
        private int longest;

        void add(Annotation a) {
            all.add(a);
            byStart.computeIfAbsent(a.start(), k -> new ArrayList<>()).add(a);
            longest = Math.max(longest, a.length());
        }

        Annotation repeating(Annotation s) {
            for (List<Annotation> list : byStart.subMap(s.start() - longest, true, s.end(), false).values()) {
                for (Annotation a : list) {
                    if (a.type() == s.type() && heavilyOverlaps(a, s)) {
                        return a;
                    }
                }
            }
            return null;
        }
    }

    /**
     * The document entity a suggested entity becomes: the one it was already mapped to, else the
     * document's entity known under its name or one of its suggested mentions' texts, else a new one.
     */
    private static String documentEntity(AnnotatedDocument doc, String suggestedId, Map<String, Entity> suggestedEntities,
            Map<String, List<Annotation>> mentionsOf, Map<String, String> entityMap, Set<String> takenEntityIds,
            List<Entity> newEntities) {
        if (suggestedId == null) {
            return null;
        }
        String mapped = entityMap.get(suggestedId);
        if (mapped != null) {
            return mapped;
        }
        Entity suggested = suggestedEntities.get(suggestedId);
        if (suggested == null) {
            throw new IllegalArgumentException("suggestion links to entity " + suggestedId + ", which the suggestions do not have");
        }
        String found = doc.entityNamed(suggested.name()).map(Entity::id).orElse(null);
        if (found == null) {
            for (Annotation m : mentionsOf.getOrDefault(suggestedId, List.of())) {
                found = doc.entityNamed(doc.source().slice(m.start(), m.end())).map(Entity::id).orElse(null);
                if (found != null) {
                    break;
                }
            }
        }
        if (found == null) {
            String id = Ids.next('e', x -> doc.entity(x).isPresent() || takenEntityIds.contains(x));
            takenEntityIds.add(id);
            newEntities.add(new Entity(id, suggested.name(), suggested.kind()));
            found = id;
        }
        entityMap.put(suggestedId, found);
        return found;
    }

    /** The suggestion with a fresh document id, pending, with its confidence and reason, and without links (set by the caller). */
    private static Annotation copy(AnnotatedDocument doc, Annotation s, Set<String> taken) {
        String id = Ids.next('a', x -> doc.annotation(x).isPresent() || taken.contains(x)
                || doc.orphans().stream().anyMatch(o -> o.annotation().id().equals(x)));
        taken.add(id);
        return new Annotation(id, s.type(), s.start(), s.end(), null, null, null, s.form(), s.checkWorthy(), s.note(), true,
                s.confidence(), s.reason());
    }
}
