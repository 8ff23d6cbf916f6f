package org.attrib.ui.speakers;

import org.attrib.ui.article.HighlightsViewModel;
import org.attrib.ui.document.DocumentViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentListener;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.EntityStats;

/**
 * The Speakers panel: every speaker entity with how often it is mentioned, quoted and claimed,
 * kept up to date row by row as the document changes; and the speaker actions (merge, rename,
 * kind, split off a mention, delete, focus).
 */
public final class SpeakersViewModel {

    /** One row of the panel. */
    public record SpeakerRow(Entity entity, int mentions, int quotes, int claims) {
        public String name() {
            return entity.name();
        }

        public int attributed() {
            return quotes + claims;
        }
    }

    /** Most quoted and claimed first, then most mentioned, then by name. */
    public static final Comparator<SpeakerRow> BY_WEIGHT = Comparator.comparingInt(SpeakerRow::attributed).reversed()
            .thenComparing(Comparator.comparingInt(SpeakerRow::mentions).reversed())
            .thenComparing(r -> r.entity().name());

    private final DocumentViewModel documentVm;
    private final HighlightsViewModel highlights;
    private final AnnotatedDocument doc;
    private final ObservableList<SpeakerRow> rows = FXCollections.observableArrayList();
    // One read-only view: listeners on a throwaway wrapper would be dropped at the next collection.
    private final ObservableList<SpeakerRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Entity> entities = FXCollections.observableArrayList();
    // One read-only view: listeners on a throwaway wrapper would be dropped at the next collection.
    private final ObservableList<Entity> entitiesView = FXCollections.unmodifiableObservableList(entities);

    public SpeakersViewModel(DocumentViewModel documentVm, HighlightsViewModel highlights) {
        this.documentVm = documentVm;
        this.highlights = highlights;
        this.doc = documentVm.document();
        for (Entity e : doc.entities()) {
            rows.add(row(e));
            entities.add(e);
        }
        entities.sort(Comparator.comparing(Entity::name, String.CASE_INSENSITIVE_ORDER));
        documentVm.addModelListener(new DocumentListener() {
            @Override
            public void annotationChanged(Annotation before, Annotation after) {
                Set<String> ids = new HashSet<>();
                addIds(before, ids);
                addIds(after, ids);
                ids.forEach(SpeakersViewModel.this::refresh);
            }

            @Override
            public void entityChanged(Entity before, Entity after) {
                if (before != null) {
                    entities.removeIf(e -> e.id().equals(before.id()));
                }
                if (after != null) {
                    int at = 0;
                    while (at < entities.size() && String.CASE_INSENSITIVE_ORDER.compare(entities.get(at).name(), after.name()) < 0) {
                        at++;
                    }
                    entities.add(at, after);
                }
                refresh(before != null ? before.id() : after.id());
            }
        });
    }

    private static void addIds(Annotation a, Set<String> ids) {
        if (a == null) {
            return;
        }
        if (a.entityId() != null) {
            ids.add(a.entityId());
        }
        if (a.speakerId() != null) {
            ids.add(a.speakerId());
        }
    }

    private SpeakerRow row(Entity e) {
        EntityStats s = doc.stats(e.id());
        return new SpeakerRow(e, s.mentions(), s.quotes(), s.claims());
    }

