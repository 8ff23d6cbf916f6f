package org.attrib.core.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.QuoteForm;

/**
 * Merges two versions of one document's annotations by id, against the version both started
 * from: {@code base} (what this window loaded or last saved), {@code mine} (the document now)
 * and {@code theirs} (the file as someone else saved it). All three must be bound to the same
 * source text (read theirs with {@link org.attrib.core.io.DocumentFiles#readTheirs}).
 *
 * <p>What only one side changed is taken from that side; what both changed alike is kept. When
 * both changed one annotation, their changes merge field by field (my note and their
 * attribution) unless they touch the same field differently or make an inconsistent
 * annotation; then, and when one side deleted what the other changed, it is a
 * {@link MergeConflict} for the analyst. Speakers merge the same way (name, kind). The document is
 * done when the side that changed that says so.
 */
public final class AnnotationMerge {

    private static final Object CONFLICT = new Object();

    private AnnotationMerge() {
    }

    public static MergeResult merge(DocumentSnapshot base, DocumentSnapshot mine, DocumentSnapshot theirs) {
        if (!base.source().text().equals(mine.source().text()) || !theirs.source().text().equals(mine.source().text())) {
            throw new IllegalArgumentException("the three versions must be bound to the same source text");
        }
        Map<String, Item> b = byId(base);
        Map<String, Item> m = byId(mine);
        Map<String, Item> t = byId(theirs);
        Set<String> ids = new LinkedHashSet<>(m.keySet());
        ids.addAll(t.keySet());
        ids.addAll(b.keySet());

        Map<String, Item> merged = new LinkedHashMap<>();
        List<MergeConflict> conflicts = new ArrayList<>();
        int fromTheirs = 0;
        for (String id : ids) {
            Item bi = b.get(id);
            Item mi = m.get(id);
            Item ti = t.get(id);
            if (Objects.equals(mi, ti)) {
                putIfPresent(merged, mi);
            } else if (Objects.equals(mi, bi)) {
                putIfPresent(merged, ti);
                fromTheirs++;
            } else if (Objects.equals(ti, bi)) {
                putIfPresent(merged, mi);
            } else {
                Item fields = bi != null && mi != null && ti != null ? mergeFields(bi, mi, ti) : null;
                if (fields != null) {
                    merged.put(id, fields);
                    fromTheirs++;
                } else {
                    conflicts.add(conflict(bi, mi, ti, mine));
                }
            }
        }

        Map<String, Entity> be = entities(base);
        Map<String, Entity> me = entities(mine);
        Map<String, Entity> te = entities(theirs);
        Set<String> entityIds = new LinkedHashSet<>(me.keySet());
        entityIds.addAll(te.keySet());
        entityIds.addAll(be.keySet());
        Map<String, Entity> mergedEntities = new LinkedHashMap<>();
        for (String id : entityIds) {
            Entity bv = be.get(id);
            Entity mv = me.get(id);
            Entity tv = te.get(id);
            if (Objects.equals(mv, tv)) {
                putIfPresent(mergedEntities, mv);
            } else if (Objects.equals(mv, bv)) {
                putIfPresent(mergedEntities, tv);
                fromTheirs++;
            } else if (Objects.equals(tv, bv)) {
                putIfPresent(mergedEntities, mv);
            } else {
                Entity fields = bv != null && mv != null && tv != null ? mergeFields(bv, mv, tv) : null;
                if (fields != null) {
                    mergedEntities.put(id, fields);
                    fromTheirs++;
                } else {
                    conflicts.add(conflict(bv, mv, tv));
                }
            }
        }

        boolean done = Boolean.TRUE.equals(pick(base.status() == DocumentStatus.DONE, mine.status() == DocumentStatus.DONE,
                theirs.status() == DocumentStatus.DONE));
        return new MergeResult(base, mine, theirs, merged, mergedEntities, done, conflicts, fromTheirs);
    }

    private static Map<String, Item> byId(DocumentSnapshot s) {
        Map<String, Item> out = new LinkedHashMap<>();
        for (Item it : MergeResult.items(s)) {
            out.put(it.id(), it);
        }
        return out;
    }

    private static Map<String, Entity> entities(DocumentSnapshot s) {
        Map<String, Entity> out = new LinkedHashMap<>();
        for (Entity e : s.entities()) {
            out.put(e.id(), e);
        }
        return out;
    }

    private static void putIfPresent(Map<String, Item> map, Item it) {
        if (it != null) {
            map.put(it.id(), it);
        }
    }

    private static void putIfPresent(Map<String, Entity> map, Entity e) {
        if (e != null) {
            map.put(e.id(), e);
        }
    }

    /** Three-way choice of one value: {@link #CONFLICT} when both sides changed it differently. */
    private static Object pick(Object base, Object mine, Object theirs) {
        if (Objects.equals(mine, theirs)) {
            return mine;
        }
        if (Objects.equals(mine, base)) {
            return theirs;
        }
        if (Objects.equals(theirs, base)) {
            return mine;
        }
        return CONFLICT;
    }

