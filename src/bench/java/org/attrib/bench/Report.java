package org.attrib.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The benchmark's table in Markdown: one row per figure, a column per article, the target and whether it is met. */
final class Report {

    private static final Article[] ARTICLES = Article.values();
    private final Map<String, Double> f;
    private final StringBuilder out = new StringBuilder();

    private Report(Map<String, Double> figures) {
        this.f = figures;
    }

    static String markdown(Map<String, Double> figures, String machine) {
        return new Report(figures).write(machine);
    }

    private String write(String machine) {
        out.append("Machine: ").append(machine).append("\n\n");
        out.append("| Figure | ");
        for (Article a : ARTICLES) {
            out.append(a.describe()).append(" | ");
        }
        out.append("Target | Met |\n|---|");
        for (int i = 0; i < ARTICLES.length; i++) {
            out.append("---:|");
        }
        out.append("---|---|\n");

        section("Open (window)");
        row("open, Attrib: path to first frame with highlights (article view), ms", a -> ms(get("open.attrib", a, "median")), "", "");
        row("floor: bare RichTextFX area, same text, no styling, ms", a -> ms(get("open.bare", a, "median")), "", "");
        ratioRow("open / bare area", "open.attrib", "open.bare", "median", 1.5);
        row("floor: Files.readString + Jackson tree of the annotation file, ms", a -> ms(get("open.json", a, "median")), "", "");

        row("of which: reading and preparing in the background, ms", a -> ms(get("open.phase.background", a, "median")), "", "");
        row("of which: the article view taking text and highlights, ms", a -> ms(get("open.phase.articleview", a, "median")), "", "");
        row("of which: layout and the first frame, ms", a -> ms(get("open.phase.frame", a, "median")), "", "");
        row("open with the annotation table beside the article, ms", a -> ms(get("open.table", a, "median")), "", "");
        row("of which: the table taking the annotations, ms", a -> ms(get("open.phase.table", a, "median")), "", "");
        row("of which: layout and the first frame, with the table, ms", a -> ms(get("open.phase.tableframe", a, "median")), "", "");

        section("Tag, delete, undo in the article view (view-model edit, restyle, pulse, frame)");
        for (String op : List.of("tag", "delete", "undo")) {
            row(op + ", ms: median / p99", a -> pair(get(op + ".attrib", a, "median"), get(op + ".attrib", a, "p99")),
                    "p99 < 16 on 5 MB", verdictBelow(get(op + ".attrib", Article.LARGE, "p99"), 16));
            double small = get(op + ".attrib", Article.SMALL, "p99");
            double large = get(op + ".attrib", Article.LARGE, "p99");
            row(op + ", p99 against 100 KB", a -> ratio(get(op + ".attrib", a, "p99") / small),
                    "≤ 1.5× on 5 MB", verdictBelow(large / small, 1.5));
        }
        row("tag, delete, undo: to the last frame they caused, ms: median / p99",
                a -> pair(get("settled.attrib", a, "median"), get("settled.attrib", a, "p99")), "", "");
        row("tag, of which the edit on the JavaFX thread (before the pulse), ms: median / p99",
                a -> pair(get("tag.fxthread.attrib", a, "median"), get("tag.fxthread.attrib", a, "p99")), "", "");
        row("floor: bare area with the same highlights restyles 40 chars, ms: median / p99",
                a -> pair(get("restyle.bare", a, "median"), get("restyle.bare", a, "p99")), "", "");
        row("floor: the same, to the last frame it caused, ms: median / p99",
                a -> pair(get("settled.bare", a, "median"), get("settled.bare", a, "p99")), "", "");

        section("The same without the speaker labels in the margin (View > Speaker labels off)");
        for (String op : List.of("tag", "delete", "undo")) {
            row(op + ", ms: median / p99", a -> pair(get(op + ".nolabels", a, "median"), get(op + ".nolabels", a, "p99")), "", "");
        }
        for (String stat : List.of("median", "p99")) {
            List<String> met = new ArrayList<>();
            for (Article a : ARTICLES) {
                met.add(labelCost(a, stat) <= 1.1 ? "yes" : "no");
            }
            row("tag, delete, undo with labels / without, " + stat, a -> ratio(labelCost(a, stat)), "≤ 1.1", String.join(", ", met));
        }

        section("The same with the annotation table beside the article");
        for (String op : List.of("tag", "delete", "undo")) {
            row(op + ", ms: median / p99", a -> pair(get(op + ".table", a, "median"), get(op + ".table", a, "p99")),
                    "p99 < 16 on 5 MB", verdictBelow(get(op + ".table", Article.LARGE, "p99"), 16));
        }
        row("tag, delete, undo: to the last frame they caused, ms: median / p99",
                a -> pair(get("settled.table", a, "median"), get("settled.table", a, "p99")), "", "");
        row("tag, of which on the JavaFX thread, ms: median / p99",
                a -> pair(get("tag.fxthread.table", a, "median"), get("tag.fxthread.table", a, "p99")), "", "");

        section("Model alone (JMH, no view)");
        for (String op : List.of("tag", "delete", "undo")) {
            row(op + ", µs: median / p99", a -> pair(get("jmh.EditBenchmarks." + op, a, "median"),
                    get("jmh.EditBenchmarks." + op, a, "p99")), "", "");
        }

        section("Save and load (JMH)");
        row("save, Attrib (snapshot, serialise while parsed back to verify, atomic replace, fsync, stamp), ms", a -> ms(get("jmh.FileBenchmarks.saveAttrib", a, "median")), "", "");
        row("floor: Jackson tree written to a file, ms", a -> ms(get("jmh.FileBenchmarks.saveFloor", a, "median")), "", "");
        ratioRow("save / floor", "jmh.FileBenchmarks.saveAttrib", "jmh.FileBenchmarks.saveFloor", "median", 1.5);
        row("floor, durable: the same through a temporary file, fsync, atomic move, fsync of the folder, ms",
                a -> ms(get("jmh.FileBenchmarks.saveFloorDurable", a, "median")), "", "");
        ratioRow("save / durable floor", "jmh.FileBenchmarks.saveAttrib", "jmh.FileBenchmarks.saveFloorDurable", "median", Double.NaN);
        ratioRow("serialise only (in memory) / Jackson tree", "jmh.FileBenchmarks.serialiseAttrib",
                "jmh.FileBenchmarks.serialiseFloor", "median", Double.NaN);
        row("load, Attrib (read, parse, check, stamp, bind to the text while parsed), ms", a -> ms(get("jmh.FileBenchmarks.loadAttrib", a, "median")), "", "");
        row("read, parse and check alone (AnnotationFileReader.read), ms", a -> ms(get("jmh.FileBenchmarks.parseAttrib", a, "median")), "", "");
        row("floor: read + Jackson tree, ms", a -> ms(get("jmh.FileBenchmarks.loadFloor", a, "median")), "", "");
        ratioRow("load / floor", "jmh.FileBenchmarks.loadAttrib", "jmh.FileBenchmarks.loadFloor", "median", 1.5);
        ratioRow("read, parse and check / floor", "jmh.FileBenchmarks.parseAttrib", "jmh.FileBenchmarks.loadFloor", "median",
                Double.NaN);

        section("Memory (heap retained after opening, beyond the heap before)");
        row("Attrib: document, view-models, article view and table, MB", a -> mb(get("memory.attrib", a, "median")), "", "");
        row("budget: 10 × text bytes + 300 B × annotations, MB", a -> mb(budget(a)), "", "");
        List<String> verdicts = new ArrayList<>();
        for (Article a : ARTICLES) {
            verdicts.add(get("memory.attrib", a, "median") <= budget(a) ? "yes" : "no");
        }
        row("Attrib / budget", a -> ratio(get("memory.attrib", a, "median") / budget(a)), "≤ 1", String.join(", ", verdicts));
        row("for comparison: bare area with the text, MB", a -> mb(get("memory.bare", a, "median")), "", "");

        section("Suggest (JMH)");
        row("throughput, MB of text per second", a -> String.format(Locale.ROOT, "%.1f",
                get("text.bytes", a) / 1e6 / (get("jmh.SuggestBenchmarks.suggest", a, "mean") / 1000)), "", "");
        out.append("\nms and µs are medians unless marked p99 (99th percentile). Window samples: tag ")
                .append(count("tag.attrib")).append(", delete ").append(count("delete.attrib")).append(", undo ")
                .append(count("undo.attrib")).append(" per article (with the table: ").append(count("tag.table"))
                .append(" tags); opens: ").append(count("open.attrib"))
                .append(". Pulse wait (asking for a pulse to its start): median ")
                .append(String.format(Locale.ROOT, "%.1f ms, p99 %.1f ms", get("pulsewait.median"), get("pulsewait.p99")))
                .append(". Actions that brought no frame: ").append(String.format(Locale.ROOT, "%.0f", get("noframe"))).append(".\n");
        return out.toString();
    }

