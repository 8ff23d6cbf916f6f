package org.attrib.ui.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.edit.UndoableEdit;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.io.FileStamp;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentListener;
import org.attrib.core.tagging.SpanAdjuster;
import org.attrib.core.text.SourceText;
import org.attrib.ui.article.Highlight;
import org.attrib.ui.article.HighlightStyler;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Everything the window shows of one open document, as JavaFX properties, and every action the
 * analyst takes on it. The only class of the window that touches the document model: views bind
 * to its properties and call its actions, in UTF-16 offsets; it converts to code points.
 *
 * <p>Lives on the JavaFX thread. File I/O runs on {@code background}; results come back through
 * {@code fxThread}.
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
    private final UndoHistory history = new UndoHistory();
    private final AnnotationEditor editor;
    private final Executor background;
    private final Executor fxThread;
    private final boolean readOnly;
    private FileStamp stamp;

    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Annotation> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Map<AnnotationType, IntegerProperty> counts = new EnumMap<>(AnnotationType.class);
    private final ObjectProperty<Boolean> snapToWords = new SimpleObjectProperty<>(this, "snapToWords", Boolean.TRUE);
    private final List<RestyleListener> restyleListeners = new CopyOnWriteArrayList<>();
    private boolean saving;

    public DocumentViewModel(DocumentFiles.Opened opened, boolean readOnly, Executor background, Executor fxThread) {
        this.sourcePath = opened.source();
        this.annotationFile = opened.annotationFile();
        this.doc = opened.document();
        this.text = doc.source();
        this.stamp = opened.stamp();
        this.readOnly = readOnly;
        this.background = background;
        this.fxThread = fxThread;
        this.editor = new AnnotationEditor(doc);
        for (AnnotationType t : AnnotationType.values()) {
            counts.put(t, new SimpleIntegerProperty(this, t.id() + "Count", doc.count(t)));
        }
        annotations.setAll(doc.annotations());
        doc.addListener(new DocumentListener() {
            @Override
            public void annotationChanged(Annotation before, Annotation after) {
                onAnnotationChanged(before, after);
            }
        });
        history.addListener(h -> historyChanged());
        if (opened.report().sourceChanged()) {
            // Re-anchored annotations differ from the file until the analyst saves.
            history.forgetSavedState();
        }
        historyChanged();
    }

    // ---- what the view shows

    public String text() {
        return text.text();
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
        return FXCollections.unmodifiableObservableList(annotations);
    }

    public ReadOnlyObjectProperty<Annotation> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Annotation getSelected() {
        return selected.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** The latest thing worth telling the analyst, for the status bar. */
    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty countProperty(AnnotationType type) {
        return counts.get(type);
    }

    /** Whether tagging grows a selection to whole words (a preference; a modifier key overrides). */
    public ObjectProperty<Boolean> snapToWordsProperty() {
        return snapToWords;
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

    /** Style spans for chars {@code [fromChar, toChar)}, from the annotations over them. */
    public StyleSpans<Collection<String>> styleSpans(int fromChar, int toChar) {
        int from = text.toCodePoint(fromChar);
        int to = Math.max(from + 1, text.toCodePoint(toChar));
        List<Highlight> highlights = new ArrayList<>();
        Annotation sel = selected.get();
        for (Annotation a : doc.overlapping(from, Math.min(to, text.length()))) {
            int s = text.toChar(a.start());
            int e = text.toChar(a.end());
            highlights.add(new Highlight(s, e, styleClass(a)));
            if (sel != null && sel.id().equals(a.id())) {
                highlights.add(new Highlight(s, e, "selected"));
            }
        }
        return HighlightStyler.spans(highlights, fromChar, toChar);
    }

    /** The style class an annotation's chars get: its type, or its type plus "-pending" for a suggestion. */
    public static String styleClass(Annotation a) {
        return a.pending() ? a.type().id() + "-pending" : a.type().id();
    }

    // ---- actions

    /**
     * What a type key does: with a selection, tags it; with none but a selected annotation of
     * another type, retypes that. Returns the annotation tagged or retyped.
     */
    public Optional<Annotation> typeKey(AnnotationType type, int selStart, int selEnd, boolean exact) {
        if (selStart != selEnd) {
            return tag(type, selStart, selEnd, exact);
        }
        Annotation sel = selected.get();
        if (sel == null) {
            say("Nothing is selected: select some text, then press " + type.key() + " to tag it as a " + type.id() + ".");
            return Optional.empty();
        }
        if (sel.type() == type) {
            say("That is already a " + type.id() + ".");
            return Optional.of(sel);
        }
        if (!editable()) {
            return Optional.empty();
        }
        execute(editor.retype(sel, type));
        Annotation after = doc.annotation(sel.id()).orElseThrow();
        select(after);
        say("Changed the " + sel.type().id() + " into a " + type.id() + ".");
        return Optional.of(after);
    }

    /**
     * Tags chars {@code [selStart, selEnd)} as {@code type}, trimmed of white space and (unless
     * {@code exact} or the preference says otherwise) grown to whole words. The new annotation
     * becomes the selected one.
     */
    public Optional<Annotation> tag(AnnotationType type, int selStart, int selEnd, boolean exact) {
        if (!editable()) {
            return Optional.empty();
        }
        boolean snap = !exact && Boolean.TRUE.equals(snapToWords.get());
        Optional<SpanAdjuster.Span> span = SpanAdjuster.forSelection(text, selStart, selEnd, snap);
        if (span.isEmpty()) {
            say(selStart == selEnd
                    ? "Nothing is selected: select some text, then press " + type.key() + " to tag it as a " + type.id() + "."
                    : "The selection holds only white space; nothing was tagged.");
            return Optional.empty();
        }
        AnnotationEditor.Tagging tagging = editor.tag(type, span.get().start(), span.get().end());
        execute(tagging.edit());
        Annotation created = tagging.annotation();
        select(created);
        say("Tagged " + type.id() + " \"" + excerpt(doc.textOf(created)) + "\".");
        return Optional.of(created);
    }

    /** Deletes the selected annotation. */
    public boolean deleteSelected() {
        Annotation sel = selected.get();
        if (sel == null) {
            say("No annotation is selected: click one, or pick it in the list, then press Delete.");
            return false;
        }
        if (!editable()) {
            return false;
        }
        execute(editor.delete(sel));
        say("Deleted " + sel.type().id() + " \"" + excerpt(doc.textOf(sel)) + "\".");
        return true;
    }

    public void undo() {
        history.undo().ifPresentOrElse(e -> say("Undid: " + e.description() + "."), () -> say("Nothing to undo."));
    }

    public void redo() {
        history.redo().ifPresentOrElse(e -> say("Redid: " + e.description() + "."), () -> say("Nothing to redo."));
    }

    /** Selects an annotation (null to clear), restyling what the selection leaves and enters. */
    public void select(Annotation a) {
        Annotation before = selected.get();
        Annotation after = a == null ? null : doc.annotation(a.id()).orElse(null);
        if (before == null ? after == null : before.equals(after)) {
            return;
        }
        selected.set(after);
        if (before != null && doc.annotation(before.id()).isPresent()) {
            fireRestyle(before);
        }
        if (after != null) {
            fireRestyle(after);
        }
    }

    /**
     * Selects the annotation at a char offset (the innermost, i.e. shortest, when several
     * overlap); clears the selection where there is none. Returns what was selected.
     */
    public Optional<Annotation> selectAt(int charOffset) {
        if (charOffset >= text.text().length()) {
            select(null);
            return Optional.empty();
        }
        Optional<Annotation> innermost = doc.at(text.toCodePoint(charOffset)).stream()
                .min((x, y) -> x.length() != y.length() ? Integer.compare(x.length(), y.length())
                        : Annotation.DOCUMENT_ORDER.compare(y, x));
        select(innermost.orElse(null));
        return innermost;
    }

    // ---- saving

    /** Saves in the background; the save state follows. Does nothing while a save runs. */
    public void save() {
        if (readOnly) {
            say("This document is open read-only; its annotation file is not written.");
            return;
        }
        if (saving) {
            return;
        }
        saving = true;
        DocumentSnapshot snapshot = DocumentSnapshot.of(doc);
        long version = history.version();
        saveState.set(SaveState.SAVING);
        background.execute(() -> {
            try {
                FileStamp written = DocumentFiles.save(snapshot, annotationFile);
                fxThread.execute(() -> saved(version, written));
            } catch (Exception e) {
                fxThread.execute(() -> saveFailed(e));
            }
        });
    }

    private void saved(long version, FileStamp written) {
        saving = false;
        stamp = written;
        history.markSaved(version);
        historyChanged();
        say("Saved " + annotationFile.getFileName() + ".");
    }

    private void saveFailed(Exception e) {
        saving = false;
        saveState.set(SaveState.FAILED);
        say("Could not save " + annotationFile + ": " + e.getMessage() + ". Your annotations are still here; "
                + "free some space or fix the folder's permissions and save again.");
    }

    public FileStamp stamp() {
        return stamp;
    }

    // ---- internals

    private boolean editable() {
        if (readOnly) {
            say("This document is open read-only: its annotation file could not be read.");
            return false;
        }
        return true;
    }

    private void execute(UndoableEdit edit) {
        history.execute(edit);
    }

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
        }
        if (before != null) {
            counts.get(before.type()).set(doc.count(before.type()));
            fireRestyle(before);
        }
        if (after != null) {
            counts.get(after.type()).set(doc.count(after.type()));
            fireRestyle(after);
        }
    }

    private void fireRestyle(Annotation a) {
        int from = text.toChar(a.start());
        int to = text.toChar(a.end());
        for (RestyleListener l : restyleListeners) {
            l.restyle(from, to);
        }
    }

    private void historyChanged() {
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        String name = sourcePath.getFileName().toString();
        title.set(name + (history.isDirty() ? "*" : "") + (readOnly ? " (read-only)" : "") + " — Attrib");
        if (readOnly) {
            saveState.set(SaveState.READ_ONLY);
        } else if (!saving) {
            saveState.set(history.isDirty() ? SaveState.UNSAVED : SaveState.SAVED);
        }
    }

    private void say(String s) {
        message.set(s);
    }

    private static String excerpt(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 50 ? flat : flat.substring(0, 47) + "…";
    }
}
