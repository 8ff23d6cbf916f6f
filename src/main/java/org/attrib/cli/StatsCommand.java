package org.attrib.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attrib.core.batch.DocumentRef;
import org.attrib.core.export.JsonOutput;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.stats.CorpusStats;

/** {@code attrib stats PATH... [--json]}: counts per type and per speaker. */
@Command(name = "stats",
        header = "Count quotes, claims and speakers across a corpus.",
        mixinStandardHelpOptions = true,
        description = {
            "Counts the articles of a corpus by status, their quotes, claims and speaker mentions, and per speaker the"
                    + " quotes and claims attributed to them. Speakers are matched across articles by their normalised name"
                    + " (case, accents and punctuation ignored).",
            "Exit codes: 0 counted, 1 some inputs could not be read (the rest were counted), 2 bad usage."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print the counts as one JSON object")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "articles (.txt), annotation files or folders, searched recursively")
    List<Path> paths;

    @Override
    public Integer call() {
        Reporter reporter = new Reporter("stats", spec.commandLine().getOut(), spec.commandLine().getErr());
        List<DocumentRef> docs = Corpus.find(paths, reporter);
        CorpusStats stats = new CorpusStats();
        Progress progress = reporter.progress(docs.size());
        for (DocumentRef ref : docs) {
            progress.step(ref.name());
            Corpus.open(ref, reporter).ifPresent(loaded -> stats.add(loaded.snapshot()));
        }
        progress.clear();
        reporter.result(json ? json(stats) : table(stats));
        return reporter.exitCode();
    }

    static String table(CorpusStats s) {
        StringBuilder out = new StringBuilder();
        out.append(s.documents()).append(s.documents() == 1 ? " article: " : " articles: ")
                .append(s.statuses().get(DocumentStatus.DONE)).append(" done, ")
                .append(s.statuses().get(DocumentStatus.IN_PROGRESS)).append(" in progress, ")
                .append(s.statuses().get(DocumentStatus.NOT_STARTED)).append(" not started\n");
        out.append(s.count(AnnotationType.QUOTE)).append(" quotes (").append(s.unattributed(AnnotationType.QUOTE))
                .append(" unattributed), ").append(s.count(AnnotationType.CLAIM)).append(" claims (")
                .append(s.unattributed(AnnotationType.CLAIM)).append(" unattributed), ")
                .append(s.count(AnnotationType.SPEAKER)).append(" speaker mentions");
        if (s.pending() > 0) {
            out.append(", ").append(s.pending()).append(s.pending() == 1 ? " suggestion pending" : " suggestions pending");
        }
        if (s.orphans() > 0) {
            out.append(", ").append(s.orphans()).append(" unplaced (orphans)");
        }
        List<CorpusStats.Speaker> speakers = s.speakers();
        if (speakers.isEmpty()) {
            return out.toString();
        }
        int width = Math.max("Speaker".length(), speakers.stream().mapToInt(sp -> TerminalWidth.of(sp.name())).max().orElse(0));
        String counts = "  %6s  %6s  %8s  %8s";
        out.append("\n\n").append(TerminalWidth.padRight("Speaker", width))
                .append(String.format(counts, "Quotes", "Claims", "Mentions", "Articles"));
        for (CorpusStats.Speaker sp : speakers) {
            out.append('\n').append(TerminalWidth.padRight(sp.name(), width))
                    .append(String.format(counts, sp.quotes(), sp.claims(), sp.mentions(), sp.documents()));
        }
        return out.toString();
    }

    static String json(CorpusStats s) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.setPrettyPrinter(JsonOutput.prettyPrinter());
            g.writeStartObject();
            g.writeNumberField("articles", s.documents());
            g.writeObjectFieldStart("status");
            for (DocumentStatus st : DocumentStatus.values()) {
                g.writeNumberField(st.id(), s.statuses().get(st));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("annotations");
            for (AnnotationType t : AnnotationType.values()) {
                g.writeNumberField(t.id(), s.count(t));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("unattributed");
            g.writeNumberField(AnnotationType.QUOTE.id(), s.unattributed(AnnotationType.QUOTE));
            g.writeNumberField(AnnotationType.CLAIM.id(), s.unattributed(AnnotationType.CLAIM));
            g.writeEndObject();
            g.writeNumberField("pending", s.pending());
            g.writeNumberField("orphans", s.orphans());
            g.writeArrayFieldStart("speakers");
            for (CorpusStats.Speaker sp : s.speakers()) {
                g.writeStartObject();
                g.writeStringField("name", sp.name());
                g.writeNumberField("quotes", sp.quotes());
                g.writeNumberField("claims", sp.claims());
                g.writeNumberField("mentions", sp.mentions());
                g.writeNumberField("articles", sp.documents());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return w.toString();
    }
}
