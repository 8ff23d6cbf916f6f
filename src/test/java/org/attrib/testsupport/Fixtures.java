package org.attrib.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The test corpus in {@code src/test/resources/org/attrib/corpus}: {@code world/voa-...txt} (a
 * news article with quotes, claims and speakers) and {@code unicode.txt} (byte order mark, CRLF
 * line ends, emoji, CJK, combining marks, a quote across a line break), each with its annotation
 * file. Tests copy it into a temporary folder, since commands write beside their inputs.
 */
public final class Fixtures {

    public static final String VOA = "world/voa-2019-12-04-us-mexico-cartel-tools.txt";
    public static final String UNICODE = "unicode.txt";
    private static final List<String> FILES = List.of(
            VOA, "world/voa-2019-12-04-us-mexico-cartel-tools.annotations.json",
            UNICODE, "unicode.annotations.json");

    private Fixtures() {
    }

    /** Copies the corpus into {@code dir}/corpus and returns that folder. */
    public static Path corpus(Path dir) {
        Path root = dir.resolve("corpus");
        try {
            for (String name : FILES) {
                Path target = root.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = Fixtures.class.getResourceAsStream("/org/attrib/corpus/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing test resource " + name);
                    }
                    Files.copy(in, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** A test resource copied into {@code dir} under its file name. */
    public static Path resource(String path, Path dir) {
        Path target = dir.resolve(Path.of(path).getFileName().toString());
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            Files.createDirectories(dir);
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
