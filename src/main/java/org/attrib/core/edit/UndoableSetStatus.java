package org.attrib.core.edit;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.DocumentStatus;

/** Marks a document done, or not done any more. */
public final class UndoableSetStatus implements UndoableEdit {

    private final AnnotatedDocument document;
    private final DocumentStatus before;
    private final DocumentStatus after;
    private final String description;

    public UndoableSetStatus(AnnotatedDocument document, DocumentStatus before, DocumentStatus after, String description) {
        this.document = document;
        this.before = before;
        this.after = after;
        this.description = description;
    }

    @Override
    public void redo() {
        document.setStatus(after);
    }

    @Override
    public void undo() {
        document.setStatus(before);
    }

    @Override
    public String description() {
        return description;
    }
}
