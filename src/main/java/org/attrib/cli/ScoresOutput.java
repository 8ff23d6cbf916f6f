package org.attrib.cli;

import java.io.PrintWriter;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Option;

import org.attrib.core.compare.Comparison;

/** How {@code agree} and {@code eval} print their scores: each its own table, or with --json one JSON object. */
final class ScoresOutput {

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    /**
     * Prints the scores as JSON, with what was compared added by {@code inputs}, or else as the
     * command's {@code table}.
     */
    void print(PrintWriter out, Comparison total, Consumer<ObjectNode> inputs, BiConsumer<PrintWriter, Comparison> table) {
        if (json) {
            ObjectNode node = ScoreReport.json(total);
            inputs.accept(node);
            out.println(ScoreReport.toJson(node));
        } else {
            table.accept(out, total);
        }
        out.flush();
    }
}
