package org.attrib.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.attrib.core.batch.Problem;
import org.attrib.core.corpus.CorpusIdentity;
import org.attrib.core.corpus.CorpusIdentityException;
import org.attrib.core.corpus.CorpusIdentityFile;
import org.attrib.core.corpus.CorpusSpeaker;
import org.attrib.core.corpus.CorpusSpeakers;
import org.attrib.core.corpus.DocumentSpeakers;
import org.attrib.core.corpus.Statement;
import org.attrib.core.jsonfile.PrettyJson;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.stats.CorpusStats;
import org.attrib.core.text.Excerpt;
import org.attrib.core.text.VisibleText;

/** {@code attrib stats PATH... [--json] [--speaker NAME]}: counts per type and per speaker, or what one speaker said. */
@Command(name = "stats",
        header = "Count quotes, claims and speakers across a corpus.",
        mixinStandardHelpOptions = true,
        description = {
            "Counts the articles of a corpus by status, their quotes, claims and speaker mentions, and per speaker the"
                    + " quotes and claims attributed to them. Speakers are matched across articles as the corpus speakers view"
                    + " matches them: by normalised name (case, accents and punctuation ignored), by the names they are mentioned"
                    + " under, by surname when only one speaker fits, and by the decisions stored in the folder's"
                    + " attrib-corpus.json (used when PATH is one folder).",
            "Exit codes: 0 counted, 1 some inputs could not be read (the rest were counted), 2 bad usage."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print the counts as one JSON object")
    boolean json;

    @Option(names = "--speaker", paramLabel = "NAME", description = "list every quote and claim of the speaker known as NAME"
            + " (its name, or a name or mention of it in any article)")
    String speaker;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "articles (.txt), annotation files or folders, searched recursively")
    List<Path> paths;

    @Override
    public Integer call() {
        Reporter reporter = new Reporter("stats", spec.commandLine().getOut(), spec.commandLine().getErr());
        List<DocumentRef> docs = Corpus.find(paths, reporter, false);
        CorpusIdentity identity = identity(reporter);
        CorpusStats stats = new CorpusStats();
        List<DocumentSpeakers> speakers = new ArrayList<>(docs.size());
        Progress progress = reporter.progress(docs.size());
        for (DocumentRef ref : docs) {
            progress.step(ref.name());
            Corpus.open(ref, reporter).ifPresent(loaded -> {
                stats.add(loaded.snapshot());
                speakers.add(DocumentSpeakers.of(ref.name(), ref.source(), loaded.snapshot()));
            });
        }
        progress.clear();
        CorpusSpeakers corpus = CorpusSpeakers.build(speakers, identity);
        if (speaker != null) {
            List<CorpusSpeaker> named = corpus.named(speaker);
            if (named.isEmpty()) {
                reporter.error("no speaker is known as " + Excerpt.quoted(speaker) + " in these articles");
                return AttribCli.PROBLEMS;
            }
            reporter.result(json ? statementsJson(named) : statements(named));
            return reporter.exitCode();
        }
        reporter.result(json ? json(stats, corpus) : table(stats, corpus));
        return reporter.exitCode();
    }

    /**
     * The analyst's decisions stored in the folder, when the paths name one folder (the names of
     * its articles are relative to it, as the file's are); else none.
     */
    private CorpusIdentity identity(Reporter reporter) {
        if (paths.size() != 1 || !Files.isDirectory(paths.get(0))) {
            return CorpusIdentity.EMPTY;
        }
        try {
            return CorpusIdentityFile.read(paths.get(0)).identity();
        } catch (CorpusIdentityException e) {
            reporter.problem(new Problem(e.file(), e.where(), e.problem() + "; speakers are matched without it"));
            return CorpusIdentity.EMPTY;
        }
    }

    static String table(CorpusStats s, CorpusSpeakers corpus) {
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
        List<CorpusSpeaker> speakers = corpus.speakers();
        if (speakers.isEmpty()) {
            return out.toString();
        }
        // A name from a file is shown on one line and shortened when absurdly long, or one name would widen every row.
        int width = Math.max("Speaker".length(), speakers.stream().mapToInt(sp -> TerminalWidth.of(Excerpt.of(sp.name()))).max().orElse(0));
        String counts = "  %6s  %6s  %8s  %8s";
        out.append("\n\n").append(TerminalWidth.padRight("Speaker", width))
                .append(String.format(counts, "Quotes", "Claims", "Mentions", "Articles"));
        for (CorpusSpeaker sp : speakers) {
            out.append('\n').append(TerminalWidth.padRight(Excerpt.of(sp.name()), width))
                    .append(String.format(counts, sp.quotes(), sp.claims(), sp.mentions(), sp.documents()));
        }
        return out.toString();
    }

    static String json(CorpusStats s, CorpusSpeakers corpus) {
        return prettyJson(g -> {
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
            for (CorpusSpeaker sp : corpus.speakers()) {
                writeSpeaker(g, sp);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** A speaker's counts, leaving its object open for more fields. */
    private static void writeSpeaker(JsonGenerator g, CorpusSpeaker sp) throws IOException {
        g.writeStartObject();
        if (sp.stored()) {
            g.writeStringField("id", sp.id());
        }
        g.writeStringField("name", sp.name());
        g.writeStringField("kind", sp.kind().id());
        g.writeNumberField("quotes", sp.quotes());
        g.writeNumberField("claims", sp.claims());
        g.writeNumberField("mentions", sp.mentions());
        g.writeNumberField("articles", sp.documents());
    }

    /** Each speaker's quotes and claims, one a line: {@code ARTICLE [START, END) TYPE: TEXT}, the text on one line. */
    static String statements(List<CorpusSpeaker> speakers) {
        StringBuilder out = new StringBuilder();
        for (CorpusSpeaker sp : speakers) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(Excerpt.of(sp.name())).append(" (").append(sp.kind().id()).append("): ")
                    .append(count(sp.quotes(), "quote")).append(", ").append(count(sp.claims(), "claim"))
                    .append(" in ").append(count(sp.documents(), "article"));
            for (Statement st : sp.statements()) {
                out.append('\n').append(st.document()).append(" [").append(st.start()).append(", ").append(st.end()).append(") ")
                        .append(st.type().id());
                if (st.form() != null) {
                    out.append(" (").append(st.form().id()).append(')');
                }
                if (st.pending()) {
                    out.append(" (suggested)");
                }
                out.append(": ").append(VisibleText.oneLine(st.text().replaceAll("\\s+", " ")));
            }
        }
        return out.toString();
    }

    static String statementsJson(List<CorpusSpeaker> speakers) {
        return prettyJson(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("speakers");
            for (CorpusSpeaker sp : speakers) {
                writeSpeaker(g, sp);
                g.writeArrayFieldStart("statements");
                for (Statement st : sp.statements()) {
                    g.writeStartObject();
                    g.writeStringField("article", st.document());
                    g.writeStringField("entity", st.speaker().entity());
                    g.writeStringField("annotation", st.annotationId());
                    g.writeStringField("type", st.type().id());
                    g.writeNumberField("start", st.start());
                    g.writeNumberField("end", st.end());
                    g.writeStringField("text", st.text());
                    if (st.form() != null) {
                        g.writeStringField("form", st.form().id());
                    }
                    if (st.checkWorthy() != null) {
                        g.writeBooleanField("checkWorthy", st.checkWorthy());
                    }
                    if (st.pending()) {
                        g.writeBooleanField("pending", true);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** What {@code content} writes, pretty-printed as annotation files are. */
    private static String prettyJson(JsonContent content) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.setPrettyPrinter(PrettyJson.printer());
            content.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return w.toString();
    }

    @FunctionalInterface
    private interface JsonContent {
        void write(JsonGenerator g) throws IOException;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
