package org.attrib.core.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.Excerpt;

/**
 * The outcome of a three-way merge: everything that merged by itself, and the conflicts. Choose
 * a side for each conflict (mine unless said otherwise) to get the merged document.
 */
public final class MergeResult {

    /** Which version of a conflicting item to keep. */
    public enum Side {
        MINE,
        THEIRS
    }

    private final DocumentSnapshot mine;
    private final DocumentSnapshot theirs;
    private final DocumentSnapshot base;
    /** Merged annotations (placed or orphan) by id, without the conflicting ones. */
    private final Map<String, Item> annotations;
    private final Map<String, Entity> entities;
    private final boolean done;
    private final List<MergeConflict> conflicts;
    private final int fromTheirs;

    MergeResult(DocumentSnapshot base, DocumentSnapshot mine, DocumentSnapshot theirs, Map<String, Item> annotations,
            Map<String, Entity> entities, boolean done, List<MergeConflict> conflicts, int fromTheirs) {
        this.base = base;
        this.mine = mine;
        this.theirs = theirs;
        this.annotations = annotations;
        this.entities = entities;
        this.done = done;
        this.conflicts = List.copyOf(conflicts);
        this.fromTheirs = fromTheirs;
    }

    /** The conflicts, in document order of the annotations, then entities. */
    public List<MergeConflict> conflicts() {
        return conflicts;
    }

    /** How many of their changes merged in by themselves. */
    public int changesTakenFromTheirs() {
        return fromTheirs;
    }

    /** The merged document with every conflict resolved my way. */
    public Merged keepingMine() {
        return resolve(Map.of());
    }

    /** The merged document with every conflict resolved their way. */
    public Merged keepingTheirs() {
        Map<String, Side> all = new HashMap<>();
        for (MergeConflict c : conflicts) {
            all.put(c.key(), Side.THEIRS);
        }
        return resolve(all);
    }

    /**
     * The merged document, each conflict resolved as {@code choices} says (by
     * {@link MergeConflict#key()}; mine where it says nothing). Links the choices broke are
     * repaired, each with a note: a speaker still used is kept, a quote's link to a mention that
     * is gone is dropped.
     */
    public Merged resolve(Map<String, Side> choices) {
        Map<String, Item> items = new LinkedHashMap<>(annotations);
        Map<String, Entity> people = new LinkedHashMap<>(entities);
        for (MergeConflict c : conflicts) {
            DocumentSnapshot side = choices.getOrDefault(c.key(), Side.MINE) == Side.THEIRS ? theirs : mine;
            if (c.subject() == MergeConflict.Subject.ANNOTATION) {
                Item it = Item.find(side, c.id());
                if (it != null) {
                    items.put(c.id(), it);
                }
            } else {
                side.entities().stream().filter(e -> e.id().equals(c.id())).findFirst().ifPresent(e -> people.put(e.id(), e));
            }
        }
        List<String> notes = new ArrayList<>();
        repairEntities(items, people, notes);
        repairVia(items, people, notes);
        List<Annotation> placed = new ArrayList<>();
        List<StoredAnnotation> orphans = new ArrayList<>();
        for (Item it : items.values()) {
            if (it.orphan() != null) {
                orphans.add(it.orphan());
            } else {
                placed.add(it.annotation());
            }
        }
        placed.sort(Annotation.DOCUMENT_ORDER);
        orphans.sort(Comparator.comparing(StoredAnnotation::annotation, Annotation.DOCUMENT_ORDER));
        List<Entity> entityList = new ArrayList<>(people.values());
        DocumentStatus status = done ? DocumentStatus.DONE
                : placed.isEmpty() && orphans.isEmpty() ? DocumentStatus.NOT_STARTED : DocumentStatus.IN_PROGRESS;
        return new Merged(new DocumentSnapshot(mine.source(), status, entityList, placed, orphans), notes);
    }

    /** A merged document, and what was repaired automatically to keep it consistent. */
    public record Merged(DocumentSnapshot snapshot, List<String> notes) {
        public Merged {
            notes = List.copyOf(notes);
        }
    }

    /** An entity that an annotation still uses comes back, from whichever side still has it. */
    private void repairEntities(Map<String, Item> items, Map<String, Entity> people, List<String> notes) {
        for (Item it : items.values()) {
            Annotation a = it.value();
            for (String id : new String[] {a.entityId(), a.speakerId()}) {
                if (id == null || people.containsKey(id)) {
                    continue;
                }
                Entity e = findEntity(id);
                if (e != null) {
                    people.put(id, e);
                    notes.add("Speaker " + Excerpt.quoted(e.name()) + " was deleted on one side but is still used, so it is kept.");
                }
            }
        }
    }

    private Entity findEntity(String id) {
        for (DocumentSnapshot s : List.of(mine, theirs, base)) {
            for (Entity e : s.entities()) {
                if (e.id().equals(id)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Links that no longer hold after the merge are dropped: to a mention that is gone, or of another speaker. */
    private void repairVia(Map<String, Item> items, Map<String, Entity> people, List<String> notes) {
        for (Map.Entry<String, Item> entry : items.entrySet()) {
            Item it = entry.getValue();
            Annotation a = it.value();
            if (a.speakerId() != null && !people.containsKey(a.speakerId())) {
                entry.setValue(it.with(a.withSpeaker(null, null)));
                notes.add(describe(it) + " lost its attribution: its speaker is gone on both sides.");
                continue;
            }
            if (a.viaId() == null) {
                continue;
            }
            Item via = items.get(a.viaId());
            boolean holds = via != null && via.value().type() == AnnotationType.SPEAKER && a.speakerId().equals(via.value().entityId());
            if (!holds) {
                entry.setValue(it.with(a.withSpeaker(a.speakerId(), null)));
                notes.add(describe(it) + " is still attributed to its speaker, but no longer through the mention it named, "
                        + "which the merge removed or changed.");
            }
        }
    }

    private String describe(Item it) {
        return Describe.annotation(it, mine.source());
    }

    static Collection<Item> items(DocumentSnapshot s) {
        List<Item> out = new ArrayList<>();
        for (Annotation a : s.annotations()) {
            out.add(new Item(a, null));
        }
        for (StoredAnnotation o : s.orphans()) {
            out.add(new Item(null, o));
        }
        return out;
    }
}
