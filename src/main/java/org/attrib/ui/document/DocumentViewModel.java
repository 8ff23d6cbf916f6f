package org.attrib.ui.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.attrib.ui.work.BackgroundWork;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoableEdit;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentListener;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * Everything the window shows of one open document, as JavaFX properties, and every action the
 * analyst takes on it. With the smaller view-models beside it (speakers, details, find,
 * suggestions, orphans), the only part of the window that touches the document model: views bind
 * to properties and call actions in UTF-16 offsets; this class converts to code points.
 *
 * <p>Lives on the JavaFX thread. File I/O runs in the background (the autosaver's threads and
 * {@code background}); results come back through {@code fxThread}.
 */
public final class DocumentViewModel {

    /** Told which chars need restyling after a change, so that only they are restyled. */
    public interface RestyleListener {
        void restyle(int fromChar, int toChar);
    }

    private final Path sourcePath;
    private final Path annotationFile;
    private final AnnotatedDocument doc;
    private final SourceText text;
    private final HistoryViewModel history;
    private final AnnotationEditor editor;
    private final BackgroundWork work;
    private final Executor fxThread;
    private final boolean readOnly;
    private final SaveViewModel saving;

    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    /**
     * One read-only view for every caller: a wrapper listens to the list only weakly, so a
     * listener added to a wrapper nobody keeps would be dropped at the next collection.
     */
    private final ObservableList<Annotation> readOnlyAnnotations = FXCollections.unmodifiableObservableList(annotations);
    private final ReadOnlyObjectWrapper<Annotation> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Map<AnnotationType, IntegerProperty> counts = new EnumMap<>(AnnotationType.class);
    private final IntegerProperty pendingCount = new SimpleIntegerProperty(this, "pendingCount");
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(this, "snapToWords", true);
    private final DoubleProperty confidentFrom = new SimpleDoubleProperty(this, "confidentFrom", 0.8);
    private final ReadOnlyIntegerWrapper entityVersion = new ReadOnlyIntegerWrapper(this, "entityVersion");
    private final List<RestyleListener> restyleListeners = new CopyOnWriteArrayList<>();
    private final List<DocumentListener> modelListeners = new CopyOnWriteArrayList<>();

    public DocumentViewModel(DocumentFiles.Opened opened, boolean readOnly, Duration autosaveDelay, Executor background,
            Executor fxThread) {
        this.sourcePath = opened.source();
        this.annotationFile = opened.annotationFile();
        this.doc = opened.document();
        this.text = doc.source();
        this.readOnly = readOnly;
        this.work = new BackgroundWork(background, fxThread);
        this.fxThread = fxThread;
        this.editor = new AnnotationEditor(doc);
        this.history = new HistoryViewModel(sourcePath, readOnly, this::say);
        for (AnnotationType t : AnnotationType.values()) {
            counts.put(t, new SimpleIntegerProperty(this, t.id() + "Count", doc.count(t)));
        }
        pendingCount.set(doc.pendingCount());
        done.set(doc.status() == DocumentStatus.DONE);
        annotations.setAll(doc.annotations());
        doc.addListener(new DocumentListener() {
            @Override
            public void annotationChanged(Annotation before, Annotation after) {
                onAnnotationChanged(before, after);
                modelListeners.forEach(l -> l.annotationChanged(before, after));
            }

            @Override
            public void entityChanged(Entity before, Entity after) {
                onEntityChanged(before, after);
                modelListeners.forEach(l -> l.entityChanged(before, after));
            }

            @Override
            public void statusChanged(DocumentStatus before, DocumentStatus after) {
                done.set(after == DocumentStatus.DONE);
                modelListeners.forEach(l -> l.statusChanged(before, after));
            }

            @Override
            public void orphansChanged() {
                modelListeners.forEach(DocumentListener::orphansChanged);
            }
        });
        saving = new SaveViewModel(this, opened, autosaveDelay);
        history.onChange(saving::refresh);
        saving.refresh();
    }

    // ---- for the view-models of the panels (speakers, details, find, suggestions, orphans, compare),
    // which work on this document; views never use these (ArchUnit keeps views off the core's edits)

    public AnnotatedDocument document() {
        return doc;
    }

    public AnnotationEditor editor() {
        return editor;
    }

