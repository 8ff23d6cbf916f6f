package org.attrib.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attrib.core.text.SourceText;

/**
 * A source text with its annotations and speaker entities: the document an analyst works on.
 *
 * <p>It is confined to one thread (the JavaFX thread in the app). It is changed only through
 * the undoable edits of {@code org.attrib.core.edit}, which call the mutators below; an
 * architecture test keeps it that way. Every change is reported to the listeners.
 */
public final class AnnotatedDocument {

    private final SourceText source;
    private final Map<String, Annotation> annotations;
    private final SpanIndex index = new SpanIndex();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final EnumMap<AnnotationType, Integer> counts = new EnumMap<>(AnnotationType.class);
    private final EntityIndex entityIndex = new EntityIndex();
    /** Ids of the quotes and claims attributed through each speaker mention, by the mention's id. */
    // Lists, not sets: a mention has one to a few, and a HashSet each cost 0.6 MB per 10,000 annotations.
    private final Map<String, List<String>> byVia = new HashMap<>();
    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();
    private final List<StoredAnnotation> orphans = new ArrayList<>();
    private DocumentStatus status = DocumentStatus.NOT_STARTED;
    private int pendingCount;

    public AnnotatedDocument(SourceText source) {
        this(source, 0);
    }

    /**
     * A document sized for {@code expectedAnnotations}, so that loading a large file does not
     * rehash the id map again and again as it grows.
     */
    public AnnotatedDocument(SourceText source, int expectedAnnotations) {
        this.source = Objects.requireNonNull(source, "source");
        this.annotations = new HashMap<>(Math.max(16, expectedAnnotations + expectedAnnotations / 3 + 1));
        for (AnnotationType t : AnnotationType.values()) {
            counts.put(t, 0);
        }
    }

    public SourceText source() {
        return source;
    }

    // ---- queries

    public Optional<Annotation> annotation(String id) {
        return Optional.ofNullable(id == null ? null : annotations.get(id));
    }

    public int size() {
        return annotations.size();
    }

    /** All annotations in document order (start, end, id). A copy: O(n). */
    public List<Annotation> annotations() {
        return index.inOrder();
    }

    /** Annotations overlapping code point range {@code [from, to)}, in document order. */
    public List<Annotation> overlapping(int from, int to) {
        return index.overlapping(from, to);
    }

    /** Annotations covering code point {@code offset}, in document order. */
    public List<Annotation> at(int offset) {
        return index.overlapping(offset, offset + 1);
    }

    public Annotation first() {
        return index.first();
    }

    public Annotation last() {
        return index.last();
    }

    /** The annotation after {@code a} in document order, or null. */
    public Annotation next(Annotation a) {
        return index.next(a);
    }

    /** The annotation before {@code a} in document order, or null. */
    public Annotation previous(Annotation a) {
        return index.previous(a);
    }

    /** The first annotation starting at or after {@code offset}, or null. */
    public Annotation firstFrom(int offset) {
        return index.firstStartingAtOrAfter(offset);
    }

    /** The last annotation starting before {@code offset}, or null. */
    public Annotation lastBefore(int offset) {
        return index.lastStartingBefore(offset);
    }

    public int count(AnnotationType type) {
        return counts.get(type);
    }

    /** How many annotations are machine suggestions not yet accepted. */
    public int pendingCount() {
        return pendingCount;
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(id == null ? null : entities.get(id));
    }

    /** Speaker entities in the order they were created. */
    public Collection<Entity> entities() {
        return Collections.unmodifiableCollection(entities.values());
    }

    /** How many mentions, quotes and claims an entity has. */
    public EntityStats stats(String entityId) {
        return entityIndex.stats(entityId);
    }

    /**
     * The entity known under a name: one whose display name, or one of whose mentions, has the
     * same normalised form ({@link SpeakerNames#normalise}).
     */
    public Optional<Entity> entityNamed(String name) {
        return entityIndex.byName(SpeakerNames.normalise(name), entities).map(entities::get);
    }

