package org.attrib.core.format;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An annotation file Attrib cannot use as it is. The message names the file, where in it the
 * problem is (in words, with the JSON pointer such as {@code /annotations/3/end}, or a line and
 * column) and what is wrong. A file that raised this is never overwritten or deleted by Attrib.
 */
public final class AnnotationFileException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final Pattern LISTED = Pattern.compile("/(annotations|orphans|entities)/(\\d+)(?:/(.*))?");

    private final transient Path file;
    private final String where;
    private final String problem;

    public AnnotationFileException(Path file, String where, String problem) {
        this(file, where, problem, null);
    }

    public AnnotationFileException(Path file, String where, String problem, Throwable cause) {
        super(file + (where == null || where.isEmpty() ? "" : ", " + describe(where)) + ": " + problem, cause);
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

    /**
     * A JSON pointer in words, keeping the pointer for whoever opens the file in an editor:
     * {@code /annotations/3/end} becomes {@code annotation 4, field "end" (/annotations/3/end)}.
     */
    static String describe(String where) {
        if (!where.startsWith("/")) {
            return where;
        }
        Matcher m = LISTED.matcher(where);
        String words;
        if (m.matches()) {
            String item = switch (m.group(1)) {
                case "annotations" -> "annotation ";
                case "orphans" -> "orphan ";
                default -> "speaker entity ";
            };
            words = item + (Integer.parseInt(m.group(2)) + 1) + (m.group(3) == null ? "" : ", field \"" + m.group(3) + "\"");
        } else if (where.startsWith("/source/")) {
            words = "source, field \"" + where.substring("/source/".length()) + "\"";
        } else {
            words = "field \"" + where.substring(1) + "\"";
        }
        return words + " (" + where + ")";
    }
}