    private void refresh(String entityId) {
        Optional<Entity> e = doc.entity(entityId);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).entity().id().equals(entityId)) {
                if (e.isPresent()) {
                    rows.set(i, row(e.get()));
                } else {
                    rows.remove(i);
                }
                return;
            }
        }
        e.ifPresent(x -> rows.add(row(x)));
    }

    /** One row per speaker entity, unsorted. */
    public ObservableList<SpeakerRow> rows() {
        return rowsView;
    }

    /** The speaker entities by name, for pickers. */
    public ObservableList<Entity> entities() {
        return entitiesView;
    }

    /** Highlights a speaker's mentions and everything attributed to it. */
    public void focus(Entity e) {
        highlights.focus(e);
    }

    /**
     * Merges the given speakers into one: the one most used (then the longest name) is kept.
     * Returns the speaker kept, when they were merged.
     */
    public Optional<Entity> merge(List<Entity> speakers) {
        if (speakers.size() < 2) {
            documentVm.say("Select two or more speakers to merge (Shift or Ctrl with the arrows or a click).");
            return Optional.empty();
        }
        List<Entity> current = new ArrayList<>();
        for (Entity e : speakers) {
            doc.entity(e.id()).ifPresent(current::add);
        }
        Entity keep = current.stream().max(Comparator.comparingInt((Entity e) -> weight(e))
                .thenComparingInt(e -> e.name().length())).orElseThrow();
        boolean ok = documentVm.execute(documentVm.editor().merge(keep, current));
        if (!ok) {
            return Optional.empty();
        }
        Entity kept = current(keep);
        documentVm.say("Merged " + current.size() + " speakers into " + kept.name() + ".");
        return Optional.of(kept);
    }

    private int weight(Entity e) {
        EntityStats s = doc.stats(e.id());
        return s.mentions() + s.quotes() + s.claims();
    }

    public boolean rename(Entity e, String name) {
        if (name == null || name.isBlank() || name.strip().equals(e.name())) {
            return false;
        }
        boolean ok = documentVm.execute(documentVm.editor().renameEntity(current(e), name));
        if (ok) {
            documentVm.say("Renamed the speaker to " + name.strip() + ".");
        }
        return ok;
    }

    public boolean setKind(Entity e, EntityKind kind) {
        Entity now = current(e);
        return now.kind() != kind && documentVm.execute(documentVm.editor().setEntityKind(now, kind));
    }

    /** Gives these speakers the kind after the first one's (K): person, organisation, other, round. */
    public boolean cycleKind(List<Entity> speakers) {
        if (speakers.isEmpty()) {
            documentVm.say("Select a speaker first; K changes its kind (person, organisation, other).");
            return false;
        }
        EntityKind[] kinds = EntityKind.values();
        EntityKind next = kinds[(current(speakers.get(0)).kind().ordinal() + 1) % kinds.length];
        boolean any = false;
        for (Entity e : speakers) {
            any |= setKind(e, next);
        }
        if (any) {
            documentVm.say((speakers.size() == 1 ? current(speakers.get(0)).name() + " is" : speakers.size() + " speakers are")
                    + " now of kind " + next.id() + " (K again for the next kind).");
        }
        return any;
    }

    /** K in the article: the kind of the speaker of the selected mention (or of the selected quote or claim). */
    public boolean cycleKindOfSelection() {
        Annotation sel = documentVm.getSelected();
        Optional<Entity> speaker = sel == null ? Optional.empty() : documentVm.speakerOf(sel);
        if (speaker.isEmpty()) {
            documentVm.say("Select a speaker mention (or an attributed quote or claim); K changes the speaker's kind.");
            return false;
        }
        return cycleKind(List.of(speaker.get()));
    }

    public boolean delete(Entity e) {
        Entity now = current(e);
        boolean ok = documentVm.execute(documentVm.editor().deleteEntity(now));
        if (ok) {
            documentVm.say("Deleted the speaker " + now.name() + " with its mentions; what was attributed to it is unattributed.");
        }
        return ok;
    }

    /** Splits the selected speaker mention off into a speaker of its own. */
    public boolean splitSelectedMention() {
        Annotation sel = documentVm.getSelected();
        if (sel == null || sel.type() != AnnotationType.SPEAKER) {
            documentVm.say("Select a speaker mention in the text to split it off into a speaker of its own.");
            return false;
        }
        if (doc.stats(sel.entityId()).mentions() < 2) {
            documentVm.say("This is the speaker's only mention; there is nothing to split it from.");
            return false;
        }
        boolean ok = documentVm.execute(documentVm.editor().splitMention(sel));
        if (ok) {
            documentVm.say("Split \"" + DocumentViewModel.excerpt(doc.textOf(sel)) + "\" off into a speaker of its own.");
        }
        return ok;
    }

    private Entity current(Entity e) {
        return doc.entity(e.id()).orElseThrow(() -> new IllegalArgumentException("no speaker " + e.name()));
    }
}
