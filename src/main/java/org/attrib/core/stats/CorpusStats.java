package org.attrib.core.stats;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;

/**
 * Counts across a corpus: documents by status, annotations by type, suggestions pending and
 * annotations left unplaced. Who said what (speakers matched across documents) is
 * {@link org.attrib.core.corpus.CorpusSpeakers}, so that the command line and the window match
 * speakers the same way.
 */
public final class CorpusStats {

    private int documents;
    private final Map<DocumentStatus, Integer> statuses = new EnumMap<>(DocumentStatus.class);
    private final Map<AnnotationType, Integer> types = new EnumMap<>(AnnotationType.class);
    private final Map<AnnotationType, Integer> unattributed = new EnumMap<>(AnnotationType.class);
    private int pending;
    private int orphans;

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
        Set<String> entities = new HashSet<>();
        for (Entity e : doc.entities()) {
            entities.add(e.id());
        }
        for (Annotation a : doc.annotations()) {
            types.merge(a.type(), 1, Integer::sum);
            if (a.pending()) {
                pending++;
            }
            if (a.type().isAttributable() && (a.speakerId() == null || !entities.contains(a.speakerId()))) {
                unattributed.merge(a.type(), 1, Integer::sum);
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
}
