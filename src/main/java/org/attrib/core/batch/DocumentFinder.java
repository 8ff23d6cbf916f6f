package org.attrib.core.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.failure.IoProblems;

/**
 * Finds the articles that batch commands work on, from what the user named: article files
 * ({@code .txt}), annotation files ({@code .annotations.json}, standing for the article beside
 * them) and folders (searched recursively, hidden ones skipped). Each article is listed once, in
 * the order given and by path within a folder.
 */
public final class DocumentFinder {

    public static final String TEXT_SUFFIX = ".txt";

    /** The articles found, and the inputs that named nothing usable. */
    public record Found(List<DocumentRef> documents, List<Problem> problems) {
        public Found {
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }
    }

    private final Map<Path, DocumentRef> bySource = new LinkedHashMap<>();
    private final Map<String, Path> byName = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final boolean distinctNames;

    private DocumentFinder(boolean distinctNames) {
        this.distinctNames = distinctNames;
    }

    /** Every article the inputs name, two of one name in two folders included. */
    public static Found find(List<Path> inputs) {
        return find(inputs, false);
    }

    /**
     * The articles the inputs name; with {@code distinctNames}, an article whose name (its path
     * within the folder named) another already has is left out and reported: what lays out files
     * by those names, an export, would write both to one place.
     */
    public static Found find(List<Path> inputs, boolean distinctNames) {
        DocumentFinder finder = new DocumentFinder(distinctNames);
        for (Path input : inputs) {
            finder.add(input);
        }
        return new Found(new ArrayList<>(finder.bySource.values()), finder.problems);
    }

    private void add(Path input) {
        if (Files.isDirectory(input)) {
            addFolder(input);
        } else if (!Files.exists(input)) {
            problems.add(Problem.of(input, "no such file or folder"));
        } else if (isAnnotationFile(input)) {
            addDocument(sourceOf(input), input, input.getFileName().toString(), input);
        } else if (isText(input)) {
            addDocument(input, AnnotationFormat.annotationFileFor(input), input.getFileName().toString(), input);
        } else {
            problems.add(Problem.of(input, "not an article (" + TEXT_SUFFIX + ") nor an annotation file ("
                    + AnnotationFormat.SUFFIX + ")"));
        }
    }

    private void addFolder(Path folder) {
        List<Path> files;
        try {
            files = InputFolders.files(folder, p -> isText(p) || isAnnotationFile(p));
        } catch (IOException e) {
            problems.add(Problem.of(folder, "cannot list the folder (" + IoProblems.reason(e) + ")"));
            return;
        }
        for (Path p : files) {
            Path source = isAnnotationFile(p) ? sourceOf(p) : p;
            Path annotations = isAnnotationFile(p) ? p : AnnotationFormat.annotationFileFor(p);
            addDocument(source, annotations, InputFolders.relativeName(folder, source), p);
        }
    }

    private void addDocument(Path source, Path annotationFile, String name, Path named) {
        Path key = source.toAbsolutePath().normalize();
        if (bySource.containsKey(key)) {
            return;
        }
        Path other = distinctNames ? byName.putIfAbsent(name, key) : null;
        if (other != null) {
            problems.add(Problem.of(named, "another input, " + other + ", has the same name \"" + name
                    + "\"; their exports would overwrite each other, so this one is left out (name its folder instead)"));
            return;
        }
        bySource.put(key, new DocumentRef(source, annotationFile, name));
    }

    static boolean isAnnotationFile(Path p) {
        return p.getFileName() != null && p.getFileName().toString().endsWith(AnnotationFormat.SUFFIX);
    }

    static boolean isText(Path p) {
        return p.getFileName() != null && p.getFileName().toString().endsWith(TEXT_SUFFIX);
    }

    /**
     * The article an annotation file belongs to: {@code story.txt} beside
     * {@code story.annotations.json}. The name the file records ({@code source.file}) is never
     * followed to a file; it is checked against this article's name when the file is read.
     */
    public static Path sourceOf(Path annotationFile) {
        String name = annotationFile.getFileName().toString();
        return annotationFile.resolveSibling(name.substring(0, name.length() - AnnotationFormat.SUFFIX.length()) + TEXT_SUFFIX);
    }
}
