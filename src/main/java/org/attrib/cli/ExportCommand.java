package org.attrib.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attrib.core.batch.DocumentLoader;
import org.attrib.core.batch.DocumentRef;
import org.attrib.core.export.BratExporter;
import org.attrib.core.export.CsvExporter;
import org.attrib.core.export.ExportDocument;
import org.attrib.core.export.Exporter;
import org.attrib.core.export.JsonLinesExporter;
import org.attrib.core.export.W3cExporter;
import org.attrib.core.export.W3cIris;
import org.attrib.core.model.AnnotationType;

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

    static final String CSV_FILE = "annotations.csv";
    static final String JSONL_FILE = "annotations.jsonl";

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
        String f = format.toLowerCase(Locale.ROOT);
        checkOptions(f);
        Reporter reporter = new Reporter("export", spec.commandLine().getOut(), spec.commandLine().getErr());
        List<DocumentRef> docs = Corpus.find(paths, reporter, true);
        if (f.equals("brat")) {
            checkBratOverwritesNothing(docs);
        }
        int[] counts = new int[AnnotationType.values().length];
        int exported = 0;
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            reporter.error(out + ": cannot create the folder (" + Reporter.reason(e) + ")");
            return AttribCli.ERROR;
        }
        Path single = out.resolve(f.equals("csv") ? CSV_FILE : JSONL_FILE);
        try (OutputStream stream = f.equals("csv") || f.equals("jsonl") ? Files.newOutputStream(single) : OutputStream.nullOutputStream()) {
            Exporter exporter = switch (f) {
                case "csv" -> new CsvExporter(stream, bom);
                case "jsonl" -> new JsonLinesExporter(stream);
                case "w3c" -> new W3cExporter(out, new W3cIris(baseIri));
                default -> new BratExporter(out, inception);
            };
            Progress progress = reporter.progress(docs.size());
            for (DocumentRef ref : docs) {
                progress.step(ref.name());
                Optional<DocumentLoader.Loaded> loaded = Corpus.open(ref, reporter);
                if (loaded.isEmpty()) {
                    continue;
                }
                ExportDocument doc = new ExportDocument(ref.name(), loaded.get().snapshot());
                for (String lost : exporter.export(doc)) {
                    reporter.warning(ref.name() + ": " + lost);
                }
                doc.annotations().forEach(a -> counts[a.type().ordinal()]++);
                exported++;
            }
            exporter.finish();
            progress.clear();
        } catch (IOException e) {
            reporter.error("cannot write into " + out + " (" + Reporter.reason(e) + ")");
            return AttribCli.ERROR;
        }
        String where = f.equals("csv") || f.equals("jsonl") ? single.toString() : out.toString();
        reporter.result("exported " + exported + (exported == 1 ? " article" : " articles") + " ("
                + counts[AnnotationType.QUOTE.ordinal()] + " quotes, " + counts[AnnotationType.CLAIM.ordinal()] + " claims, "
                + counts[AnnotationType.SPEAKER.ordinal()] + " speaker mentions) as " + f + " to " + where);
        return reporter.exitCode();
    }

    private void checkOptions(String f) {
        if (!List.of("csv", "jsonl", "w3c", "brat").contains(f)) {
            throw new ParameterException(spec.commandLine(), "unknown format \"" + format + "\"; use csv, jsonl, w3c or brat");
        }
        if (bom && !f.equals("csv")) {
            throw new ParameterException(spec.commandLine(), "--bom applies to --format csv only");
        }
        if (inception && !f.equals("brat")) {
            throw new ParameterException(spec.commandLine(), "--inception applies to --format brat only");
        }
        if (!W3cIris.DEFAULT_BASE.equals(baseIri)) {
            if (!f.equals("w3c")) {
                throw new ParameterException(spec.commandLine(), "--base-iri applies to --format w3c only");
            }
            try {
                new W3cIris(baseIri);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    /** A brat export writes ARTICLE.txt: refuse to write it over the article itself. */
    private void checkBratOverwritesNothing(List<DocumentRef> docs) {
        for (DocumentRef ref : docs) {
            Path target = BratExporter.textFile(out, ref.name()).toAbsolutePath().normalize();
            if (target.equals(ref.source().toAbsolutePath().normalize())) {
                throw new ParameterException(spec.commandLine(), "--out " + out + " would write the brat text over the article "
                        + ref.source() + "; choose another folder");
            }
        }
    }
}
