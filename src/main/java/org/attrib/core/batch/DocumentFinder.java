package org.attrib.core.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.io.IoProblems;

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

    private DocumentFinder() {
    }

    public static Found find(List<Path> inputs) {
        DocumentFinder finder = new DocumentFinder();
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
        Path other = byName.putIfAbsent(name, key);
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
     * The article an annotation file belongs to: the file it names as its source, beside it, or
     * else {@code stem.txt}. Only the source's name is read here; checking the file is the
     * commands' business.
     */
    static Path sourceOf(Path annotationFile) {
        String name = annotationFile.getFileName().toString();
        String fallback = name.substring(0, name.length() - AnnotationFormat.SUFFIX.length()) + TEXT_SUFFIX;
        String recorded = recordedSourceName(annotationFile);
        if (recorded != null && !recorded.isBlank() && !recorded.contains("/") && !recorded.contains("\\")
                && !recorded.equals("..") && !recorded.equals(".")) {
            return annotationFile.resolveSibling(recorded);
        }
        return annotationFile.resolveSibling(fallback);
    }

    /** The value of {@code /source/file}, read leniently and without loading the whole file; null if absent. */
    private static String recordedSourceName(Path annotationFile) {
        try (InputStream in = Files.newInputStream(annotationFile);
                JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("source".equals(field) && value == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = p.currentName();
                        JsonToken v = p.nextToken();
                        if ("file".equals(inner) && v == JsonToken.VALUE_STRING) {
                            return p.getText();
                        }
                        p.skipChildren();
                    }
                    return null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