    /** Runs this document's background work; its results are dropped once the document closes. */
    public BackgroundWork work() {
        return work;
    }

    Executor fxThread() {
        return fxThread;
    }

    /** Listeners told of model changes after this view-model has updated itself. */
    public void addModelListener(DocumentListener l) {
        modelListeners.add(l);
    }

    /** Runs an edit through the undo history, unless the document is read-only. */
    public boolean execute(UndoableEdit edit) {
        if (!editable()) {
            return false;
        }
        history.undoHistory().execute(edit);
        return true;
    }

    public void say(String s) {
        message.set(s);
    }

    /** Whether the document may be edited; says why not when it may not. */
    public boolean editable() {
        if (readOnly) {
            say("This document is open read-only: its annotation file could not be read.");
            return false;
        }
        return true;
    }

    /** The undo history: undo, redo, and whether the document differs from what was saved. */
    public HistoryViewModel history() {
        return history;
    }

    /** Saving this document, and what to do when its file changed on disk. */
    public SaveViewModel saving() {
        return saving;
    }

    // ---- what the view shows

    public String text() {
        return text.text();
    }

    public SourceText source() {
        return text;
    }

    public Path sourcePath() {
        return sourcePath;
    }

    public Path annotationFile() {
        return annotationFile;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Every annotation, unsorted; the table sorts a view of it. */
    public ObservableList<Annotation> annotations() {
        return readOnlyAnnotations;
    }

    public ReadOnlyObjectProperty<Annotation> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Annotation getSelected() {
        return selected.get();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** The latest thing worth telling the analyst, for the status bar. */
    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty countProperty(AnnotationType type) {
        return counts.get(type);
    }

    public ReadOnlyIntegerProperty pendingCountProperty() {
        return pendingCount;
    }

    /** Whether tagging grows a selection to whole words (a preference; Shift keeps exact characters). */
    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }

    /** From which confidence a suggestion counts as sure (a preference): below, it is drawn as unsure. */
    public DoubleProperty confidentFromProperty() {
        return confidentFrom;
    }

    /** Counts changes of speaker entities (names, kinds), for views that show names. */
    public ReadOnlyIntegerProperty entityVersionProperty() {
        return entityVersion.getReadOnlyProperty();
    }

    public void addRestyleListener(RestyleListener l) {
        restyleListeners.add(l);
    }

    /** The UTF-16 range an annotation covers, as {start, end}. */
    public int[] charRange(Annotation a) {
        return new int[] {text.toChar(a.start()), text.toChar(a.end())};
    }

    /** The text an annotation covers. */
    public String textOf(Annotation a) {
        return doc.textOf(a);
    }

    /** The speaker entity of an annotation: the one it mentions or is attributed to. */
    public Optional<Entity> speakerOf(Annotation a) {
        return doc.entity(a.type() == AnnotationType.SPEAKER ? a.entityId() : a.speakerId());
    }

    /** A one-line description of an annotation: type, speaker, for tooltips and the status bar. */
    public String describe(Annotation a) {
        String who = speakerOf(a).map(Entity::name).orElse(null);
        String kind = (a.pending() ? "Suggested " + a.type().id() : a.type().label());
        String what = a.type() == AnnotationType.SPEAKER ? kind + " mention of " + (who == null ? "?" : who)
                : kind + (who == null ? ", not attributed" : " by " + who);
        return what + certainty(a);
    }

    /** A suggestion's certainty and, when the detector gave one, why it is no surer: ", unsure (0.45): no reporting verb found". */
    public String certainty(Annotation a) {
        if (!a.pending() || a.confidence() == null) {
            return "";
        }
        boolean unsure = a.confidence() < confidentFrom.get();
        return (unsure ? ", unsure (" : ", certainty ") + a.confidence() + (unsure ? ")" : "") + (a.reason() == null ? "" : ": " + a.reason());
    }

    /** Annotations over a char offset, innermost first. */
    public List<Annotation> annotationsAt(int charOffset) {
        if (charOffset < 0 || charOffset >= text.text().length()) {
            return List.of();
        }
        List<Annotation> at = new ArrayList<>(doc.at(text.toCodePoint(charOffset)));
        at.sort(INNERMOST_FIRST);
        return at;
    }

    private static final java.util.Comparator<Annotation> INNERMOST_FIRST = (x, y) -> x.length() != y.length()
            ? Integer.compare(x.length(), y.length()) : Annotation.DOCUMENT_ORDER.compare(y, x);

    // ---- selection


    /** Selects an annotation (null to clear), restyling what the selection leaves and enters. */
    public void select(Annotation a) {
        Annotation before = selected.get();
        Annotation after = a == null ? null : doc.annotation(a.id()).orElse(null);
        if (Objects.equals(before, after)) {
            return;
        }
        selected.set(after);
        restyleSelection(before);
        restyleSelection(after);
    }

    /** Restyles an annotation and the mention it links to (both change look with the selection). */
    private void restyleSelection(Annotation a) {
        if (a == null) {
            return;
        }
        doc.annotation(a.id()).ifPresent(this::fireRestyle);
        if (a.viaId() != null) {
            doc.annotation(a.viaId()).ifPresent(this::fireRestyle);
        }
    }

    /** Selects an annotation by id (from another view); says so when it is not there. */
    public void selectById(String id) {
        doc.annotation(id).ifPresentOrElse(a -> {
            select(a);
            say(describe(a) + ": \"" + excerpt(doc.textOf(a)) + "\"");
        }, () -> say("That annotation is no longer in " + sourcePath.getFileName() + "."));
    }

    /**
     * Selects the annotation at a char offset (the innermost, i.e. shortest, when several
     * overlap); clears the selection where there is none. Returns what was selected.
     */
    public Optional<Annotation> selectAt(int charOffset) {
        List<Annotation> at = annotationsAt(charOffset);
        Annotation pick = at.isEmpty() ? null : at.get(0);
        select(pick);
        if (pick != null) {
            say(describe(pick) + ".");
        }
        return Optional.ofNullable(pick);
    }

    // ---- status

    /** Marks the document done (or back in progress), undoably. */
    public void toggleDone() {
        boolean nowDone = doc.status() == DocumentStatus.DONE;
        if (execute(editor.markDone(!nowDone))) {
            say(nowDone ? "Marked in progress." : "Marked done.");
        }
    }

    // ---- internals


    private void onAnnotationChanged(Annotation before, Annotation after) {
        if (before == null) {
            annotations.add(after);
        } else if (after == null) {
            annotations.remove(before);
        } else {
            int i = annotations.indexOf(before);
            annotations.set(i, after);
        }
        Annotation sel = selected.get();
        if (sel != null && before != null && sel.id().equals(before.id())) {
            selected.set(after);
            if (!Objects.equals(sel.viaId(), after == null ? null : after.viaId())) {
                restyleSelection(sel);
                restyleSelection(after);
            }
        }
        if (before != null) {
            counts.get(before.type()).set(doc.count(before.type()));
            fireRestyle(before);
        }
        if (after != null) {
            counts.get(after.type()).set(doc.count(after.type()));
            fireRestyle(after);
        }
        pendingCount.set(doc.pendingCount());
    }

    private void onEntityChanged(Entity before, Entity after) {
        entityVersion.set(entityVersion.get() + 1);
    }

    /** Asks the views to restyle an annotation's chars. */
    public void fireRestyle(Annotation a) {
        fireRestyle(text.toChar(a.start()), text.toChar(a.end()));
    }

    /** Asks the views to restyle chars {@code [from, to)}. */
    public void fireRestyle(int from, int to) {
        for (RestyleListener l : restyleListeners) {
            l.restyle(from, to);
        }
    }

    public static String excerpt(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 50 ? flat : flat.substring(0, 47) + "…";
    }

    /** Position to remember for this document, in code points. */
    public int codePointOf(int charOffset) {
        return text.toCodePoint(Math.min(charOffset, text.text().length()));
    }

    public int charOf(int codePoint) {
        return text.toChar(Math.min(Math.max(0, codePoint), text.length()));
    }

    /** Orphans kept after the source changed (for the orphans view-model). */
    public List<StoredAnnotation> orphans() {
        return doc.orphans();
    }

    /** Entities and their ids, for pickers. */
    public Map<String, Entity> entitiesById() {
        Map<String, Entity> m = new HashMap<>();
        for (Entity e : doc.entities()) {
            m.put(e.id(), e);
        }
        return m;
    }
}
