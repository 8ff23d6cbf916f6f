package org.attrib.core.edit;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;

/** Removes one annotation. */
public final class UndoableRemoveAnnotation implements UndoableEdit {

    private final AnnotatedDocument document;
    private final Annotation annotation;
    private final String description;

    public UndoableRemoveAnnotation(AnnotatedDocument document, Annotation annotation, String description) {
        this.document = document;
        this.annotation = annotation;
        this.description = description;
    }

    @Override
    public void redo() {
        document.remove(annotation.id());
    }

    @Override
    public void undo() {
        document.put(annotation);
    }

    @Override
    public String description() {
        return description;
    }
}
