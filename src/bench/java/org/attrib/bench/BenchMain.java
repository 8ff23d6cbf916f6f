package org.attrib.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the whole benchmark of issue 7 and writes its table: generates the articles, runs the
 * JMH benchmarks of the core (files, edits, suggestions), then the window harness
 * ({@link UiBench}) in a JVM of its own under Monocle, and writes {@code results.md} (the table,
 * printed too) beside the raw figures ({@code jmh.properties}, {@code ui.properties},
 * {@code jmh.json}).
 *
 * <p>Usage: {@code BenchMain BENCH_DIR [all|jmh|ui|report] [quick]}. {@code jmh} or {@code ui}
 * runs one half and reports with the other half's last figures; {@code quick} runs few
 * iterations, to try the harness, not to quote.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path benchDir = Path.of(args[0]).toAbsolutePath();
        Set<String> flags = Set.copyOf(List.of(args).subList(1, args.length));
        String part = flags.contains("jmh") ? "jmh" : flags.contains("ui") ? "ui" : flags.contains("report") ? "report" : "all";
        boolean quick = flags.contains("quick");
        Files.createDirectories(benchDir);
        ArticleGenerator.ensure(benchDir);
        if (part.equals("all") || part.equals("jmh")) {
            runJmh(benchDir, quick);
        }
        if (part.equals("all") || part.equals("ui")) {
            runUi(benchDir, quick);
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.putAll(read(benchDir.resolve("jmh.properties")));
        figures.putAll(read(benchDir.resolve("ui.properties")));
        String table = Report.markdown(figures, Machine.describe());
        System.out.println();
        System.out.println(table);
        Files.writeString(benchDir.resolve("results.md"), table);
        System.out.println("Written to " + benchDir.resolve("results.md"));
    }

    // ---- JMH

    private static void runJmh(Path benchDir, boolean quick) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        List<RunResult> all = new ArrayList<>();
        all.addAll(run(base(benchDir, quick, "jmh-files")
                .include(FileBenchmarks.class.getName())
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(quick ? 1 : 5).measurementTime(TimeValue.seconds(2))));
        all.addAll(run(base(benchDir, quick, "jmh-edits")
                .include(EditBenchmarks.class.getName())
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 1 : 5).measurementTime(TimeValue.seconds(1))));
        all.addAll(run(base(benchDir, quick, "jmh-suggest")
                .include(SuggestBenchmarks.class.getName())
                .warmupIterations(quick ? 1 : 2).warmupTime(TimeValue.seconds(2))
                .measurementIterations(quick ? 1 : 3).measurementTime(TimeValue.seconds(3))));
        for (RunResult r : all) {
            String name = r.getParams().getBenchmark();
            String key = "jmh." + name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1) + "."
                    + r.getParams().getParam("article");
            Statistics s = r.getPrimaryResult().getStatistics();
            out.put(key + ".median", fmt(s.getPercentile(50)));
            out.put(key + ".p99", fmt(s.getPercentile(99)));
            out.put(key + ".mean", fmt(s.getMean()));
            out.put(key + ".n", Long.toString(s.getN()));
            out.put(key + ".unit", r.getPrimaryResult().getScoreUnit());
        }
        StringBuilder b = new StringBuilder();
        out.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        Files.writeString(benchDir.resolve("jmh.properties"), b);
    }

    private static ChainedOptionsBuilder base(Path benchDir, boolean quick, String name) {
        return new OptionsBuilder()
                .forks(1)
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xmx3g", "-D" + BenchFiles.DIR_PROPERTY + "=" + benchDir)
                .resultFormat(ResultFormatType.JSON)
                .result(benchDir.resolve(name + ".json").toString());
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws Exception {
        return new Runner(options.build()).run();
    }

    // ---- the window harness

    private static void runUi(Path benchDir, boolean quick) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // -Xms: the initial heap a JVM picks by itself on the 24 GiB development machine (1/64 of
        // it). Without it the full collection the harness runs before each open shrinks the heap
        // to a few MB, and every open then grows it again through young collections that copy the
        // document being built: a cost of the harness, which no analyst's open pays.
        List<String> cmd = new ArrayList<>(List.of(java, "-Xms384m", "-Xmx3g",
                "-Djava.awt.headless=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dheadless.geometry=1600x1200-32",
                // Pulses when asked for, not on the next 60 Hz tick: figures are work, not waiting for vsync.
                "-Djavafx.animation.pulse=1000",
                "-Dattrib.prefs.node=attrib-bench",
                "-cp", System.getProperty("java.class.path"),
                UiBench.class.getName(), benchDir.toString(), benchDir.resolve("ui.properties").toString(),
                quick ? "30" : "300"));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the window harness failed (exit " + exit + ")");
        }
    }

    // ---- figures

    private static Map<String, Double> read(Path file) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            try {
                out.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
            } catch (NumberFormatException e) {
                // Units and other words are not figures.
            }
        }
        return out;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
