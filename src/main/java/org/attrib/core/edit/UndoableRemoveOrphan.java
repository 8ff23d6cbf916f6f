package org.attrib.core.edit;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.StoredAnnotation;

/** Removes one orphan. */
public final class UndoableRemoveOrphan implements UndoableEdit {

    private final AnnotatedDocument document;
    private final StoredAnnotation orphan;
    private final String description;

    public UndoableRemoveOrphan(AnnotatedDocument document, StoredAnnotation orphan, String description) {
        this.document = document;
        this.orphan = orphan;
        this.description = description;
    }

    @Override
    public void redo() {
        document.removeOrphan(orphan.annotation().id());
    }

    @Override
    public void undo() {
        document.addOrphan(orphan);
    }

    @Override
    public String description() {
        return description;
    }
}
