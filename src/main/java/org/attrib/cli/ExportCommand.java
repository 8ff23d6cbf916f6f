package org.attrib.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attrib.core.batch.ExportRun;
import org.attrib.core.batch.RunListener;
import org.attrib.core.batch.Problem;
import org.attrib.core.export.W3cIris;

/** {@code attrib export --format F --out DIR PATH...}: writes annotations in another format. */
@Command(name = "export",
        header = "Export annotations as CSV, JSON Lines, W3C Web Annotation or brat.",
        mixinStandardHelpOptions = true,
        description = {
            "Exports the annotations of articles into a folder, in one of these formats:",
            "  csv    annotations.csv: a row per quote and claim, for spreadsheets",
            "  jsonl  annotations.jsonl: a JSON line per article, with its text",
            "  w3c    ARTICLE.w3c.jsonld: a W3C Web Annotation collection per article",
            "  brat   ARTICLE.txt, ARTICLE.ann, annotation.conf, visual.conf",
            "Articles keep their folder layout below the inputs. What a format cannot hold is reported as a warning.",
            "Exit codes: 0 exported, 1 some inputs could not be read (the rest were exported), 2 bad usage, 3 I/O error."})
final class ExportCommand implements Callable<Integer> {

    static final String CSV_FILE = ExportRun.CSV_FILE;
    static final String JSONL_FILE = ExportRun.JSONL_FILE;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, jsonl, w3c or brat")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
    Path out;

    @Option(names = "--bom", description = "csv: start with a UTF-8 byte order mark, so that Excel reads the accents right")
    boolean bom;

    @Option(names = "--base-iri", paramLabel = "IRI", description = "w3c: the IRI articles' names are appended to (default: ${DEFAULT-VALUE})")
    String baseIri = W3cIris.DEFAULT_BASE;

    @Option(names = "--inception", description = "brat: for INCEpTION, whose brat reader rejects N lines and counts UTF-16 units: entities become Entity attributes, offsets UTF-16")
    boolean inception;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "articles (.txt), annotation files or folders, searched recursively")
    List<Path> paths;

    @Override
    public Integer call() {
        ExportRun.Options options;
        try {
            options = new ExportRun.Options(format, out, bom, baseIri, inception);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Reporter reporter = new Reporter("export", spec.commandLine().getOut(), spec.commandLine().getErr());
        try {
            java.nio.file.Files.createDirectories(out);
        } catch (IOException e) {
            reporter.error(out + ": cannot create the folder (" + Reporter.reason(e) + ")");
            return AttribCli.ERROR;
        }
        Progress[] progress = new Progress[1];
        RunListener listener = new RunListener() {
            @Override
            public void next(int done, int total, String name) {
                if (progress[0] == null) {
                    progress[0] = reporter.progress(total);
                }
                progress[0].step(name);
            }

            @Override
            public void warning(String message) {
                reporter.warning(message);
            }

            @Override
            public void problem(Problem problem) {
                reporter.problem(problem);
            }
        };
        ExportRun.Summary summary;
        try {
            summary = ExportRun.run(paths, options, listener);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            reporter.error("cannot write into " + out + " (" + Reporter.reason(e) + ")");
            return AttribCli.ERROR;
        }
        if (progress[0] != null) {
            progress[0].clear();
        }
        reporter.result(summary.describe());
        return reporter.exitCode();
    }
}
