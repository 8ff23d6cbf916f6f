package org.attrib.core.format;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attrib.core.jsonfile.JsonFileException;

/**
 * An annotation file Attrib cannot use as it is. The message names the file, where in it the
 * problem is (in words, with the JSON pointer such as {@code /annotations/3/end}, or a line and
 * column) and what is wrong. A file that raised this is never overwritten or deleted by Attrib.
 */
public final class AnnotationFileException extends JsonFileException {

    private static final long serialVersionUID = 1L;
    private static final Pattern LISTED = Pattern.compile("/(annotations|orphans|entities)/(\\d+)(?:/(.*))?");

    public AnnotationFileException(Path file, String where, String problem) {
        this(file, where, problem, null);
    }

    public AnnotationFileException(Path file, String where, String problem, Throwable cause) {
        super(file, where, problem, cause, AnnotationFileException::describe);
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
