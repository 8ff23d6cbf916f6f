package org.attrib.core.corpus;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attrib.core.jsonfile.JsonFileException;

/**
 * A corpus identity file Attrib cannot use as it is. The message names the file, where in it the
 * problem is (in words, with the JSON pointer, or a line and column) and what is wrong. A file
 * that raised this is never overwritten by Attrib.
 */
public final class CorpusIdentityException extends JsonFileException {

    private static final long serialVersionUID = 1L;
    private static final Pattern MEMBER = Pattern.compile("/speakers/(\\d+)(?:/members/(\\d+))?(?:/(.*))?");

    public CorpusIdentityException(Path file, String where, String problem) {
        this(file, where, problem, null);
    }

    public CorpusIdentityException(Path file, String where, String problem, Throwable cause) {
        super(file, where, problem, cause, CorpusIdentityException::describe);
    }

    /** {@code /speakers/2/members/0/entity} becomes {@code speaker 3, member 1, field "entity" (/speakers/2/members/0/entity)}. */
    static String describe(String where) {
        if (!where.startsWith("/")) {
            return where;
        }
        Matcher m = MEMBER.matcher(where);
        String words;
        if (m.matches()) {
            words = "speaker " + (Integer.parseInt(m.group(1)) + 1)
                    + (m.group(2) == null ? "" : ", member " + (Integer.parseInt(m.group(2)) + 1))
                    + (m.group(3) == null ? "" : ", field \"" + m.group(3) + "\"");
        } else {
            words = "field \"" + where.substring(1) + "\"";
        }
        return words + " (" + where + ")";
    }
}
