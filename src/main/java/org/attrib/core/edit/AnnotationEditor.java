package org.attrib.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.EntityKinds;
import org.attrib.core.model.Ids;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.model.SpeakerNames;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.tagging.SpeakerSpans;
import org.attrib.core.text.Excerpt;

/**
 * Turns what the analyst asks for (tag this, delete that, merge these speakers) into undoable
 * edits of a document, with everything that follows from it: a speaker tag joins or creates its
 * entity (a new one named after the mention, its kind guessed from the name by
 * {@link EntityKinds}), a longer mention joining a speaker the analyst has not named renames it
 * ({@link MentionNaming}), deleting a mention unlinks what was attributed through it, and an
 * entity left with no mentions and nothing attributed to it goes away.
 *
 * <p>Each method reads the document as it is now; execute the edit it returns at once (through
 * {@link UndoHistory#execute}) before asking for the next.
 */
public final class AnnotationEditor {

    private final AnnotatedDocument doc;

    public AnnotationEditor(AnnotatedDocument doc) {
        this.doc = Objects.requireNonNull(doc);
    }

    /** An edit and the annotation it creates. */
    public record Tagging(UndoableEdit edit, Annotation annotation) {
    }

    /**
     * Tags code points {@code [start, end)}, exactly, as {@code type}. To tag what the analyst
     * selected, find the span with {@link org.attrib.core.tagging.SpanAdjuster#forTag} first.
     */
    public Tagging tag(AnnotationType type, int start, int end) {
        Annotation a = Annotation.of(doc.newAnnotationId(), type, start, end);
        List<UndoableEdit> edits = new ArrayList<>();
        String description = "Tag " + type.id();
        MentionNaming naming = new MentionNaming(doc);
        if (type == AnnotationType.SPEAKER) {
            a = a.withEntity(mentionEntity(doc.source().slice(start, end), edits, naming));
        }
        edits.add(new UndoableAddAnnotation(doc, a, description));
        naming.addRenames(edits, description);
        return new Tagging(new CompoundEdit(description, edits), a);
    }

    /** Tags a span as a mention of a given entity ("tag every match as this speaker"). */
    public Tagging tagMention(Entity entity, int start, int end) {
        Annotation a = Annotation.of(doc.newAnnotationId(), AnnotationType.SPEAKER, start, end).withEntity(entity.id());
        List<UndoableEdit> edits = new ArrayList<>();
        edits.add(new UndoableAddAnnotation(doc, a, "Tag speaker"));
        MentionNaming naming = new MentionNaming(doc);
        naming.joins(current(entity), doc.source().slice(start, end));
        naming.addRenames(edits, "Tag speaker");
        return new Tagging(new CompoundEdit("Tag speaker", edits), a);
    }

    /**
     * Tags every span in {@code spans} (code points, {start, end}) as a mention of one speaker,
     * as one edit: of {@code entity}, or, when it is null, of the entity a mention named
     * {@code name} would join or create. Each span is cut to the words naming the speaker, as a
     * selection is ({@link SpeakerSpans}: a match of "Mexico," tags "Mexico"); spans left empty
     * and spans already tagged as a mention of that speaker are skipped. Returns the edit and how
     * many mentions it adds.
     */
    public record MentionsTagging(UndoableEdit edit, int added) {
    }

