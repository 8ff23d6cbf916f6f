package org.attrib.core.corpus;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the bundled sample corpus (the repository's {@code annotations/} folder) and its articles. */
public final class SampleCorpus {

    /** System property naming the sample folder explicitly. */
    public static final String PROPERTY = "attrib.sample.dir";

    private SampleCorpus() {
    }

    /**
     * The sample folder: the system property if set, else {@code annotations/} in the working
     * folder, else beside the folder the jar was built into ({@code target/../annotations}).
     */
    public static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            candidates.add(Paths.get(prop));
        }
        candidates.add(Paths.get("annotations"));
        try {
            Path code = Paths.get(SampleCorpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path parent = code.toAbsolutePath().getParent();
            if (parent != null && parent.getParent() != null) {
                candidates.add(parent.getParent().resolve("annotations"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source (unusual class loader): the other candidates remain.
        }
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /** The first article of a folder: its first {@code .txt} file by name, searching subfolders too. */
    public static Optional<Path> firstArticle(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
