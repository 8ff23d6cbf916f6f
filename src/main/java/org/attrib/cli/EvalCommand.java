package org.attrib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.attrib.core.compare.AnnotationSet;
import org.attrib.core.compare.Comparison;
import org.attrib.core.compare.ConfidencePrecision;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.suggest.Suggester;
import org.attrib.core.suggest.SuggestionMerger;
import org.attrib.core.text.SourceTextException;

/**
 * {@code attrib eval --gold DIR [--pred DIR] [--json]}: scores predicted annotations (by default,
 * the suggester's) against gold annotation files.
 */
@Command(name = "eval",
        description = {"Scores suggestions against gold annotations: precision, recall and F1 per type, with exact and "
                + "overlapping spans, and the share of gold quotes attributed to the right speaker.",
                "Each X.annotations.json under the gold folder is scored with its article X.txt beside it. Without --pred "
                + "the suggester is run on the articles; with it, X.annotations.json at the same relative path under "
                + "--pred is scored (missing files count as no predictions). Suggestions left pending in gold files are ignored.",
                "Exit codes: 0 scored, 1 a folder is missing or a file could not be read (the rest were scored), 2 bad usage, "
                + "3 I/O error."},
        mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold annotation files with their articles.")
    Path gold;

    @Option(names = "--pred", paramLabel = "DIR", description = "Folder of predicted annotation files (default: run the suggester).")
    Path pred;

    @CommandLine.Mixin
    ScoresOutput scores;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(gold)) {
            err.println("attrib eval: " + gold + ": not a folder");
            return AttribCli.PROBLEMS;
        }
        if (pred != null && !Files.isDirectory(pred)) {
            err.println("attrib eval: " + pred + ": not a folder");
            return AttribCli.PROBLEMS;
        }
        List<Path> goldFiles = ArticleFiles.under(gold, AnnotationFormat.SUFFIX);
        if (goldFiles.isEmpty()) {
            err.println("attrib eval: " + gold + ": no annotation files (*" + AnnotationFormat.SUFFIX + ") in it");
            return AttribCli.PROBLEMS;
        }
        Suggester suggester = pred == null ? new Suggester() : null;
        Comparison total = Comparison.empty();
        ConfidencePrecision byConfidence = ConfidencePrecision.EMPTY;
        int problems = 0;
        Progress progress = Progress.onConsole(err, goldFiles.size());
        for (Path g : goldFiles) {
            progress.step(gold.relativize(g).toString());
            try {
                AnnotatedDocument goldDoc = ArticleFiles.open(g, null);
                AnnotatedDocument predDoc;
                if (pred == null) {
                    predDoc = new AnnotatedDocument(goldDoc.source());
                    SuggestionMerger.merge(predDoc, suggester.suggest(goldDoc.source())).edit().redo();
                } else {
                    Path p = pred.resolve(gold.relativize(g).toString());
                    if (Files.isRegularFile(p)) {
                        predDoc = ArticleFiles.bind(p, goldDoc.source());
                    } else {
                        progress.clear();
                        err.println("attrib eval: " + p + ": missing; counted as no predictions");
                        predDoc = new AnnotatedDocument(goldDoc.source());
                    }
                }
                AnnotationSet goldSet = AnnotationSet.of(goldDoc, false);
                AnnotationSet predSet = AnnotationSet.of(predDoc, true);
                total = total.plus(Comparison.of(goldSet, predSet));
                byConfidence = byConfidence.plus(ConfidencePrecision.of(goldSet, predSet));
            } catch (AnnotationFileException | SourceTextException e) {
                progress.clear();
                err.println("attrib eval: " + e.getMessage());
                problems++;
            }
        }
        progress.clear();
        ConfidencePrecision bands = byConfidence;
        scores.print(out, total, node -> {
            node.put("gold", gold.toString());
            node.put("predictions", pred == null ? "suggester" : pred.toString());
            ScoreReport.confidenceJson(node.putObject("confidence"), bands);
        }, (o, c) -> {
            table(o, c);
            o.println();
            o.println("Precision by the predictions' confidence (all types; right = overlapping span and right speaker):");
            ScoreReport.confidenceLines(o, bands);
        });
        return problems == 0 ? AttribCli.OK : AttribCli.PROBLEMS;
    }

    private void table(PrintWriter out, Comparison total) {
        out.printf("Scored %d document(s) in %s against %s.%n%n", total.documents(), gold,
                pred == null ? "the suggester's output" : pred);
        ScoreReport.spanTable(out, total, "gold", "pred");
        out.println();
        out.println("Speaker attribution (gold quotes and claims found by overlap, given the right speaker):");
        ScoreReport.attributionLines(out, total);
    }
}
