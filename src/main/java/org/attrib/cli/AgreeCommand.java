package org.attrib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.attrib.core.compare.AnnotationSet;
import org.attrib.core.compare.Category;
import org.attrib.core.compare.Comparison;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceTextException;

/**
 * {@code attrib agree A B [--json]}: how far two analysts' annotations of the same articles agree.
 */
@Command(name = "agree",
        description = {"Inter-analyst agreement between two annotation files of the same article, or two folders of them "
                + "(files paired by relative path): span F1 per type with exact and overlapping spans, token-level Cohen's "
                + "kappa per type, and how often quotes and claims both found are attributed to the same speaker.",
                "A and B may name annotation files or their articles (.txt). Pending suggestions are left out.",
                "Exit codes: 0 compared, 1 a file could not be read or has no partner (the rest were compared), 2 bad usage, "
                + "3 I/O error."},
        mixinStandardHelpOptions = true)
final class AgreeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "First analyst's annotation file or folder.")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Second analyst's annotation file or folder.")
    Path b;

    @CommandLine.Mixin
    ScoresOutput scores;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        record Pair(Path a, Path b) {
        }
        List<Pair> pairs = new ArrayList<>();
        int problems = 0;
        if (Files.isDirectory(a) && Files.isDirectory(b)) {
            for (Path fa : ArticleFiles.under(a, AnnotationFormat.SUFFIX)) {
                Path fb = b.resolve(a.relativize(fa).toString());
                if (Files.isRegularFile(fb)) {
                    pairs.add(new Pair(fa, fb));
                } else {
                    err.println("attrib agree: " + fb + ": missing; " + fa + " is left out");
                    problems++;
                }
            }
            for (Path fb : ArticleFiles.under(b, AnnotationFormat.SUFFIX)) {
                if (!Files.isRegularFile(a.resolve(b.relativize(fb).toString()))) {
                    err.println("attrib agree: " + a.resolve(b.relativize(fb).toString()) + ": missing; " + fb + " is left out");
                    problems++;
                }
            }
        } else if (Files.isRegularFile(a) && Files.isRegularFile(b)) {
            pairs.add(new Pair(ArticleFiles.annotationFileFor(a), ArticleFiles.annotationFileFor(b)));
        } else {
            err.println("attrib agree: give two annotation files or two folders (" + describe(a) + ", " + describe(b) + ")");
            return AttribCli.PROBLEMS;
        }
        if (pairs.isEmpty()) {
            err.println("attrib agree: no pairs of annotation files to compare");
            return AttribCli.PROBLEMS;
        }
        Comparison total = Comparison.empty();
        // Only folder mode goes through more than one pair; a single pair draws nothing.
        Progress progress = Progress.onConsole(err, pairs.size());
        for (Pair p : pairs) {
            progress.step(Files.isDirectory(a) ? a.relativize(p.a()).toString() : p.a().getFileName().toString());
            try {
                AnnotatedDocument docA = ArticleFiles.open(p.a(), p.b().getParent());
                AnnotatedDocument docB = ArticleFiles.bind(p.b(), docA.source());
                total = total.plus(Comparison.of(AnnotationSet.of(docA, false), AnnotationSet.of(docB, false)));
            } catch (AnnotationFileException | SourceTextException e) {
                progress.clear();
                err.println("attrib agree: " + e.getMessage());
                problems++;
            }
        }
        progress.clear();
        if (total.documents() == 0) {
            return AttribCli.PROBLEMS;
        }
        scores.print(out, total, node -> {
            node.put("a", a.toString());
            node.put("b", b.toString());
        }, this::table);
        return problems == 0 ? AttribCli.OK : AttribCli.PROBLEMS;
    }

    private void table(PrintWriter out, Comparison total) {
        out.printf("Agreement of %s (A) and %s (B) over %d document(s).%n%n", a, b, total.documents());
        ScoreReport.spanTable(out, total, "A", "B");
        out.println();
        out.println("Token-level Cohen's kappa:");
        ScoreReport.kappaLines(out, total);
        out.println();
        out.println("Attribution agreement (pairs found by both, attributed by either, given the same speaker):");
        for (Category c : Category.values()) {
            if (c.isAttributable()) {
                var at = total.attribution().get(c);
                out.printf(java.util.Locale.ROOT, "  %-15s %d of %d (%s)%n", c.label(), at.right(),
                        at.eitherAttributedMatched(), ScoreReport.f(at.agreement()));
            }
        }
    }

    private static String describe(Path p) {
        return p + (Files.isDirectory(p) ? " is a folder" : Files.isRegularFile(p) ? " is a file" : " does not exist");
    }
}
