package org.attrib.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.attrib.core.text.Hashing;

/** A temporary folder for a check that needs a fresh one for each example, and folder fingerprints. */
public final class TempFolder implements AutoCloseable {

    private final Path dir;

    public TempFolder() {
        try {
            dir = Files.createTempDirectory("attrib-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return dir;
    }

    public Path resolve(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() {
        delete(dir);
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir} with the SHA-256 of its bytes: equal fingerprints mean nothing was written. */
    public static Map<String, String> fingerprint(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted().toList()) {
                String key = dir.relativize(p).toString();
                out.put(key, Files.isRegularFile(p) ? fileFingerprint(p) : Files.isDirectory(p) ? "dir" : "other");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The SHA-256 of a file; for huge (sparse) test files, their size, time and identity instead of reading them. */
    private static String fileFingerprint(Path p) throws IOException {
        long size = Files.size(p);
        if (size > 8L << 20) {
            return "size " + size + " modified " + Files.getLastModifiedTime(p).toInstant() + " key "
                    + Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        }
        return Hashing.sha256(Files.readAllBytes(p)) + " " + size;
    }

    /** A short hex name, for distinct file names within one folder. */
    public static String hex(long v) {
        return HexFormat.of().toHexDigits(v);
    }
}
