package org.attrib.core.export;

import org.attrib.core.format.AnnotationFormat;

/** Names and sizes the per-file exports share. */
final class ExportPaths {

    /** Code points of context around a quoted span, as annotation files store them. */
    static final int CONTEXT = AnnotationFormat.CONTEXT;

    private ExportPaths() {
    }

    /** A document name without its last extension: {@code world/story.txt -> world/story}. */
    static String stem(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