    public MentionsTagging tagMentions(Entity entity, String name, List<int[]> spans) {
        List<int[]> trimmed = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (int[] span : spans) {
            SpeakerSpans.trim(doc.source(), span[0], span[1]).ifPresent(t -> {
                if (seen.add(List.of(t.start(), t.end()))) {
                    trimmed.add(new int[] {t.start(), t.end()});
                }
            });
        }
        List<UndoableEdit> edits = new ArrayList<>();
        if (trimmed.isEmpty()) {
            return new MentionsTagging(new CompoundEdit("Tag no mentions of a speaker", edits), 0);
        }
        MentionNaming naming = new MentionNaming(doc);
        String trimmedName = SpeakerSpans.trim(name);
        Entity speaker = entity != null ? current(entity)
                : entityFor(trimmedName.isEmpty() ? doc.source().slice(trimmed.get(0)[0], trimmed.get(0)[1]) : trimmedName, edits);
        Set<String> newIds = new HashSet<>();
        int added = 0;
        for (int[] span : trimmed) {
            boolean tagged = doc.overlapping(span[0], span[1]).stream().anyMatch(a -> a.type() == AnnotationType.SPEAKER
                    && a.start() == span[0] && a.end() == span[1] && speaker.id().equals(a.entityId()));
            if (tagged) {
                continue;
            }
            String id = Ids.next('a', x -> newIds.contains(x) || doc.annotation(x).isPresent());
            newIds.add(id);
            edits.add(new UndoableAddAnnotation(doc,
                    Annotation.of(id, AnnotationType.SPEAKER, span[0], span[1]).withEntity(speaker.id()), "Tag speaker"));
            naming.joins(speaker, doc.source().slice(span[0], span[1]));
            added++;
        }
        String description = "Tag " + added + " mention(s) of a speaker";
        naming.addRenames(edits, description);
        return new MentionsTagging(new CompoundEdit(description, edits), added);
    }

    /**
     * Adds an annotation like one from another file (another analyst's, when merging): its type,
     * span and details, with its speaker given by name: an entity of that name here, or a new one.
     */
    public Tagging adopt(Annotation foreign, String speakerName) {
        List<UndoableEdit> edits = new ArrayList<>();
        Annotation a = new Annotation(doc.newAnnotationId(), foreign.type(), foreign.start(), foreign.end(), null, null, null,
                foreign.form(), foreign.checkWorthy(), foreign.note(), foreign.pending(), foreign.confidence(), foreign.reason());
        String description = "Take the other side's " + a.type().id();
        MentionNaming naming = new MentionNaming(doc);
        Entity entity = speakerName == null ? null : entityFor(speakerName, edits);
        if (a.type() == AnnotationType.SPEAKER) {
            String text = doc.source().slice(a.start(), a.end());
            if (entity == null) {
                a = a.withEntity(mentionEntity(text, edits, naming));
            } else {
                naming.joins(entity, text);
                a = a.withEntity(entity.id());
            }
        } else if (entity != null) {
            a = a.withSpeaker(entity.id(), null);
        }
        edits.add(new UndoableAddAnnotation(doc, a, description));
        naming.addRenames(edits, description);
        return new Tagging(new CompoundEdit(description, edits), a);
    }

    /** Gives an annotation another's bounds, speaker and details (taking the other side of a difference). */
    public UndoableEdit conform(Annotation mine, Annotation theirs, String speakerName) {
        List<UndoableEdit> edits = new ArrayList<>();
        Annotation after = mine.withSpan(theirs.start(), theirs.end()).withForm(theirs.form())
                .withCheckWorthy(theirs.checkWorthy());
        String description = "Take the other side's " + mine.type().id();
        if (speakerName != null) {
            String entity = entityFor(speakerName, edits).id();
            after = mine.type() == AnnotationType.SPEAKER ? after.withEntity(entity)
                    : entity.equals(mine.speakerId()) ? after : after.withSpeaker(entity, null);
        } else if (mine.type().isAttributable()) {
            after = after.withSpeaker(null, null);
        }
        edits.add(new UndoableChangeAnnotation(doc, mine, after, description));
        Set<String> left = new HashSet<>();
        String before = mine.type() == AnnotationType.SPEAKER ? mine.entityId() : mine.speakerId();
        String now = mine.type() == AnnotationType.SPEAKER ? after.entityId() : after.speakerId();
        if (before != null && !before.equals(now)) {
            left.add(before);
        }
        if (mine.type() == AnnotationType.SPEAKER && !left.isEmpty()) {
            unlinkVia(mine.id(), Set.of(), edits);
            unlinkOrphansVia(Set.of(mine.id()), edits);
        }
        removeIfUnused(left, List.of(mine), edits);
        return new CompoundEdit(description, edits);
    }

    /** Marks the document done, or back in progress. */
    public UndoableEdit markDone(boolean done) {
        DocumentStatus now = doc.status();
        DocumentStatus wanted = done ? DocumentStatus.DONE : DocumentStatus.IN_PROGRESS;
        return new UndoableSetStatus(doc, now, wanted, done ? "Mark done" : "Mark in progress");
    }

