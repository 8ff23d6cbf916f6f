package org.attrib.core.edit;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Entity;

/** Renames a speaker entity or changes its kind. */
public final class UndoableChangeEntity implements UndoableEdit {

    private final AnnotatedDocument document;
    private final Entity before;
    private final Entity after;
    private final String description;

    public UndoableChangeEntity(AnnotatedDocument document, Entity before, Entity after, String description) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a change keeps the id: " + before.id() + " vs " + after.id());
        }
        this.document = document;
        this.before = before;
        this.after = after;
        this.description = description;
    }

    @Override
    public void redo() {
        document.putEntity(after);
    }

    @Override
    public void undo() {
        document.putEntity(before);
    }

    @Override
    public String description() {
        return description;
    }
}
