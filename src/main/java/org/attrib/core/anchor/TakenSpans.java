package org.attrib.core.anchor;

/** Which spans of a text are taken by other annotations, for an annotation placed again elsewhere. */
@FunctionalInterface
public interface TakenSpans {

    /** Whether code points {@code [start, end)} are taken. */
    boolean taken(int start, int end);
}