    /** Adds a fully formed annotation, e.g. an accepted suggestion or an imported one. */
    public UndoableEdit add(Annotation a, String description) {
        return new UndoableAddAnnotation(doc, a, description);
    }

    public UndoableEdit delete(Annotation a) {
        return deleteAll(List.of(a), "Delete " + a.type().id());
    }

    /** Deletes several annotations as one edit. */
    public UndoableEdit deleteAll(Collection<Annotation> toDelete, String description) {
        List<UndoableEdit> edits = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> touchedEntities = new HashSet<>();
        for (Annotation a : toDelete) {
            ids.add(a.id());
            if (a.entityId() != null) {
                touchedEntities.add(a.entityId());
            }
            if (a.speakerId() != null) {
                touchedEntities.add(a.speakerId());
            }
        }
        for (Annotation a : toDelete) {
            if (a.type() == AnnotationType.SPEAKER) {
                unlinkVia(a.id(), ids, edits);
            }
            edits.add(new UndoableRemoveAnnotation(doc, a, description));
        }
        unlinkOrphansVia(ids, edits);
        removeIfUnused(touchedEntities, toDelete, edits);
        return new CompoundEdit(description, edits);
    }

    /** Changes an annotation's type; attribution survives between quote and claim. */
    public UndoableEdit retype(Annotation a, AnnotationType newType) {
        if (a.type() == newType) {
            return new CompoundEdit("Retype", List.of());
        }
        List<UndoableEdit> edits = new ArrayList<>();
        String description = "Retype " + a.type().id() + " as " + newType.id();
        Annotation after = a.withType(newType);
        if (a.type() == AnnotationType.SPEAKER) {
            unlinkVia(a.id(), Set.of(a.id()), edits);
            unlinkOrphansVia(Set.of(a.id()), edits);
        }
        MentionNaming naming = new MentionNaming(doc);
        if (newType == AnnotationType.SPEAKER) {
            after = after.withEntity(mentionEntity(doc.textOf(a), edits, naming));
        }
        edits.add(new UndoableChangeAnnotation(doc, a, after, description));
        naming.addRenames(edits, description);
        Set<String> touched = new HashSet<>();
        if (a.entityId() != null) {
            touched.add(a.entityId());
        }
        if (a.speakerId() != null && !newType.isAttributable()) {
            touched.add(a.speakerId());
        }
        removeIfUnused(touched, List.of(a), edits);
        return new CompoundEdit(description, edits);
    }

    /** Moves an annotation's bounds to code points {@code [start, end)}. */
    public UndoableEdit resize(Annotation a, int start, int end) {
        doc.source().checkRange(start, end);
        return new UndoableChangeAnnotation(doc, a, a.withSpan(start, end), "Resize " + a.type().id());
    }

    /** Attributes a quote or claim to an entity, through a mention of it (or none). */
    public UndoableEdit attribute(Annotation a, Entity speaker, Annotation via) {
        if (!a.type().isAttributable()) {
            throw new IllegalArgumentException("only quotes and claims are attributed, not " + a.type().id());
        }
        if (via != null && !speaker.id().equals(via.entityId())) {
            throw new IllegalArgumentException("mention " + via.id() + " is not of " + speaker.id());
        }
        String description = "Attribute " + a.type().id() + " to " + speaker.name();
        List<UndoableEdit> edits = new ArrayList<>();
        edits.add(new UndoableChangeAnnotation(doc, a, a.withSpeaker(speaker.id(), via == null ? null : via.id()), description));
        if (a.speakerId() != null && !a.speakerId().equals(speaker.id())) {
            // The speaker it leaves may now be used by nothing.
            removeIfUnused(Set.of(a.speakerId()), List.of(a), edits);
        }
        return new CompoundEdit(description, edits);
    }

    /** An edit and the speaker entity it creates. */
    public record NewSpeaker(UndoableEdit edit, Entity entity) {
    }

