package org.attrib.cli;

import java.nio.file.Path;
import java.util.ArrayList;
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
import org.attrib.core.importer.BratMapping;

/** {@code attrib import brat --map LABEL=TARGET... --out DIR PATH...} */
@Command(name = "brat",
        header = "Import brat standoff documents (X.txt with X.ann).",
        mixinStandardHelpOptions = true,
        description = {
            "Imports brat standoff documents (X.txt with X.ann) as articles with Attrib annotation files in DIR.",
            "Labels are mapped with --map LABEL=TARGET; TARGET is one of:",
            "  quote, claim, speaker  a span label or event type that becomes one;",
            "                         as an event role, speaker marks the speaker",
            "  attribution            a relation of a quote or claim to a speaker",
            "  content                an event role whose argument is the quotation",
            "                         (without one, the event's trigger is)",
            "  ignore                 left out without a report",
            "Quote, Claim, Speaker and AttributedTo (Attrib's own brat export) are mapped already.",
            "Every line that cannot be used is reported: FILE: line N: reason [the line].",
            "Exit codes: 0 all imported, 1 something could not be mapped or read, 2 bad usage, 3 I/O error."})
final class ImportBratCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--map", paramLabel = "LABEL=TARGET", description = "what a brat label means (repeatable)")
    List<String> maps = new ArrayList<>();

    @Mixin
    ImportOutput output;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".ann files, their .txt files, or folders searched recursively")
    List<Path> paths;

    @Override
    public Integer call() {
        BratMapping mapping;
        try {
            mapping = BratMapping.of(maps);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--map " + e.getMessage());
        }
        ImportOutput.Told told = new ImportOutput.Told(new Reporter("import brat", spec.commandLine().getOut(), spec.commandLine().getErr()));
        try {
            return told.finish(ImportRun.brat(paths, mapping, output.target(), told));
        } catch (ImportRun.ImportFailedException e) {
            return told.failed(e);
        }
    }
}
