package org.attrib.ui.document;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.attrib.core.edit.UndoHistory;

/**
 * The open document's undo history as the window shows it: whether there is anything to undo or
 * redo and what, whether the document differs from what was saved (the history's saved mark, the
 * one source of "unsaved"), and the window title that says so.
 */
public final class HistoryViewModel {

    private final UndoHistory history = new UndoHistory();
    private final String fileName;
    private final boolean readOnly;
    private final Consumer<String> say;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private Runnable onChange = () -> { };

    HistoryViewModel(Path source, boolean readOnly, Consumer<String> say) {
        this.fileName = source.getFileName().toString();
        this.readOnly = readOnly;
        this.say = say;
        history.addListener(h -> refresh());
        refresh();
    }

    /** The history itself, for the document (which runs edits through it) and saving (which marks it). */
    UndoHistory undoHistory() {
        return history;
    }

    /** Run after every change of the history, once the properties show it (saving follows it). */
    void onChange(Runnable r) {
        onChange = r;
    }

    public void undo() {
        history.undo().ifPresentOrElse(e -> say.accept("Undid: " + e.description() + "."), () -> say.accept("Nothing to undo."));
    }

    public void redo() {
        history.redo().ifPresentOrElse(e -> say.accept("Redid: " + e.description() + "."), () -> say.accept("Nothing to redo."));
    }

    /** Goes up with every change of the history (an edit, an undo, a redo). */
    public long version() {
        return history.version();
    }

    /** Whether the document differs from what was last saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Ctrl+Z would undo ("Rename speaker to …"), empty when nothing. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** What Ctrl+Shift+Z would redo, empty when nothing. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** The window title: the file's name, a star when unsaved, and whether it is read-only. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Shows the history's state again (after saving moved the saved mark). */
    void refresh() {
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoDescription.set(history.undoDescription().orElse(""));
        redoDescription.set(history.redoDescription().orElse(""));
        title.set(fileName + (history.isDirty() ? "*" : "") + (readOnly ? " (read-only)" : "") + " — Attrib");
        onChange.run();
    }
}
