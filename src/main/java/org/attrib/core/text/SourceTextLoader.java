package org.attrib.core.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.attrib.core.failure.IoProblems;

/**
 * Reads an article from disk into a {@link SourceText}, refusing anything that is not a UTF-8
 * text file with a message that says which file and what is wrong with it.
 */
public final class SourceTextLoader {

    /** Articles larger than this are refused: 64 MiB is far beyond any news article. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final String PERMISSION_DENIED = "permission denied: you may not read this file "
            + "(ask whoever manages the folder, or copy the article to a folder of your own)";

    private SourceTextLoader() {
    }

    public static SourceText load(Path path) throws SourceTextException {
        byte[] bytes = readBytes(path);
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String raw = decode(path, bytes);
        String text = LineEndings.normalise(raw);
        if (text.isBlank()) {
            throw new SourceTextException(path, "the file holds only white space; there is nothing to annotate");
        }
        return new SourceText(name, text, Hashing.sha256(bytes), CodePointIndex.of(text));
    }

    private static byte[] readBytes(Path path) throws SourceTextException {
        if (Files.isDirectory(path)) {
            throw new SourceTextException(path, "this is a folder, not a text file");
        }
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new SourceTextException(path, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new SourceTextException(path, PERMISSION_DENIED, e);
        } catch (IOException e) {
            throw new SourceTextException(path, "cannot read the file (" + IoProblems.reason(e) + ")", e);
        }
        if (size == 0) {
            throw new SourceTextException(path, "the file is empty; there is nothing to annotate");
        }
        if (size > MAX_BYTES) {
            throw new SourceTextException(path, String.format(
                    "the file is %,d bytes; Attrib opens articles of up to %,d bytes (64 MiB), so this is not likely to be one", size, MAX_BYTES));
        }
        try {
            return Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw new SourceTextException(path, PERMISSION_DENIED, e);
        } catch (IOException e) {
            throw new SourceTextException(path, "cannot read the file (" + IoProblems.reason(e) + ")", e);
        }
    }

    static String decode(Path path, byte[] bytes) throws SourceTextException {
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            throw new SourceTextException(path, "the file is UTF-16; save it as UTF-8 and open it again");
        }
        int nul = indexOfNul(bytes, offset);
        if (nul >= 0) {
            throw new SourceTextException(path, "this looks like a binary file, not text (a NUL byte at byte " + nul + ")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            throw new SourceTextException(path, "not valid UTF-8: byte 0x"
                    + String.format("%02X", bytes[bad] & 0xFF) + " at " + lineAndColumn(bytes, offset, bad)
                    + " (byte " + bad + "); save the file as UTF-8 and open it again");
        }
        try {
            decoder.flush(out);
        } catch (IllegalStateException e) {
            throw new SourceTextException(path, "not valid UTF-8 at the end of the file", e);
        }
        out.flip();
        return out.toString();
    }

    private static String lineAndColumn(byte[] bytes, int from, int position) {
        int line = 1;
        int lineStart = from;
        for (int i = from; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Columns count the characters before the bad byte on its line, decoded leniently.
        String before = new String(bytes, lineStart, position - lineStart, StandardCharsets.UTF_8);
        return "line " + line + ", column " + (before.codePointCount(0, before.length()) + 1);
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
