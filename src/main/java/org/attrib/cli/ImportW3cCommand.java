package org.attrib.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attrib.core.batch.Problem;
import org.attrib.core.export.W3cIris;
import org.attrib.core.importer.ImportedFiles;
import org.attrib.core.importer.W3cImporter;
import org.attrib.core.jsonfile.JsonSyntax;
import org.attrib.core.text.Excerpt;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;

/** {@code attrib import w3c --out DIR [--texts DIR] FILE...}: reads back Attrib's Web Annotation export. */
@Command(name = "w3c",
        header = "Import W3C Web Annotations exported by Attrib.",
        mixinStandardHelpOptions = true,
        description = {
            "Imports W3C Web Annotations as Attrib exports them (attrib export --format w3c). Each annotation's target names"
                    + " its article by IRI (the base IRI followed by the article's path); the article is read from --texts and"
                    + " copied, with its annotation file, into DIR. One line per annotation that cannot be used.",
            "Exit codes: 0 all imported, 1 something could not be used, 2 bad usage, 3 I/O error."})
final class ImportW3cCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    ImportOutput output;

    @Option(names = "--texts", paramLabel = "DIR", description = "folder holding the articles (default: the folder of each FILE)")
    Path texts;

    @Option(names = "--base-iri", paramLabel = "IRI", description = "the base IRI the export used (default: ${DEFAULT-VALUE})")
    String baseIri = W3cIris.DEFAULT_BASE;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Web Annotation files (.jsonld, .json, .jsonl)")
    List<Path> files;

    @Override
    public Integer call() {
        W3cIris iris;
        try {
            iris = new W3cIris(baseIri);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Reporter reporter = new Reporter("import w3c", spec.commandLine().getOut(), spec.commandLine().getErr());
        ImportOutput.Run run = output.start(reporter);
        Progress progress = reporter.progress(files.size());
        for (Path file : files) {
            progress.step(file.getFileName().toString());
            Optional<List<JsonNode>> read = read(file, reporter);
            if (read.isEmpty()) {
                continue;
            }
            for (String source : W3cImporter.sources(read.get())) {
                Optional<String> name = iris.name(source);
                if (name.isEmpty()) {
                    reporter.problem(Problem.of(file, "annotations target " + Excerpt.quoted(source) + ", which is not below the base IRI " + baseIri
                            + " (use --base-iri)"));
                    continue;
                }
                boolean going = run.attempt(file, () -> {
                    Path folder = texts != null ? texts : file.toAbsolutePath().getParent();
                    Path article = ImportedFiles.resolveInside(folder, name.get());
                    SourceText text = SourceTextLoader.load(article);
                    W3cImporter.Result result = W3cImporter.importDocument(file, read.get(), source, text, iris);
                    result.problems().forEach(reporter::problem);
                    run.save(name.get(), article, result.snapshot());
                });
                if (!going) {
                    return AttribCli.ERROR;
                }
            }
        }
        progress.clear();
        int imported = run.imported();
        reporter.result("imported " + imported + (imported == 1 ? " article" : " articles") + " (" + run.annotations()
                + " annotations) into " + output.out);
        return reporter.exitCode();
    }

    /** The annotations in a JSON(-LD) file, or in a JSON Lines file (one annotation per line). */
    private static Optional<List<JsonNode>> read(Path file, Reporter reporter) {
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
                        reporter.problem(new Problem(file, "line " + (i + 1), JsonSyntax.describe(e)));
                    }
                }
                return Optional.of(all);
            }
            return Optional.of(W3cImporter.annotations(JSON.readTree(content)));
        } catch (JsonProcessingException e) {
            reporter.problem(new Problem(file, e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr(),
                    JsonSyntax.describe(e)));
        } catch (IOException e) {
            reporter.problem(Problem.of(file, "cannot read the file (" + Reporter.reason(e) + ")"));
        }
        return Optional.empty();
    }
}
