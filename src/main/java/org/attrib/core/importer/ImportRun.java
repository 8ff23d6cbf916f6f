package org.attrib.core.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.attrib.core.batch.Problem;
import org.attrib.core.batch.RunListener;
import org.attrib.core.export.W3cIris;
import org.attrib.core.failure.IoProblems;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.jsonfile.JsonSyntax;
import org.attrib.core.text.Excerpt;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/**
 * Importing brat standoff or W3C Web Annotation files as articles with Attrib annotation files in
 * a folder: the use case that {@code attrib import} and the window's File > Import… both run, so
 * that both map labels alike and report the same problems. What cannot be used (a line, an
 * annotation, an article) is told through {@link RunListener} and the rest imported; an I/O error
 * writing the folder ends the import.
 */
public final class ImportRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Where imported articles go.
     *
     * @param out the folder for the articles and their annotation files
     * @param force replace annotation files already there (the old ones are kept as .bak)
     * @param howToReplace how the analyst asks for that, in the caller's words ("use --force to replace it")
     */
    public record Target(Path out, boolean force, String howToReplace) {
    }

    /** What was imported, and where. */
    public record Summary(int imported, int annotations, int problems, Path out) {
        public String describe() {
            return "imported " + imported + (imported == 1 ? " article" : " articles") + " (" + annotations
                    + " annotations) into " + out + (problems > 0 ? "; " + problems + " lines or files could not be used" : "");
        }
    }

    /** The import failed part way: the folder could not be written. */
    public static final class ImportFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        ImportFailedException(Path input, Path out, IOException cause) {
            super("cannot import " + input + " into " + out + " (" + IoProblems.reason(cause) + ")", cause);
        }
    }

    private ImportRun() {
    }

    /** Imports brat documents ({@code .ann} files, their {@code .txt} files, or folders searched recursively). */
    public static Summary brat(List<Path> paths, BratMapping mapping, Target target, RunListener listener) throws ImportFailedException {
        Counting run = new Counting(target, listener);
        BratFiles.Found found = BratFiles.find(paths);
        found.problems().forEach(run::problem);
        List<BratFiles.Document> docs = found.documents();
        for (int i = 0; i < docs.size(); i++) {
            BratFiles.Document d = docs.get(i);
            listener.next(i, docs.size(), d.name());
            run.attempt(d.ann(), () -> {
                BratImporter.Result result = BratImporter.importFiles(d.ann(), d.txt(), mapping);
                result.problems().forEach(run::problem);
                result.notes().forEach(n -> listener.warning(d.ann() + ": " + n));
                run.save(d.name(), d.txt(), result.snapshot());
            });
        }
        return run.summary();
    }

    /**
     * Imports Web Annotation files as Attrib exports them ({@code .jsonld}, {@code .json}, or
     * {@code .jsonl} with one annotation per line). Each annotation's target names its article
     * below {@code baseIri}; the article is read from {@code texts}, or from each file's folder
     * when {@code texts} is null.
     */
    public static Summary w3c(List<Path> files, Path texts, String baseIri, Target target, RunListener listener) throws ImportFailedException {
        W3cIris iris = new W3cIris(baseIri);
        Counting run = new Counting(target, listener);
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            listener.next(i, files.size(), file.getFileName().toString());
            Optional<List<JsonNode>> read = read(file, run);
            if (read.isEmpty()) {
                continue;
            }
            for (String source : W3cImporter.sources(read.get())) {
                Optional<String> name = iris.name(source);
                if (name.isEmpty()) {
                    run.problem(Problem.of(file, "annotations target " + Excerpt.quoted(source) + ", which is not below the base IRI "
                            + baseIri + " (use --base-iri)"));
                    continue;
                }
                run.attempt(file, () -> {
                    Path folder = texts != null ? texts : file.toAbsolutePath().getParent();
                    Path article = ImportedFiles.resolveInside(folder, name.get());
                    SourceText text = SourceTextLoader.load(article);
                    W3cImporter.Result result = W3cImporter.importDocument(file, read.get(), source, text, iris);
                    result.problems().forEach(run::problem);
                    run.save(name.get(), article, result.snapshot());
                });
            }
        }
        return run.summary();
    }

    /** The annotations in a JSON(-LD) file, or in a JSON Lines file (one annotation per line). */
    private static Optional<List<JsonNode>> read(Path file, Counting run) {
        try {
            String content = Files.readString(file);
            String name = file.getFileName().toString();
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                List<JsonNode> all = new ArrayList<>();
                String[] lines = content.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isBlank()) {
                        continue;
                    }
                    try {
                        all.addAll(W3cImporter.annotations(JSON.readTree(lines[i])));
                    } catch (JsonProcessingException e) {
                        run.problem(new Problem(file, "line " + (i + 1), JsonSyntax.describe(e)));
                    }
                }
                return Optional.of(all);
            }
            return Optional.of(W3cImporter.annotations(JSON.readTree(content)));
        } catch (JsonProcessingException e) {
            run.problem(new Problem(file, e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr(), JsonSyntax.describe(e)));
        } catch (IOException e) {
            run.problem(Problem.of(file, "cannot read the file (" + IoProblems.reason(e) + ")"));
        }
        return Optional.empty();
    }

    /** One article's import, up to {@link Counting#save}. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException, SourceTextException;
    }

    /** Imports into the folder, counting what was saved and what could not be used. */
    private static final class Counting {
        private final Target target;
        private final RunListener listener;
        private int imported;
        private int annotations;
        private int problems;

        Counting(Target target, RunListener listener) {
            this.target = target;
            this.listener = listener;
        }

        void problem(Problem p) {
            problems++;
            listener.problem(p);
        }

        /**
         * Runs one article's import. What cannot be used (an unreadable article, an annotation
         * file already there without force, a name that leaves the folder) is told against
         * {@code input} and the import goes on; an I/O error ends it.
         */
        void attempt(Path input, Step step) throws ImportFailedException {
            try {
                step.run();
            } catch (SourceTextException e) {
                problem(Problem.of(e.file(), e.problem()));
            } catch (ImportedFiles.AlreadyThere e) {
                problem(Problem.of(Path.of(e.getFile()), e.getReason() + "; " + target.howToReplace() + " (the old one is kept as .bak)"));
            } catch (IllegalArgumentException e) {
                problem(Problem.of(input, e.getMessage()));
            } catch (IOException e) {
                throw new ImportFailedException(input, target.out(), e);
            }
        }

        void save(String name, Path article, DocumentSnapshot snapshot) throws IOException {
            ImportedFiles.save(target.out(), name, article, snapshot, target.force());
            imported++;
            annotations += snapshot.annotations().size();
        }

        Summary summary() {
            return new Summary(imported, annotations, problems, target.out());
        }
    }
}
