package org.attrib.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The list of edits made to a document, with a cursor for undo and redo and a mark at the state
 * that was last saved. A document is dirty exactly when the cursor is not at the saved mark: undo
 * back to the saved state and it is clean again.
 */
public final class UndoHistory {

    /** Told after every change of the history (execute, undo, redo, save mark). */
    public interface Listener {
        void historyChanged(UndoHistory history);
    }

    private final List<UndoableEdit> edits = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Number of edits currently applied. */
    private int cursor;
    /** Value of {@link #cursor} when the document was last saved; -1 when that state is gone. */
    private int savedAt;
    /** Bumps on every change, so that a save can tell whether edits came after its snapshot. */
    private long version;

    /** Applies the edit and records it; edits that were undone can no longer be redone. */
    public void execute(UndoableEdit edit) {
        if (edit instanceof CompoundEdit c && c.isEmpty()) {
            return;
        }
        edit.redo();
        if (cursor < edits.size()) {
            edits.subList(cursor, edits.size()).clear();
            if (savedAt > cursor) {
                savedAt = -1;
            }
        }
        edits.add(edit);
        cursor++;
        changed();
    }

    public boolean canUndo() {
        return cursor > 0;
    }

    public boolean canRedo() {
        return cursor < edits.size();
    }

    /** Undoes the last applied edit and returns it, or empty when there is none. */
    public Optional<UndoableEdit> undo() {
        if (!canUndo()) {
            return Optional.empty();
        }
        UndoableEdit edit = edits.get(--cursor);
        edit.undo();
        changed();
        return Optional.of(edit);
    }

    /** Redoes the next undone edit and returns it, or empty when there is none. */
    public Optional<UndoableEdit> redo() {
        if (!canRedo()) {
            return Optional.empty();
        }
        UndoableEdit edit = edits.get(cursor++);
        edit.redo();
        changed();
        return Optional.of(edit);
    }

    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(edits.get(cursor - 1).description()) : Optional.empty();
    }

    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(edits.get(cursor).description()) : Optional.empty();
    }

    /** True when the document differs from what was last saved (or loaded). */
    public boolean isDirty() {
        return cursor != savedAt;
    }

    /** A token for the current state; pass it to {@link #markSaved(long)} once that state is on disk. */
    public long version() {
        return version;
    }

    /** Marks the current state as saved. */
    public void markSaved() {
        savedAt = cursor;
        changed();
    }

    /**
     * Marks as saved the state of token {@code savedVersion}, if nothing changed since it was
     * taken; a save that ran in the background while the analyst kept editing leaves the
     * document dirty.
     */
    public boolean markSaved(long savedVersion) {
        if (savedVersion != version) {
            return false;
        }
        markSaved();
        return true;
    }

    /**
     * Says that no state in the history is on disk: the document stays dirty until saved, even
     * after undoing everything (used when re-anchored annotations differ from their file).
     */
    public void forgetSavedState() {
        savedAt = -1;
        changed();
    }

    /** Forgets every edit; the current state becomes the saved one (after loading). */
    public void reset() {
        edits.clear();
        cursor = 0;
        savedAt = 0;
        changed();
    }

    public int size() {
        return edits.size();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void changed() {
        version++;
        for (Listener l : listeners) {
            l.historyChanged(this);
        }
    }
}
