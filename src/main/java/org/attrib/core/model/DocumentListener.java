package org.attrib.core.model;

/**
 * Told of every change to an {@link AnnotatedDocument}, after it happened. A null {@code before}
 * means added, a null {@code after} means removed.
 */
public interface DocumentListener {

    void annotationChanged(Annotation before, Annotation after);

    default void entityChanged(Entity before, Entity after) {
    }

    default void statusChanged(DocumentStatus before, DocumentStatus after) {
    }

    default void orphansChanged() {
    }
}
