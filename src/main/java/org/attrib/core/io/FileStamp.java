package org.attrib.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.attrib.core.text.Hashing;

/**
 * What an annotation file held when Attrib last read or wrote it, to notice when someone else
 * (another analyst, a {@code git pull}) changed it since.
 *
 * @param exists whether there was a file
 * @param sha256 hex SHA-256 of its bytes, or empty
 */
public record FileStamp(boolean exists, String sha256) {

    public static final FileStamp ABSENT = new FileStamp(false, "");

    public static FileStamp of(byte[] content) {
        return new FileStamp(true, Hashing.sha256(content));
    }

    /** Reads the file as it is now. */
    public static FileStamp read(Path file) throws IOException {
        try {
            return of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }
}
