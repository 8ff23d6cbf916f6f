package org.attrib.core.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Searching the folders named on a command line, the same way for every command. */
public final class InputFolders {

    private InputFolders() {
    }

    /**
     * The regular files under {@code folder} (recursively) that {@code wanted} accepts, sorted by
     * path; files in hidden folders ({@code .git}) and hidden files are skipped.
     */
    public static List<Path> files(Path folder, Predicate<Path> wanted) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> !isHidden(folder, p) && Files.isRegularFile(p) && wanted.test(p)).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A file's path below a folder, with '/' between folders whatever the platform. */
    public static String relativeName(Path folder, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : folder.relativize(file)) {
            if (!name.isEmpty()) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
