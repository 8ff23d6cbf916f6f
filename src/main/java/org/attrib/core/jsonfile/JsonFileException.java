package org.attrib.core.jsonfile;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * A JSON file of Attrib's that cannot be used as it is. The message names the file, where in it
 * the problem is (in words, with the JSON pointer, or a line and column) and what is wrong. Each
 * file format has its own subclass, which puts its pointers in its own words.
 */
public abstract class JsonFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String where;
    private final String problem;

    /** Makes a format's exception; its four-argument constructor is one. */
    @FunctionalInterface
    public interface Factory<E extends JsonFileException> {
        E make(Path file, String where, String problem, Throwable cause);
    }

    /**
     * @param where a JSON pointer or "line L, column C"; empty or null when the problem is the whole file
     * @param inWords the format's wording of a non-empty {@code where}, for the message
     */
    protected JsonFileException(Path file, String where, String problem, Throwable cause, UnaryOperator<String> inWords) {
        super(file + (where == null || where.isEmpty() ? "" : ", " + inWords.apply(where)) + ": " + problem, cause);
        this.file = file;
        this.where = where == null ? "" : where;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** A JSON pointer or "line L, column C"; empty when the problem is the whole file. */
    public String where() {
        return where;
    }

    public String problem() {
        return problem;
    }
}