    /**
     * Creates a speaker named {@code name} (one not mentioned in the text, or not tagged yet) and
     * attributes a quote or claim to it, as one edit.
     */
    public NewSpeaker attributeToNewSpeaker(Annotation a, String name) {
        if (!a.type().isAttributable()) {
            throw new IllegalArgumentException("only quotes and claims are attributed, not " + a.type().id());
        }
        String display = SpeakerNames.displayName(name);
        if (display.isEmpty()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
        // The analyst typed the name: it is theirs, and no mention renames it.
        Entity fresh = new Entity(doc.newEntityId(), display, EntityKinds.guess(display), true);
        String description = "Attribute " + a.type().id() + " to new speaker " + display;
        List<UndoableEdit> edits = new ArrayList<>();
        edits.add(new UndoableAddEntity(doc, fresh));
        edits.add(new UndoableChangeAnnotation(doc, a, a.withSpeaker(fresh.id(), null), description));
        if (a.speakerId() != null) {
            removeIfUnused(Set.of(a.speakerId()), List.of(a), edits);
        }
        return new NewSpeaker(new CompoundEdit(description, edits), fresh);
    }

    public UndoableEdit unattribute(Annotation a) {
        List<UndoableEdit> edits = new ArrayList<>();
        edits.add(new UndoableChangeAnnotation(doc, a, a.withSpeaker(null, null), "Remove attribution"));
        if (a.speakerId() != null) {
            removeIfUnused(Set.of(a.speakerId()), List.of(a), edits);
        }
        return new CompoundEdit("Remove attribution", edits);
    }

    public UndoableEdit setForm(Annotation a, QuoteForm form) {
        return new UndoableChangeAnnotation(doc, a, a.withForm(form), "Set quote form");
    }

    public UndoableEdit setCheckWorthy(Annotation a, Boolean checkWorthy) {
        return new UndoableChangeAnnotation(doc, a, a.withCheckWorthy(checkWorthy), "Set check-worthy");
    }

    public UndoableEdit setNote(Annotation a, String note) {
        return new UndoableChangeAnnotation(doc, a, a.withNote(note), "Edit note");
    }

    /**
     * Accepts a pending suggestion: it becomes the analyst's own annotation. A quote or claim
     * keeps its speaker, and the suggested mention it was attributed through is accepted with it,
     * so that the accepted attribution rests on accepted annotations.
     */
    public UndoableEdit accept(Annotation suggestion) {
        return acceptEach(List.of(suggestion), "Accept suggestion");
    }

    /** Rejects a pending suggestion: it goes, and so does an entity nothing else uses. */
    public UndoableEdit reject(Annotation suggestion) {
        return deleteAll(List.of(current(suggestion)), "Reject suggestion");
    }

    /** Accepts every pending suggestion of a type (with the mentions they were attributed through). */
    public UndoableEdit acceptAll(AnnotationType type) {
        return acceptEach(pendingOf(type), "Accept all " + type.id() + " suggestions");
    }

    /**
     * Accepts every suggestion the detector is at least {@code from} sure of, of any type, with the
     * mentions the accepted quotes and claims go through; a suggestion without a confidence is not
     * known to be sure and stays.
     */
    public UndoableEdit acceptConfident(double from) {
        List<Annotation> sure = new ArrayList<>();
        for (Annotation a : doc.annotations()) {
            if (a.pending() && a.confidence() != null && a.confidence() >= from) {
                sure.add(a);
            }
        }
        return acceptEach(sure, "Accept suggestions of certainty " + Math.round(from * 100) / 100.0 + " or more");
    }

    /** Rejects every pending suggestion of a type. */
    public UndoableEdit rejectAll(AnnotationType type) {
        return deleteAll(pendingOf(type), "Reject all " + type.id() + " suggestions");
    }

    private UndoableEdit acceptEach(List<Annotation> suggestions, String description) {
        List<UndoableEdit> edits = new ArrayList<>();
        Set<String> done = new HashSet<>();
        MentionNaming naming = new MentionNaming(doc);
        for (Annotation given : suggestions) {
            Annotation a = current(given);
            acceptOne(a, done, edits, naming, description);
            if (a.type().isAttributable() && a.viaId() != null) {
                doc.annotation(a.viaId()).ifPresent(via -> acceptOne(via, done, edits, naming, description));
            }
        }
        naming.addRenames(edits, description);
        return new CompoundEdit(description, edits);
    }

    /** Accepts one suggestion; an accepted mention names its speaker as a tagged one would. */
    private void acceptOne(Annotation a, Set<String> done, List<UndoableEdit> edits, MentionNaming naming, String description) {
        if (a.pending() && done.add(a.id())) {
            edits.add(new UndoableChangeAnnotation(doc, a, a.withPending(false), description));
            if (a.type() == AnnotationType.SPEAKER) {
                naming.joins(a.entityId(), doc.textOf(a));
            }
        }
    }

    private List<Annotation> pendingOf(AnnotationType type) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : doc.annotations()) {
            if (a.pending() && a.type() == type) {
                out.add(a);
            }
        }
        return out;
    }

    /** The document's present version of an annotation (callers may hold an older copy). */
    private Annotation current(Annotation a) {
        return doc.annotation(a.id()).orElseThrow(() -> new IllegalArgumentException("no annotation " + a.id()));
    }

    // ---- entities

    public UndoableEdit renameEntity(Entity e, String newName) {
        String name = SpeakerNames.displayName(newName);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
        // The analyst's name stays: longer mentions joining later do not replace it.
        return new UndoableChangeEntity(doc, e, e.withName(name).withNamed(true), "Rename speaker to " + name);
    }

    public UndoableEdit setEntityKind(Entity e, EntityKind kind) {
        return new UndoableChangeEntity(doc, e, e.withKind(kind), "Set kind of " + Excerpt.of(e.name()));
    }

    /**
     * Merges {@code others} into {@code target}: their mentions and attributions move to it, and
     * unless the analyst named it, it takes the name of the longest of all their mentions (the
     * suggested ones aside).
     */
    public UndoableEdit merge(Entity target, Collection<Entity> others) {
        List<UndoableEdit> edits = new ArrayList<>();
        MentionNaming naming = new MentionNaming(doc);
        Entity kept = current(target);
        // Ordered and without repeats: an entity named twice is still merged (and removed) once.
        Set<String> from = new java.util.LinkedHashSet<>();
        for (Entity e : others) {
            if (!e.id().equals(target.id())) {
                from.add(e.id());
            }
        }
        for (Annotation a : doc.annotations()) {
            boolean mention = a.type() == AnnotationType.SPEAKER && (from.contains(a.entityId()) || target.id().equals(a.entityId()));
            if (mention && !a.pending()) {
                // A suggested mention names its speaker only once accepted.
                naming.joins(kept, doc.textOf(a));
            }
            if (a.type() == AnnotationType.SPEAKER && from.contains(a.entityId())) {
                edits.add(new UndoableChangeAnnotation(doc, a, a.withEntity(target.id()), "Merge speakers"));
            } else if (a.type().isAttributable() && from.contains(a.speakerId())) {
                edits.add(new UndoableChangeAnnotation(doc, a, a.withSpeaker(target.id(), a.viaId()), "Merge speakers"));
            }
        }
        for (StoredAnnotation o : doc.orphans()) {
            Annotation a = o.annotation();
            if (from.contains(a.entityId())) {
                changeOrphan(o, a.withEntity(target.id()), "Merge speakers", edits);
            } else if (from.contains(a.speakerId())) {
                changeOrphan(o, a.withSpeaker(target.id(), a.viaId()), "Merge speakers", edits);
            }
        }
        for (String id : from) {
            edits.add(new UndoableRemoveEntity(doc, doc.entity(id).orElseThrow()));
        }
        // A name the analyst gave one of the merged speakers wins over any mention's.
        Entity namedByAnalyst = kept.named() ? null : others.stream().map(e -> doc.entity(e.id()).orElse(e))
                .filter(e -> e.named() && !e.id().equals(kept.id())).findFirst().orElse(null);
        String finalName = namedByAnalyst != null ? namedByAnalyst.name() : naming.nameOf(kept);
        String description = "Merge " + (from.size() + 1) + " speakers into " + Excerpt.of(finalName);
        if (namedByAnalyst != null) {
            edits.add(new UndoableChangeEntity(doc, kept, kept.withName(finalName).withNamed(true), description));
        } else {
            naming.addRenames(edits, description);
        }
        return new CompoundEdit(description, edits);
    }

    /**
     * Splits one mention off its entity into a new entity named after the mention; quotes and
     * claims attributed through that mention follow it.
     */
    public UndoableEdit splitMention(Annotation mention) {
        if (mention.type() != AnnotationType.SPEAKER) {
            throw new IllegalArgumentException("only speaker mentions can be split off");
        }
        List<UndoableEdit> edits = new ArrayList<>();
        Entity old = doc.entity(mention.entityId()).orElseThrow();
        String name = SpeakerNames.displayName(doc.textOf(mention));
        Entity fresh = new Entity(doc.newEntityId(), name, EntityKinds.guess(name));
        edits.add(new UndoableAddEntity(doc, fresh));
        edits.add(new UndoableChangeAnnotation(doc, mention, mention.withEntity(fresh.id()), "Split off speaker"));
        for (Annotation a : doc.attributedVia(mention.id())) {
            edits.add(new UndoableChangeAnnotation(doc, a, a.withSpeaker(fresh.id(), a.viaId()), "Split off speaker"));
        }
        for (StoredAnnotation o : doc.orphans()) {
            if (mention.id().equals(o.annotation().viaId())) {
                changeOrphan(o, o.annotation().withSpeaker(fresh.id(), mention.id()), "Split off speaker", edits);
            }
        }
        removeIfUnused(Set.of(old.id()), List.of(mention), edits);
        return new CompoundEdit("Split off " + Excerpt.of(fresh.name()), edits);
    }

    /** Deletes an entity with all its mentions; what was attributed to it becomes unattributed. */
    public UndoableEdit deleteEntity(Entity e) {
        List<UndoableEdit> edits = new ArrayList<>();
        for (Annotation a : doc.annotations()) {
            if (a.type() == AnnotationType.SPEAKER && e.id().equals(a.entityId())) {
                edits.add(new UndoableRemoveAnnotation(doc, a, "Delete speaker"));
            } else if (a.type().isAttributable() && e.id().equals(a.speakerId())) {
                edits.add(new UndoableChangeAnnotation(doc, a, a.withSpeaker(null, null), "Delete speaker"));
            }
        }
        for (StoredAnnotation o : doc.orphans()) {
            Annotation a = o.annotation();
            if (e.id().equals(a.entityId())) {
                edits.add(new UndoableRemoveOrphan(doc, o, "Delete speaker"));
            } else if (e.id().equals(a.speakerId())) {
                changeOrphan(o, a.withSpeaker(null, null), "Delete speaker", edits);
            }
        }
        edits.add(new UndoableRemoveEntity(doc, e));
        return new CompoundEdit("Delete speaker " + Excerpt.of(e.name()), edits);
    }

    // ---- whole documents

    /**
     * Turns the document into {@code target} (a merge's result, a reloaded file) as one edit, so
     * that it can be undone: annotations, orphans and speakers are added, changed and removed by
     * id, and the status follows.
     */
    public UndoableEdit replaceAll(DocumentSnapshot target, String description) {
        List<UndoableEdit> edits = new ArrayList<>();
        Map<String, Entity> targetEntities = new HashMap<>();
        for (Entity e : target.entities()) {
            targetEntities.put(e.id(), e);
            Entity now = doc.entity(e.id()).orElse(null);
            if (now == null) {
                edits.add(new UndoableAddEntity(doc, e));
            } else if (!now.equals(e)) {
                edits.add(new UndoableChangeEntity(doc, now, e, description));
            }
        }
        Map<String, StoredAnnotation> targetOrphans = new HashMap<>();
        for (StoredAnnotation o : target.orphans()) {
            targetOrphans.put(o.annotation().id(), o);
        }
        for (StoredAnnotation o : doc.orphans()) {
            if (!o.equals(targetOrphans.get(o.annotation().id()))) {
                edits.add(new UndoableRemoveOrphan(doc, o, description));
            }
        }
        Map<String, Annotation> targetAnnotations = new HashMap<>();
        for (Annotation a : target.annotations()) {
            targetAnnotations.put(a.id(), a);
        }
        for (Annotation a : doc.annotations()) {
            if (!targetAnnotations.containsKey(a.id())) {
                edits.add(new UndoableRemoveAnnotation(doc, a, description));
            }
        }
        for (Annotation a : target.annotations()) {
            Annotation now = doc.annotation(a.id()).orElse(null);
            if (now == null) {
                edits.add(new UndoableAddAnnotation(doc, a, description));
            } else if (!now.equals(a)) {
                edits.add(new UndoableChangeAnnotation(doc, now, a, description));
            }
        }
        for (StoredAnnotation o : target.orphans()) {
            if (!doc.orphans().contains(o)) {
                edits.add(new UndoableAddOrphan(doc, o, description));
            }
        }
        for (Entity e : doc.entities()) {
            if (!targetEntities.containsKey(e.id())) {
                edits.add(new UndoableRemoveEntity(doc, e));
            }
        }
        DocumentStatus wanted = target.status() == DocumentStatus.DONE ? DocumentStatus.DONE : DocumentStatus.IN_PROGRESS;
        DocumentStatus now = doc.status() == DocumentStatus.DONE ? DocumentStatus.DONE : DocumentStatus.IN_PROGRESS;
        if (wanted != now) {
            edits.add(new UndoableSetStatus(doc, now, wanted, description));
        }
        return new CompoundEdit(description, edits);
    }

    // ---- orphans: annotations kept with their text after a change of the source text

    /**
     * Puts an orphan back into the text at code points {@code [start, end)}: it becomes an
     * ordinary annotation again, with its type, details and attribution. A speaker mention without
     * an entity joins (or creates) the entity its new text names; the link to the mention a quote
     * was attributed through is kept while that mention is there, placed or orphaned, and of the
     * quote's speaker.
     */
    public Tagging replaceOrphan(StoredAnnotation orphan, int start, int end) {
        doc.source().checkRange(start, end);
        if (start == end) {
            throw new IllegalArgumentException("an annotation needs at least one character");
        }
        List<UndoableEdit> edits = new ArrayList<>();
        MentionNaming naming = new MentionNaming(doc);
        Annotation a = orphan.annotation().withSpan(start, end);
        if (a.type() == AnnotationType.SPEAKER && (a.entityId() == null || doc.entity(a.entityId()).isEmpty())) {
            a = a.withEntity(mentionEntity(doc.source().slice(start, end), edits, naming));
        } else if (a.type() == AnnotationType.SPEAKER) {
            naming.joins(a.entityId(), doc.source().slice(start, end));
        }
        if (a.speakerId() != null && doc.entity(a.speakerId()).isEmpty()) {
            a = a.withSpeaker(null, null);
        }
        if (a.viaId() != null) {
            Annotation via = mention(a.viaId());
            if (via == null || via.type() != AnnotationType.SPEAKER || !via.entityId().equals(a.speakerId())) {
                a = a.withSpeaker(a.speakerId(), null);
            }
        }
        String description = "Re-place " + a.type().id();
        edits.add(new UndoableRemoveOrphan(doc, orphan, description));
        if (a.type() == AnnotationType.SPEAKER && !a.entityId().equals(orphan.annotation().entityId())) {
            // What was attributed through it names another speaker than the one it now mentions.
            unlinkVia(a.id(), Set.of(), edits);
            unlinkOrphansVia(Set.of(a.id()), edits);
        }
        edits.add(new UndoableAddAnnotation(doc, a, description));
        naming.addRenames(edits, description);
        return new Tagging(new CompoundEdit(description, edits), a);
    }

    /** Deletes orphans for good; an entity that nothing uses any more goes with them. */
    public UndoableEdit deleteOrphans(Collection<StoredAnnotation> orphans, String description) {
        List<UndoableEdit> edits = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> touched = new HashSet<>();
        List<Annotation> leaving = new ArrayList<>();
        for (StoredAnnotation o : orphans) {
            ids.add(o.annotation().id());
            leaving.add(o.annotation());
            if (o.annotation().entityId() != null) {
                touched.add(o.annotation().entityId());
            }
            if (o.annotation().speakerId() != null) {
                touched.add(o.annotation().speakerId());
            }
        }
        unlinkOrphansVia(ids, edits);
        for (String id : ids) {
            unlinkVia(id, Set.of(), edits);
        }
        for (StoredAnnotation o : orphans) {
            edits.add(new UndoableRemoveOrphan(doc, o, description));
        }
        removeIfUnused(touched, leaving, edits);
        return new CompoundEdit(description, edits);
    }

    public UndoableEdit deleteOrphan(StoredAnnotation orphan) {
        return deleteOrphans(List.of(orphan), "Delete orphaned " + orphan.annotation().type().id());
    }

    /** Orphans attributed through one of {@code leaving} (mentions going away) lose that link; they keep the speaker. */
    private void unlinkOrphansVia(Set<String> leaving, List<UndoableEdit> edits) {
        for (StoredAnnotation o : doc.orphans()) {
            Annotation a = o.annotation();
            if (a.viaId() != null && leaving.contains(a.viaId()) && !leaving.contains(a.id())) {
                changeOrphan(o, a.withSpeaker(a.speakerId(), null), "Unlink mention", edits);
            }
        }
    }

    /** The annotation with this id, placed or orphaned, or null. */
    private Annotation mention(String id) {
        Annotation placed = doc.annotation(id).orElse(null);
        if (placed != null) {
            return placed;
        }
        for (StoredAnnotation o : doc.orphans()) {
            if (o.annotation().id().equals(id)) {
                return o.annotation();
            }
        }
        return null;
    }

    private void changeOrphan(StoredAnnotation before, Annotation after, String description, List<UndoableEdit> edits) {
        edits.add(new UndoableRemoveOrphan(doc, before, description));
        edits.add(new UndoableAddOrphan(doc, new StoredAnnotation(after, before.text(), before.prefix(), before.suffix()), description));
    }

    // ---- helpers

    /**
     * The entity known under a name (a mention's text, or another document's speaker name); adds
     * an edit creating it, named after it and of the kind the name suggests, when there is none.
     * Call it at most once per edit: two new entities would get the same id.
     */
    private Entity entityFor(String name, List<UndoableEdit> edits) {
        return doc.entityNamed(name).orElseGet(() -> {
            String display = SpeakerNames.displayName(name);
            Entity e = new Entity(doc.newEntityId(), display, EntityKinds.guess(display));
            edits.add(new UndoableAddEntity(doc, e));
            return e;
        });
    }

    /** The id of the entity a new mention with this text joins (or creates); a longer mention renames it. */
    private String mentionEntity(String mentionText, List<UndoableEdit> edits, MentionNaming naming) {
        Entity e = entityFor(mentionText, edits);
        naming.joins(e, mentionText);
        return e.id();
    }

    /** The document's present version of an entity (callers may hold an older copy). */
    private Entity current(Entity e) {
        return doc.entity(e.id()).orElse(e);
    }

    /** Clears the "via" link of every quote or claim attributed through mentions being removed. */
    private void unlinkVia(String mentionId, Set<String> removed, List<UndoableEdit> edits) {
        for (Annotation a : doc.attributedVia(mentionId)) {
            if (!removed.contains(a.id())) {
                edits.add(new UndoableChangeAnnotation(doc, a, a.withSpeaker(a.speakerId(), null), "Unlink mention"));
            }
        }
    }

    /**
     * Removes the entities that nothing will use once {@code leaving} are gone or changed: no
     * mention and no attribution outside them.
     */
    private void removeIfUnused(Set<String> entityIds, Collection<Annotation> leaving, List<UndoableEdit> edits) {
        for (String id : entityIds) {
            Entity e = doc.entity(id).orElse(null);
            if (e == null) {
                continue;
            }
            var stats = doc.stats(id);
            int uses = stats.mentions() + stats.quotes() + stats.claims();
            // Orphans keep their links too: an entity they use must stay for the file to be valid.
            for (StoredAnnotation o : doc.orphans()) {
                if (id.equals(o.annotation().entityId()) || id.equals(o.annotation().speakerId())) {
                    uses++;
                }
            }
            for (Annotation a : leaving) {
                if (id.equals(a.entityId()) || id.equals(a.speakerId())) {
                    uses--;
                }
            }
            if (uses <= 0) {
                edits.add(new UndoableRemoveEntity(doc, e));
            }
        }
    }
}