    /** Both sides changed one placed annotation: merges it field by field, or null when that fails. */
    private static Item mergeFields(Item base, Item mine, Item theirs) {
        if (base.orphan() != null || mine.orphan() != null || theirs.orphan() != null) {
            return null;
        }
        Annotation b = base.annotation();
        Annotation m = mine.annotation();
        Annotation t = theirs.annotation();
        Object span = pick(List.of(b.start(), b.end()), List.of(m.start(), m.end()), List.of(t.start(), t.end()));
        Object type = pick(b.type(), m.type(), t.type());
        Object entity = pick(b.entityId(), m.entityId(), t.entityId());
        Object attribution = pick(attribution(b), attribution(m), attribution(t));
        Object form = pick(b.form(), m.form(), t.form());
        Object checkWorthy = pick(b.checkWorthy(), m.checkWorthy(), t.checkWorthy());
        Object note = pick(b.note(), m.note(), t.note());
        Object pending = pick(b.pending(), m.pending(), t.pending());
        Object confidence = pick(b.confidence(), m.confidence(), t.confidence());
        Object reason = pick(b.reason(), m.reason(), t.reason());
        for (Object o : new Object[] {span, type, entity, attribution, form, checkWorthy, note, pending, confidence, reason}) {
            if (o == CONFLICT) {
                return null;
            }
        }
        @SuppressWarnings("unchecked")
        List<Integer> s = (List<Integer>) span;
        @SuppressWarnings("unchecked")
        List<String> who = (List<String>) attribution;
        Annotation merged = new Annotation(m.id(), (AnnotationType) type, s.get(0), s.get(1), (String) entity, who.get(0),
                who.get(1), (QuoteForm) form, (Boolean) checkWorthy, (String) note, (Boolean) pending, (Double) confidence, (String) reason);
        return consistent(merged) ? new Item(merged, null) : null;
    }

    private static List<String> attribution(Annotation a) {
        return Arrays.asList(a.speakerId(), a.viaId());
    }

    /** The rules an annotation file enforces on which fields go with which type. */
    private static boolean consistent(Annotation a) {
        if (a.type() == AnnotationType.SPEAKER) {
            return a.entityId() != null && a.speakerId() == null && a.viaId() == null && a.form() == null && a.checkWorthy() == null;
        }
        return a.entityId() == null && (a.viaId() == null || a.speakerId() != null)
                && (a.form() == null || a.type() == AnnotationType.QUOTE)
                && (a.checkWorthy() == null || a.type() == AnnotationType.CLAIM);
    }

    private static Entity mergeFields(Entity b, Entity m, Entity t) {
        Object name = pick(b.name(), m.name(), t.name());
        Object kind = pick(b.kind(), m.kind(), t.kind());
        Object named = pick(b.named(), m.named(), t.named());
        if (name == CONFLICT || kind == CONFLICT || named == CONFLICT) {
            return null;
        }
        return new Entity(m.id(), (String) name, (org.attrib.core.model.EntityKind) kind, (Boolean) named);
    }

    private static MergeConflict conflict(Item base, Item mine, Item theirs, DocumentSnapshot mineSnapshot) {
        Item shown = mine != null ? mine : theirs;
        String what = Describe.annotation(shown, mineSnapshot.source());
        MergeConflict.Kind kind;
        String description;
        if (base == null) {
            kind = MergeConflict.Kind.ADDED_ON_BOTH_SIDES;
            description = what + ": added on both sides with the same id but different content.";
        } else if (theirs == null) {
            kind = MergeConflict.Kind.CHANGED_BY_ME_DELETED_BY_THEM;
            description = what + ": you " + changes(base, mine) + "; they deleted it.";
        } else if (mine == null) {
            kind = MergeConflict.Kind.DELETED_BY_ME_CHANGED_BY_THEM;
            description = what + ": you deleted it; they " + changes(base, theirs) + ".";
        } else {
            kind = MergeConflict.Kind.CHANGED_ON_BOTH_SIDES;
            description = what + ": you " + changes(base, mine) + "; they " + changes(base, theirs) + ".";
        }
        return new MergeConflict(MergeConflict.Subject.ANNOTATION, shown.id(), kind, description);
    }

    private static String changes(Item base, Item now) {
        return Describe.changes(base.value(), now.value(), base.orphan() != null, now.orphan() != null);
    }

    private static MergeConflict conflict(Entity base, Entity mine, Entity theirs) {
        Entity shown = mine != null ? mine : theirs;
        String what = Describe.entity(base != null ? base : shown);
        MergeConflict.Kind kind;
        String description;
        if (base == null) {
            kind = MergeConflict.Kind.ADDED_ON_BOTH_SIDES;
            description = what + ": added on both sides with the same id but different names or kinds.";
        } else if (theirs == null) {
            kind = MergeConflict.Kind.CHANGED_BY_ME_DELETED_BY_THEM;
            description = what + ": you " + Describe.changes(base, mine) + "; they deleted it.";
        } else if (mine == null) {
            kind = MergeConflict.Kind.DELETED_BY_ME_CHANGED_BY_THEM;
            description = what + ": you deleted it; they " + Describe.changes(base, theirs) + ".";
        } else {
            kind = MergeConflict.Kind.CHANGED_ON_BOTH_SIDES;
            description = what + ": you " + Describe.changes(base, mine) + "; they " + Describe.changes(base, theirs) + ".";
        }
        return new MergeConflict(MergeConflict.Subject.ENTITY, shown.id(), kind, description);
    }
}
