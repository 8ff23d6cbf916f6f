package org.attrib.core.edit;

import java.util.List;

/** Several edits that undo and redo as one. */
public final class CompoundEdit implements UndoableEdit {

    private final String description;
    private final List<UndoableEdit> edits;

    public CompoundEdit(String description, List<? extends UndoableEdit> edits) {
        this.description = description;
        this.edits = List.copyOf(edits);
    }

    @Override
    public void redo() {
        for (UndoableEdit e : edits) {
            e.redo();
        }
    }

    @Override
    public void undo() {
        for (int i = edits.size() - 1; i >= 0; i--) {
            edits.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    public List<UndoableEdit> edits() {
        return edits;
    }
}
