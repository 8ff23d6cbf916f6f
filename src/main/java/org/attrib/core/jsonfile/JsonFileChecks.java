package org.attrib.core.jsonfile;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.attrib.core.failure.IoProblems;

/**
 * What reading any of Attrib's JSON files involves before its format's own rules: the file read
 * within a size limit, empty files and git conflict markers caught before parsing, and Jackson's
 * errors turned into the format's exception at Jackson's line and column, in the words of
 * someone editing the file ({@link JsonSyntax}). The words of a problem
 * that only one format has stay with that format.
 */
public final class JsonFileChecks {

    /**
     * How a format words the problems found here.
     *
     * @param conflictAdvice what to do about git conflict markers
     * @param limitHit the problem when a read limit was hit, from the limit in words ({@link JsonSyntax#describeLimit})
     */
    public record Wording(String conflictAdvice, UnaryOperator<String> limitHit) {
    }

    private JsonFileChecks() {
    }

    /** A mapper that reads one JSON value within {@code limits}: a field twice in an object, or content after the value, is an error. */
    public static ObjectMapper strictMapper(StreamReadConstraints limits) {
        return new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * A file's bytes, refusing folders and files over {@code maxBytes} before reading them.
     *
     * @param kind what the file should be, as in "this is a folder, not {@code an annotation file}"
     * @param tooLarge the problem with a file of the given size over {@code maxBytes}
     */
    public static <E extends JsonFileException> byte[] readBytes(Path file, long maxBytes, String kind,
            LongFunction<String> tooLarge, JsonFileException.Factory<E> failure) throws E {
        try {
            if (Files.isDirectory(file)) {
                throw failure.make(file, "", "this is a folder, not " + kind, null);
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw failure.make(file, "", tooLarge.apply(size), null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw failure.make(file, "", "no such file", e);
        } catch (AccessDeniedException e) {
            throw failure.make(file, "", "permission denied: you may not read this file", e);
        } catch (IOException e) {
            throw failure.make(file, "", "cannot read the file (" + IoProblems.reason(e) + ")", e);
        }
    }

    /** Parses a file's content; {@code file} is only used in messages. */
    public static <E extends JsonFileException> JsonNode readTree(ObjectMapper mapper, Path file, byte[] bytes, Wording wording,
            JsonFileException.Factory<E> failure) throws E {
        if (bytes.length == 0) {
            throw failure.make(file, "", "the file is empty (0 bytes); it may have been cut short", null);
        }
        int conflict = conflictMarkerLine(bytes);
        if (conflict > 0) {
            throw failure.make(file, "line " + conflict, "the file holds git merge conflict markers "
                    + "(<<<<<<<, =======, >>>>>>>): " + wording.conflictAdvice(), null);
        }
        try {
            return mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw failure.make(file, location(e), wording.limitHit().apply(JsonSyntax.describeLimit(e)), e);
        } catch (JsonProcessingException e) {
            throw failure.make(file, location(e), JsonSyntax.describe(e), e);
        } catch (IOException e) {
            throw failure.make(file, "", "cannot read the JSON (" + IoProblems.reason(e) + ")", e);
        }
    }

    /** The 1-based line of the first git conflict marker, or 0. */
    static int conflictMarkerLine(byte[] bytes) {
        int line = 1;
        boolean lineStart = true;
        for (int i = 0; i < bytes.length; i++) {
            if (lineStart && (startsWith(bytes, i, "<<<<<<< ") || startsWith(bytes, i, ">>>>>>> "))) {
                return line;
            }
            lineStart = bytes[i] == '\n';
            if (lineStart) {
                line++;
            }
        }
        return 0;
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        if (at + ascii.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String location(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null || loc.getLineNr() < 0 ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

}
