package org.attrib.core.text;

import java.nio.file.Path;

/** A source text Attrib refuses to open; the message names the file and the problem. */
public final class SourceTextException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    public SourceTextException(Path file, String problem) {
        this(file, problem, null);
    }

    public SourceTextException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
