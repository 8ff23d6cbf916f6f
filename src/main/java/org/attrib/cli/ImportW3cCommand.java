package org.attrib.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attrib.core.importer.ImportRun;
import org.attrib.core.export.W3cIris;

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
        try {
            new W3cIris(baseIri);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ImportOutput.Told told = new ImportOutput.Told(new Reporter("import w3c", spec.commandLine().getOut(), spec.commandLine().getErr()));
        try {
            return told.finish(ImportRun.w3c(files, texts, baseIri, output.target(), told));
        } catch (ImportRun.ImportFailedException e) {
            return told.failed(e);
        }
    }
}
