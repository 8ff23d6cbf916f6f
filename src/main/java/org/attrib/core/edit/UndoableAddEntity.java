package org.attrib.core.edit;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Entity;

/** Adds one speaker entity. */
public final class UndoableAddEntity implements UndoableEdit {

    private final AnnotatedDocument document;
    private final Entity entity;

    public UndoableAddEntity(AnnotatedDocument document, Entity entity) {
        this.document = document;
        this.entity = entity;
    }

    @Override
    public void redo() {
        document.putEntity(entity);
    }

    @Override
    public void undo() {
        document.removeEntity(entity.id());
    }

    @Override
    public String description() {
        return "Add speaker " + entity.name();
    }
}
