package org.attrib.core.jsonfile;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.attrib.core.text.Excerpt;

/**
 * Field checks for a JSON file read as a tree: each fails with the format's exception at the
 * field's JSON pointer ({@code at} is the pointer of the object holding the field).
 */
public final class JsonFields<E extends JsonFileException> {

    private final Path file;
    private final JsonFileException.Factory<E> failure;

    /** @param file only used in messages */
    public JsonFields(Path file, JsonFileException.Factory<E> failure) {
        this.file = file;
        this.failure = failure;
    }

    /** The problem at a JSON pointer, to throw. */
    public E fail(String at, String problem) {
        return failure.make(file, at, problem, null);
    }

    /**
     * Checks the top of a file: an object whose {@code "format"} is {@code format}. Returns its
     * {@code "version"}, a whole number; which versions are read is the format's to say.
     *
     * @param fileKind what the file should be, such as "an Attrib annotation file"
     */
    public int formatVersion(JsonNode root, String format, String fileKind) throws E {
        if (root == null || !root.isObject()) {
            throw fail("", "the file is not a JSON object, so it is not " + fileKind);
        }
        JsonNode f = root.get("format");
        if (f == null || !f.isTextual() || !format.equals(f.asText())) {
            throw fail("/format", "not " + fileKind + ": \"format\" should be \"" + format + "\"");
        }
        JsonNode v = root.get("version");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw fail("/version", "the file format version is missing or not a whole number");
        }
        return v.asInt();
    }

    public void onlyFields(JsonNode n, String at, Set<String> allowed) throws E {
        onlyFields(n, at, allowed, "");
    }

    /** @param qualifier said after "unknown field "x"", such as " for format version 1" */
    public void onlyFields(JsonNode n, String at, Set<String> allowed, String qualifier) throws E {
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw fail(at + "/" + name, "unknown field " + Excerpt.quoted(name) + qualifier);
            }
        }
    }

    /** The field's value; absent and null are both missing. */
    public JsonNode required(JsonNode n, String field, String at) throws E {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw fail(at + "/" + field, "missing field \"" + field + "\"");
        }
        return v;
    }

    public JsonNode object(JsonNode n, String field, String at) throws E {
        JsonNode v = required(n, field, at);
        if (!v.isObject()) {
            throw fail(at + "/" + field, "\"" + field + "\" must be a JSON object");
        }
        return v;
    }

    public JsonNode array(JsonNode n, String field, String at) throws E {
        JsonNode v = required(n, field, at);
        if (!v.isArray()) {
            throw fail(at + "/" + field, "\"" + field + "\" must be a JSON array");
        }
        return v;
    }

    public String text(JsonNode n, String field, String at) throws E {
        JsonNode v = required(n, field, at);
        if (!v.isTextual()) {
            throw fail(at + "/" + field, "\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    /** The text, or null when the field is absent or null. */
    public String optionalText(JsonNode n, String field, String at) throws E {
        return n.has(field) && !n.get(field).isNull() ? text(n, field, at) : null;
    }

    /** A whole number from 0 to {@link Integer#MAX_VALUE}. */
    public int integer(JsonNode n, String field, String at) throws E {
        JsonNode v = required(n, field, at);
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
            throw fail(at + "/" + field, "\"" + field + "\" must be a whole number from 0 to " + Integer.MAX_VALUE
                    + ", not " + v);
        }
        return v.asInt();
    }

    /** A number from {@code min} to {@code max}, whole or not. */
    public double numberBetween(JsonNode n, String field, String at, double min, double max) throws E {
        JsonNode v = required(n, field, at);
        if (!v.isNumber() || !(v.asDouble() >= min && v.asDouble() <= max)) {
            throw fail(at + "/" + field, "\"" + field + "\" must be a number from " + plain(min) + " to " + plain(max)
                    + ", not " + v);
        }
        return v.asDouble();
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    public boolean bool(JsonNode n, String field, String at) throws E {
        JsonNode v = required(n, field, at);
        if (!v.isBoolean()) {
            throw fail(at + "/" + field, "\"" + field + "\" must be true or false");
        }
        return v.asBoolean();
    }
}