    /** The speaker mentions of an entity, in document order. O(n). */
    public List<Annotation> mentionsOf(String entityId) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : index.inOrder()) {
            if (a.type() == AnnotationType.SPEAKER && entityId.equals(a.entityId())) {
                out.add(a);
            }
        }
        return out;
    }

    /** The quotes and claims attributed to an entity, in document order. O(n). */
    public List<Annotation> attributedTo(String entityId) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : index.inOrder()) {
            if (a.type().isAttributable() && entityId.equals(a.speakerId())) {
                out.add(a);
            }
        }
        return out;
    }

    /** The quotes and claims attributed through a speaker mention, in document order; no scan of the document. */
    public List<Annotation> attributedVia(String mentionId) {
        List<String> ids = byVia.get(mentionId);
        if (ids == null) {
            return List.of();
        }
        List<Annotation> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(annotations.get(id));
        }
        out.sort(Annotation.DOCUMENT_ORDER);
        return out;
    }

    /** The text an annotation covers. */
    public String textOf(Annotation a) {
        return source.slice(a.start(), a.end());
    }

    public String newAnnotationId() {
        return Ids.next('a', id -> annotations.containsKey(id) || orphans.stream().anyMatch(o -> o.annotation().id().equals(id)));
    }

    public String newEntityId() {
        return Ids.next('e', entities::containsKey);
    }

    /**
     * How far the analyst has got: done when marked done, else in progress once anything is
     * annotated, else not started.
     */
    public DocumentStatus status() {
        if (status == DocumentStatus.DONE) {
            return status;
        }
        return annotations.isEmpty() && orphans.isEmpty() ? DocumentStatus.NOT_STARTED : DocumentStatus.IN_PROGRESS;
    }

    /**
     * Annotations that could not be placed in a changed source text, kept with the text they
     * covered until the analyst re-places or deletes them.
     */
    public List<StoredAnnotation> orphans() {
        return Collections.unmodifiableList(orphans);
    }

    // ---- listeners

    public void addListener(DocumentListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DocumentListener listener) {
        listeners.remove(listener);
    }

    // ---- mutators: for undoable edits and loaders only

    /** Adds an annotation, or replaces the one with the same id. */
    public void put(Annotation a) {
        source.checkRange(a.start(), a.end());
        Annotation before = annotations.put(a.id(), a);
        if (before != null) {
            unindex(before);
        }
        index.add(a);
        if (a.viaId() != null) {
            byVia.computeIfAbsent(a.viaId(), k -> new ArrayList<>(2)).add(a.id());
        }
        entityIndex.annotationAdded(a, mentionText(a));
        counts.merge(a.type(), 1, Integer::sum);
        if (a.pending()) {
            pendingCount++;
        }
        fireAnnotation(before, a);
    }

    public void remove(String id) {
        Annotation before = annotations.remove(id);
        if (before == null) {
            throw new IllegalArgumentException("no annotation " + id);
        }
        unindex(before);
        fireAnnotation(before, null);
    }

    /** Adds an entity, or replaces the one with the same id. */
    public void putEntity(Entity e) {
        Entity before = entities.put(e.id(), e);
        if (before != null) {
            entityIndex.entityRemoved(before);
        }
        entityIndex.entityAdded(e);
        for (DocumentListener l : listeners) {
            l.entityChanged(before, e);
        }
    }

    public void removeEntity(String id) {
        Entity before = entities.remove(id);
        if (before == null) {
            throw new IllegalArgumentException("no entity " + id);
        }
        entityIndex.entityRemoved(before);
        for (DocumentListener l : listeners) {
            l.entityChanged(before, null);
        }
    }

    public void setStatus(DocumentStatus newStatus) {
        DocumentStatus before = status;
        status = Objects.requireNonNull(newStatus);
        for (DocumentListener l : listeners) {
            l.statusChanged(before, newStatus);
        }
    }

    public void addOrphan(StoredAnnotation orphan) {
        // Binary insertion keeps the list in document order without sorting it per orphan.
        int lo = 0;
        int hi = orphans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Annotation.DOCUMENT_ORDER.compare(orphans.get(mid).annotation(), orphan.annotation()) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        orphans.add(lo, orphan);
        fireOrphans();
    }

    public void removeOrphan(String id) {
        if (!orphans.removeIf(o -> o.annotation().id().equals(id))) {
            throw new IllegalArgumentException("no orphan " + id);
        }
        fireOrphans();
    }

    private void fireOrphans() {
        for (DocumentListener l : listeners) {
            l.orphansChanged();
        }
    }

    private void unindex(Annotation a) {
        index.remove(a);
        if (a.viaId() != null) {
            List<String> ids = byVia.get(a.viaId());
            ids.remove(a.id());
            if (ids.isEmpty()) {
                byVia.remove(a.viaId());
            }
        }
        entityIndex.annotationRemoved(a, mentionText(a));
        counts.merge(a.type(), -1, Integer::sum);
        if (a.pending()) {
            pendingCount--;
        }
    }

    /** The text of a speaker mention, which the entity index keeps names from; null for others, whose text it does not need. */
    private String mentionText(Annotation a) {
        return a.type() == AnnotationType.SPEAKER ? textOf(a) : null;
    }

    private void fireAnnotation(Annotation before, Annotation after) {
        for (DocumentListener l : listeners) {
            l.annotationChanged(before, after);
        }
    }
}
