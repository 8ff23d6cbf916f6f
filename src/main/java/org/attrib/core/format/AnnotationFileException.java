package org.attrib.core.format;

import java.nio.file.Path;

/**
 * An annotation file Attrib cannot use as it is. The message names the file, where in it the
 * problem is (a JSON pointer such as {@code /annotations/3/end}, or a line and column) and what
 * is wrong. A file that raised this is never overwritten or deleted by Attrib.
 */
public final class AnnotationFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String where;
    private final String problem;

    public AnnotationFileException(Path file, String where, String problem) {
        this(file, where, problem, null);
    }

    public AnnotationFileException(Path file, String where, String problem, Throwable cause) {
        super(file + (where == null || where.isEmpty() ? "" : " at " + where) + ": " + problem, cause);
        this.file = file;
        this.where = where;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** A JSON pointer or "line L, column C"; empty when the problem is the whole file. */
    public String where() {
        return where == null ? "" : where;
    }

    public String problem() {
        return problem;
    }
}
