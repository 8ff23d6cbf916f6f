package org.attrib.core.format;

import java.nio.file.Path;

/** Constants and naming rules of Attrib's annotation file format (see docs/format.md). */
public final class AnnotationFormat {

    /** The value of the top-level {@code format} field. */
    public static final String NAME = "attrib-annotations";
    /** The version this build writes. */
    public static final int VERSION = 2;
    /** The oldest version this build reads. */
    public static final int OLDEST_READABLE = 1;
    /** Code points of context stored before and after each annotation. */
    public static final int CONTEXT = 32;
    /** Annotation files larger than this are refused before they are parsed. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;
    public static final String SUFFIX = ".annotations.json";
    /** Where the JSON Schema lives on the class path. */
    public static final String SCHEMA_RESOURCE = "/org/attrib/core/format/attrib-annotations.schema.json";

    private AnnotationFormat() {
    }

    /** {@code story.txt -> story.annotations.json}, beside it: the name without its last extension. */
    public static Path annotationFileFor(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return source.resolveSibling(stem + SUFFIX);
    }
}
