package org.attrib.core.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.attrib.core.export.BratExporter;
import org.attrib.core.export.CsvExporter;
import org.attrib.core.export.ExportDocument;
import org.attrib.core.export.Exporter;
import org.attrib.core.export.JsonLinesExporter;
import org.attrib.core.export.W3cExporter;
import org.attrib.core.export.W3cIris;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceTextException;

/**
 * Exporting articles' annotations to a folder: the use case that {@code attrib export} and the
 * window's File > Export both run, so that both write the same files and say the same things.
 * What the caller shows of it (a terminal's lines, a status bar) comes through {@link RunListener}.
 */
public final class ExportRun {

    /** The file a csv export writes into the folder. */
    public static final String CSV_FILE = "annotations.csv";
    /** The file a jsonl export writes into the folder. */
    public static final String JSONL_FILE = "annotations.jsonl";
    public static final List<String> FORMATS = List.of("csv", "jsonl", "w3c", "brat");

    /**
     * How to export.
     *
     * @param format csv, jsonl, w3c or brat
     * @param out the folder to write into (created if missing)
     * @param bom csv: start with a UTF-8 byte order mark
     * @param baseIri w3c: the IRI articles' names are appended to
     * @param inception brat: entities as attributes and UTF-16 offsets, for INCEpTION
     */
    public record Options(String format, Path out, boolean bom, String baseIri, boolean inception) {

        public Options {
            format = format.toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("unknown format \"" + format + "\"; use csv, jsonl, w3c or brat");
            }
            if (bom && !format.equals("csv")) {
                throw new IllegalArgumentException("--bom applies to --format csv only");
            }
            if (inception && !format.equals("brat")) {
                throw new IllegalArgumentException("--inception applies to --format brat only");
            }
            if (baseIri == null) {
                baseIri = W3cIris.DEFAULT_BASE;
            } else if (!W3cIris.DEFAULT_BASE.equals(baseIri)) {
                if (!format.equals("w3c")) {
                    throw new IllegalArgumentException("--base-iri applies to --format w3c only");
                }
                new W3cIris(baseIri);
            }
        }

        /** The defaults of a format: what the window's File > Export writes. */
        public static Options of(String format, Path out, boolean bom) {
            return new Options(format, out, bom && format.equalsIgnoreCase("csv"), null, false);
        }
    }

    /** What was exported, and where. */
    public record Summary(int articles, int quotes, int claims, int mentions, String format, Path where) {
        public String describe() {
            return "exported " + articles + (articles == 1 ? " article" : " articles") + " (" + quotes + " quotes, " + claims
                    + " claims, " + mentions + " speaker mentions) as " + format + " to " + where;
        }
    }

    private ExportRun() {
    }

    /**
     * Exports the articles {@code inputs} name (articles, annotation files, folders searched
     * recursively). Throws IllegalArgumentException before writing anything when a brat export
     * would write its text over an article; IOException when the folder cannot be written.
     */
    public static Summary run(List<Path> inputs, Options options, RunListener listener) throws IOException {
        DocumentFinder.Found found = DocumentFinder.find(inputs, true);
        found.problems().forEach(listener::problem);
        if (found.documents().isEmpty() && found.problems().isEmpty() && !inputs.isEmpty()) {
            listener.problem(Problem.of(inputs.get(0), "no articles (.txt) or annotation files (.annotations.json) here"));
        }
        List<DocumentRef> docs = found.documents();
        String f = options.format();
        if (f.equals("brat")) {
            refuseToOverwriteArticles(docs, options.out());
        }
        Files.createDirectories(options.out());
        int[] counts = new int[AnnotationType.values().length];
        int exported = 0;
        Path single = options.out().resolve(f.equals("csv") ? CSV_FILE : JSONL_FILE);
        try (OutputStream stream = f.equals("csv") || f.equals("jsonl") ? Files.newOutputStream(single) : OutputStream.nullOutputStream()) {
            Exporter exporter = switch (f) {
                case "csv" -> new CsvExporter(stream, options.bom());
                case "jsonl" -> new JsonLinesExporter(stream);
                case "w3c" -> new W3cExporter(options.out(), new W3cIris(options.baseIri()));
                default -> new BratExporter(options.out(), options.inception());
            };
            for (int i = 0; i < docs.size(); i++) {
                DocumentRef ref = docs.get(i);
                listener.next(i, docs.size(), ref.name());
                Optional<DocumentLoader.Loaded> loaded = open(ref, listener);
                if (loaded.isEmpty()) {
                    continue;
                }
                ExportDocument doc = new ExportDocument(ref.name(), loaded.get().snapshot());
                for (String lost : exporter.export(doc)) {
                    listener.warning(ref.name() + ": " + lost);
                }
                doc.annotations().forEach(a -> counts[a.type().ordinal()]++);
                exported++;
            }
            exporter.finish();
        }
        return new Summary(exported, counts[AnnotationType.QUOTE.ordinal()], counts[AnnotationType.CLAIM.ordinal()],
                counts[AnnotationType.SPEAKER.ordinal()], f, f.equals("csv") || f.equals("jsonl") ? single : options.out());
    }

    /** Opens an article with its annotations; a problem is told and nothing returned if it cannot be. */
    public static Optional<DocumentLoader.Loaded> open(DocumentRef ref, RunListener listener) {
        try {
            DocumentLoader.Loaded loaded = DocumentLoader.load(ref);
            if (loaded.report().sourceChanged()) {
                listener.warning(ref.annotationFile() + ": the article changed since it was annotated; "
                        + loaded.report().moved() + " annotations moved with the text"
                        + (loaded.report().orphaned() > 0 ? ", " + loaded.report().orphaned() + " could not be placed" : ""));
            }
            return Optional.of(loaded);
        } catch (SourceTextException e) {
            listener.problem(Problem.of(e.file(), e.problem()));
        } catch (AnnotationFileException e) {
            listener.problem(new Problem(e.file(), e.where(), e.problem()));
        }
        return Optional.empty();
    }

    /** A brat export writes ARTICLE.txt: refuse to write it over the article itself. */
    private static void refuseToOverwriteArticles(List<DocumentRef> docs, Path out) {
        for (DocumentRef ref : docs) {
            Path target = BratExporter.textFile(out, ref.name()).toAbsolutePath().normalize();
            if (target.equals(ref.source().toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("--out " + out + " would write the brat text over the article "
                        + ref.source() + "; choose another folder");
            }
        }
    }
}
