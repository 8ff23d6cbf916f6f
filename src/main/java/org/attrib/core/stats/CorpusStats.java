package org.attrib.core.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.SpeakerNames;

/**
 * Counts across a corpus: documents by status, annotations by type, and per speaker the quotes
 * and claims attributed to them and their mentions. Entity ids are local to a document, so
 * speakers are matched across documents by their normalised display name
 * ({@link SpeakerNames#normalise}): "López Obrador" in one article and "Lopez Obrador" in another
 * are one speaker, shown under the spelling used most.
 */
public final class CorpusStats {

    /**
     * One speaker across the corpus.
     *
     * @param name the display name used most often
     * @param quotes quotes attributed to them
     * @param claims claims attributed to them
     * @param mentions speaker annotations mentioning them
     * @param documents documents they appear in
     */
    public record Speaker(String name, int quotes, int claims, int mentions, int documents) {
    }

    private int documents;
    private final Map<DocumentStatus, Integer> statuses = new EnumMap<>(DocumentStatus.class);
    private final Map<AnnotationType, Integer> types = new EnumMap<>(AnnotationType.class);
    private final Map<AnnotationType, Integer> unattributed = new EnumMap<>(AnnotationType.class);
    private int pending;
    private int orphans;
    private final Map<String, Tally> speakers = new LinkedHashMap<>();

    /** Running counts of one speaker. */
    private static final class Tally {
        final Map<String, Integer> names = new LinkedHashMap<>();
        int quotes;
        int claims;
        int mentions;
        int documents;
    }

    public CorpusStats() {
        for (DocumentStatus s : DocumentStatus.values()) {
            statuses.put(s, 0);
        }
        for (AnnotationType t : AnnotationType.values()) {
            types.put(t, 0);
            unattributed.put(t, 0);
        }
    }

    public void add(DocumentSnapshot doc) {
        documents++;
        statuses.merge(doc.status(), 1, Integer::sum);
        orphans += doc.orphans().size();
        Map<String, String> keyOfEntity = new HashMap<>();
        for (Entity e : doc.entities()) {
            String key = SpeakerNames.normalise(e.name());
            keyOfEntity.put(e.id(), key.isEmpty() ? "\u0000" + e.name() : key);
        }
        Set<String> seenHere = new HashSet<>();
        for (Annotation a : doc.annotations()) {
            types.merge(a.type(), 1, Integer::sum);
            if (a.pending()) {
                pending++;
            }
            String entityId = a.type().isAttributable() ? a.speakerId() : a.entityId();
            if (entityId == null || !keyOfEntity.containsKey(entityId)) {
                if (a.type().isAttributable()) {
                    unattributed.merge(a.type(), 1, Integer::sum);
                }
                continue;
            }
            Tally t = speakers.computeIfAbsent(keyOfEntity.get(entityId), k -> new Tally());
            switch (a.type()) {
                case QUOTE -> t.quotes++;
                case CLAIM -> t.claims++;
                case SPEAKER -> t.mentions++;
            }
            if (seenHere.add(keyOfEntity.get(entityId))) {
                t.documents++;
            }
        }
        for (Entity e : doc.entities()) {
            Tally t = speakers.get(keyOfEntity.get(e.id()));
            if (t != null) {
                t.names.merge(e.name(), 1, Integer::sum);
            }
        }
    }

    public int documents() {
        return documents;
    }

    public Map<DocumentStatus, Integer> statuses() {
        return Map.copyOf(statuses);
    }

    public int count(AnnotationType type) {
        return types.get(type);
    }

    /** Quotes or claims attributed to nobody. */
    public int unattributed(AnnotationType type) {
        return unattributed.get(type);
    }

    /** Machine suggestions not yet accepted. */
    public int pending() {
        return pending;
    }

    /** Annotations that could not be placed after their source changed. */
    public int orphans() {
        return orphans;
    }

    /** Speakers, most quoted and claimed first, then most mentioned, then by name. */
    public List<Speaker> speakers() {
        List<Speaker> out = new ArrayList<>();
        for (Tally t : speakers.values()) {
            String name = t.names.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
            out.add(new Speaker(name, t.quotes, t.claims, t.mentions, t.documents));
        }
        out.sort(Comparator.comparingInt((Speaker s) -> -(s.quotes() + s.claims()))
                .thenComparingInt(s -> -s.mentions())
                .thenComparing(Speaker::name));
        return out;
    }
}
