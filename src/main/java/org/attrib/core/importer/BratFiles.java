package org.attrib.core.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attrib.core.batch.InputFolders;
import org.attrib.core.batch.Problem;
import org.attrib.core.failure.IoProblems;

/**
 * Finds brat documents among the inputs of an import: {@code .ann} files, the {@code .txt} files
 * they annotate, and folders (searched recursively, hidden ones skipped). A document is a
 * {@code X.ann} with its {@code X.txt} beside it.
 */
public final class BratFiles {

    public static final String ANN = ".ann";
    public static final String TXT = ".txt";

    /**
     * One brat document.
     *
     * @param ann its annotations
     * @param txt its text
     * @param name the text's path relative to the folder it was found in, or its file name
     */
    public record Document(Path ann, Path txt, String name) {
    }

    /** The documents found, and inputs that named none. */
    public record Found(List<Document> documents, List<Problem> problems) {
    }

    private BratFiles() {
    }

    public static Found find(List<Path> inputs) {
        Map<Path, Document> found = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            String fileName = input.getFileName() == null ? "" : input.getFileName().toString();
            if (Files.isDirectory(input)) {
                List<Path> anns;
                try {
                    anns = InputFolders.files(input, p -> p.getFileName().toString().endsWith(ANN));
                } catch (IOException e) {
                    problems.add(Problem.of(input, "cannot list the folder (" + IoProblems.reason(e) + ")"));
                    continue;
                }
                for (Path ann : anns) {
                    add(ann, InputFolders.relativeName(input, textOf(ann)), found, problems);
                }
            } else if (!Files.exists(input)) {
                problems.add(Problem.of(input, "no such file or folder"));
            } else if (fileName.endsWith(ANN)) {
                add(input, textOf(input).getFileName().toString(), found, problems);
            } else if (fileName.endsWith(TXT)) {
                Path ann = input.resolveSibling(fileName.substring(0, fileName.length() - TXT.length()) + ANN);
                add(ann, fileName, found, problems);
            } else {
                problems.add(Problem.of(input, "not a brat file (" + ANN + " or " + TXT + ") nor a folder"));
            }
        }
        return new Found(new ArrayList<>(found.values()), problems);
    }

    private static void add(Path ann, String name, Map<Path, Document> found, List<Problem> problems) {
        Path txt = textOf(ann);
        if (!Files.isRegularFile(ann)) {
            problems.add(Problem.of(txt, "it has no brat annotations beside it (" + ann.getFileName() + ")"));
        } else if (!Files.isRegularFile(txt)) {
            problems.add(Problem.of(ann, "its text " + txt.getFileName() + " is not beside it"));
        } else {
            found.putIfAbsent(ann.toAbsolutePath().normalize(), new Document(ann, txt, name));
        }
    }

    private static Path textOf(Path ann) {
        String name = ann.getFileName().toString();
        return ann.resolveSibling(name.substring(0, name.length() - ANN.length()) + TXT);
    }
}
