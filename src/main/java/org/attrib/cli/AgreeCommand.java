package org.attrib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.attrib.core.batch.Problem;
import org.attrib.core.batch.RunListener;
import org.attrib.core.compare.Agreement;
import org.attrib.core.compare.Category;
import org.attrib.core.compare.Comparison;
import org.attrib.core.format.AnnotationFileException;
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
        int[] problems = {0};
        RunListener told = new RunListener() {
            @Override
            public void warning(String message) {
                err.println("attrib agree: " + message);
            }

            @Override
            public void problem(Problem p) {
                err.println("attrib agree: " + p.file() + ": " + p.reason());
                problems[0]++;
            }
        };
        List<Agreement.Pair> pairs;
        try {
            pairs = Agreement.pairs(a, b, told);
        } catch (Agreement.NotComparableException e) {
            err.println("attrib agree: " + e.getMessage());
            return AttribCli.PROBLEMS;
        }
        if (pairs.isEmpty()) {
            err.println("attrib agree: no pairs of annotation files to compare");
            return AttribCli.PROBLEMS;
        }
        Comparison total = Comparison.empty();
        // Only folder mode goes through more than one pair; a single pair draws nothing.
        Progress progress = Progress.onConsole(err, pairs.size());
        for (Agreement.Pair p : pairs) {
            progress.step(Files.isDirectory(a) ? a.relativize(p.a()).toString() : p.a().getFileName().toString());
            try {
                total = total.plus(Agreement.compare(p));
            } catch (AnnotationFileException | SourceTextException e) {
                progress.clear();
                err.println("attrib agree: " + e.getMessage());
                problems[0]++;
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
        return problems[0] == 0 ? AttribCli.OK : AttribCli.PROBLEMS;
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
                out.printf(Locale.ROOT, "  %-15s %d of %d (%s)%n", c.label(), at.right(),
                        at.eitherAttributedMatched(), ScoreReport.f(at.agreement()));
            }
        }
    }
}
