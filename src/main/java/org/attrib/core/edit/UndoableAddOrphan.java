package org.attrib.core.edit;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.StoredAnnotation;

/** Adds one orphan (an annotation kept with its text but not placed in the source). */
public final class UndoableAddOrphan implements UndoableEdit {

    private final AnnotatedDocument document;
    private final StoredAnnotation orphan;
    private final String description;

    public UndoableAddOrphan(AnnotatedDocument document, StoredAnnotation orphan, String description) {
        this.document = document;
        this.orphan = orphan;
        this.description = description;
    }

    @Override
    public void redo() {
        document.addOrphan(orphan);
    }

    @Override
    public void undo() {
        document.removeOrphan(orphan.annotation().id());
    }

    @Override
    public String description() {
        return description;
    }
}