    /** Tag, delete and undo together, with the speaker labels against without them. */
    private double labelCost(Article a, String stat) {
        double with = 0;
        double without = 0;
        for (String op : List.of("tag", "delete", "undo")) {
            with += get(op + ".attrib", a, stat);
            without += get(op + ".nolabels", a, stat);
        }
        return with / without;
    }

    private double budget(Article a) {
        return 10 * get("text.bytes", a) + 300 * get("annotations", a);
    }

    private String count(String key) {
        List<String> n = new ArrayList<>();
        for (Article a : ARTICLES) {
            n.add(String.format(Locale.ROOT, "%.0f", get(key, a, "n")));
        }
        return String.join("/", n);
    }

    private void section(String title) {
        out.append("| **").append(title).append("** |");
        for (int i = 0; i < ARTICLES.length + 2; i++) {
            out.append(" |");
        }
        out.append('\n');
    }

    private void ratioRow(String label, String key, String floorKey, String stat, double target) {
        List<String> verdicts = new ArrayList<>();
        for (Article a : ARTICLES) {
            double r = get(key, a, stat) / get(floorKey, a, stat);
            verdicts.add(Double.isNaN(r) ? "?" : r <= target ? "yes" : "no");
        }
        boolean targeted = !Double.isNaN(target);
        row(label, a -> ratio(get(key, a, stat) / get(floorKey, a, stat)),
                targeted ? String.format(Locale.ROOT, "≤ %.1f×", target) : "", targeted ? String.join(", ", verdicts) : "");
    }

    private void row(String label, Function<Article, String> cell, String target, String met) {
        out.append("| ").append(label).append(" | ");
        for (Article a : ARTICLES) {
            out.append(cell.apply(a)).append(" | ");
        }
        out.append(target).append(" | ").append(met).append(" |\n");
    }

    private double get(String key, Article a, String stat) {
        return get(key + "." + a.label() + "." + stat);
    }

    private double get(String key, Article a) {
        return get(key + "." + a.label());
    }

    private double get(String key) {
        Double v = f.get(key);
        return v == null ? Double.NaN : v;
    }

    private static String verdictBelow(double value, double limit) {
        return Double.isNaN(value) ? "?" : value <= limit ? "yes" : "no";
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String pair(double median, double p99) {
        return ms(median) + " / " + ms(p99);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f×", r);
    }

    private static String mb(double bytes) {
        return Double.isNaN(bytes) ? "–" : String.format(Locale.ROOT, "%.1f", bytes / 1e6);
    }
}
