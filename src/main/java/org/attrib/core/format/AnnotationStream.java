package org.attrib.core.format;

import java.util.List;

import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;

/**
 * What the fast reader has read of an annotation file so far, for a binder that places the
 * annotations on the text while the rest of the file is read. Called on the reading thread. A
 * file that ends up refused, or read again by the tree reader, makes all of it void: the
 * receiver compares what it got with the content the read returns ({@link DocumentBinder.Early}).
 */
public interface AnnotationStream {

    /**
     * The annotations are about to come, after the source's hash and the entities. Not called
     * when the file lists the annotations before either (not as Attrib writes it).
     */
    void begin(String sourceSha256, List<Entity> entities, int expectedAnnotations);

    /** The next annotations of the file's {@code annotations} list, in file order. */
    void annotations(List<StoredAnnotation> batch);
}
