package org.attrib.core.edit;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Entity;

/** Removes one speaker entity (its mentions and attributions are changed by sibling edits). */
public final class UndoableRemoveEntity implements UndoableEdit {

    private final AnnotatedDocument document;
    private final Entity entity;

    public UndoableRemoveEntity(AnnotatedDocument document, Entity entity) {
        this.document = document;
        this.entity = entity;
    }

    @Override
    public void redo() {
        document.removeEntity(entity.id());
    }

    @Override
    public void undo() {
        document.putEntity(entity);
    }

    @Override
    public String description() {
        return "Remove speaker " + entity.name();
    }
}
