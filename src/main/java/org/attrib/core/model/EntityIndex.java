package org.attrib.core.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-entity counts and the names under which entities are known (their display names and the
 * texts of their mentions), kept up to date on every change so that lookups cost no scan.
 */
final class EntityIndex {

    private final Map<String, int[]> counts = new HashMap<>();
    /** Normalised name -> entity id -> how many names or mentions give it. */
    private final Map<String, Map<String, Integer>> byName = new HashMap<>();
    /**
     * Mention texts already normalised: a document names the same few hundred people over and
     * over, and normalising (Unicode decomposition, three regular expressions) is most of what
     * loading a mention costs. Bounded, so that a document of all-different names costs no more.
     */
    private final Map<String, String> normalised = new HashMap<>();
    private static final int NORMALISED_MAX = 10_000;

    void annotationAdded(Annotation a, String text) {
        update(a, text, +1);
    }

    void annotationRemoved(Annotation a, String text) {
        update(a, text, -1);
    }

    void entityAdded(Entity e) {
        addName(SpeakerNames.normalise(e.name()), e.id(), +1);
    }

    void entityRemoved(Entity e) {
        addName(SpeakerNames.normalise(e.name()), e.id(), -1);
    }

    EntityStats stats(String entityId) {
        int[] c = counts.get(entityId);
        return c == null ? EntityStats.NONE : new EntityStats(c[0], c[1], c[2]);
    }

    /** An entity known under this normalised name, preferring one whose display name it is. */
    Optional<String> byName(String key, Map<String, Entity> entities) {
        Map<String, Integer> ids = byName.get(key);
        if (ids == null || ids.isEmpty()) {
            return Optional.empty();
        }
        for (String id : ids.keySet()) {
            Entity e = entities.get(id);
            if (e != null && SpeakerNames.normalise(e.name()).equals(key)) {
                return Optional.of(id);
            }
        }
        return ids.keySet().stream().filter(entities::containsKey).sorted().findFirst();
    }

    private void update(Annotation a, String text, int delta) {
        if (a.type() == AnnotationType.SPEAKER && a.entityId() != null) {
            bump(a.entityId(), 0, delta);
            addName(normalisedMention(text), a.entityId(), delta);
        } else if (a.type().isAttributable() && a.speakerId() != null) {
            bump(a.speakerId(), a.type() == AnnotationType.QUOTE ? 1 : 2, delta);
        }
    }

    private String normalisedMention(String text) {
        String key = normalised.get(text);
        if (key == null) {
            key = SpeakerNames.normalise(text);
            if (normalised.size() < NORMALISED_MAX) {
                normalised.put(text, key);
            }
        }
        return key;
    }

    private void bump(String entityId, int slot, int delta) {
        int[] c = counts.computeIfAbsent(entityId, k -> new int[3]);
        c[slot] += delta;
        if (c[0] == 0 && c[1] == 0 && c[2] == 0) {
            counts.remove(entityId);
        }
    }

    private void addName(String key, String entityId, int delta) {
        if (key.isEmpty()) {
            return;
        }
        Map<String, Integer> ids = byName.computeIfAbsent(key, k -> new HashMap<>());
        ids.merge(entityId, delta, Integer::sum);
        if (ids.get(entityId) <= 0) {
            ids.remove(entityId);
        }
        if (ids.isEmpty()) {
            byName.remove(key);
        }
    }
}
