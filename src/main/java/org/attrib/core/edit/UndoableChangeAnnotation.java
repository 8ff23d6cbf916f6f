package org.attrib.core.edit;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;

/** Replaces an annotation with a changed copy of the same id: resize, retype, attribute, note. */
public final class UndoableChangeAnnotation implements UndoableEdit {

    private final AnnotatedDocument document;
    private final Annotation before;
    private final Annotation after;
    private final String description;

    public UndoableChangeAnnotation(AnnotatedDocument document, Annotation before, Annotation after, String description) {
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
        document.put(after);
    }

    @Override
    public void undo() {
        document.put(before);
    }

    @Override
    public String description() {
        return description;
    }
}
