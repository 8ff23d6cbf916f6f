package org.attrib.core.format;

import java.util.List;

import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;

/**
 * The parsed, structurally valid content of an annotation file, not yet checked against a
 * source text.
 *
 * @param version the format version the file was written in
 * @param source what the file says about its source
 * @param status the analyst's progress on the document
 * @param entities speaker entities
 * @param annotations annotations placed in the text
 * @param orphans annotations that could not be placed in a changed source, kept with their text
 */
public record AnnotationFileContent(
        int version,
        SourceRecord source,
        DocumentStatus status,
        List<Entity> entities,
        List<StoredAnnotation> annotations,
        List<StoredAnnotation> orphans) {

    public AnnotationFileContent {
        entities = List.copyOf(entities);
        annotations = List.copyOf(annotations);
        orphans = List.copyOf(orphans);
    }
}
