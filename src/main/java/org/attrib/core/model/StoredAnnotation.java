package org.attrib.core.model;

/**
 * An annotation as a file records it (and as an orphan keeps it): the annotation, and the text it covered with some text
 * before and after it when it was saved, so that it can be found again if the source changes.
 */
public record StoredAnnotation(Annotation annotation, String text, String prefix, String suffix) {
}
