package org.attrib.core.batch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong with one input file, told the way the command line prints it:
 * {@code FILE: where: reason}, where {@code where} (a JSON pointer, a line number) may be empty.
 *
 * @param file the file the problem is in
 * @param where where in the file, or empty when the problem is the whole file
 * @param reason what is wrong, in words
 */
public record Problem(Path file, String where, String reason) {

    public Problem {
        Objects.requireNonNull(file, "file");
        where = where == null ? "" : where;
        Objects.requireNonNull(reason, "reason");
    }

    public static Problem of(Path file, String reason) {
        return new Problem(file, "", reason);
    }

    @Override
    public String toString() {
        return file + ": " + (where.isEmpty() ? "" : where + ": ") + reason;
    }
}
