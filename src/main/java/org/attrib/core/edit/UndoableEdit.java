package org.attrib.core.edit;

/** One change to a document that can be undone and redone, in the manner of Swing's UndoableEdit. */
public interface UndoableEdit {

    /** Applies the change (first time and every redo). */
    void redo();

    /** Reverts the change; the document is exactly as before {@link #redo()}. */
    void undo();

    /** What the change did, for menus and the status bar: "Tag quote", "Merge speakers". */
    String description();
}
