package org.attrib.core.suggest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;

/**
 * How long suggesting takes for a 1 MB article (not a test: run it by hand). The article is the
 * given files (default: the bundled sample) repeated until it reaches the size asked for.
 *
 * <pre>java -cp target/classes:target/test-classes:... org.attrib.core.suggest.SuggestBench [--bytes N] [FILE...]</pre>
 */
public final class SuggestBench {

    private SuggestBench() {
    }

    public static void main(String[] args) throws Exception {
        int bytes = 1 << 20;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--bytes")) {
                bytes = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            files.add(Path.of("annotations/voa-2019-12-04-us-mexico-cartel-tools.txt"));
        }
        StringBuilder sb = new StringBuilder();
        while (sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < bytes) {
            for (Path f : files) {
                sb.append(SourceTextLoader.load(f).text()).append("\n\n");
            }
        }
        SourceText text = SourceText.of("bench.txt", sb.toString());
        int size = text.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;

        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Suggestions first = new Suggester().suggest(text);
        long cold = System.nanoTime() - t0;
        long coldCpu = cpu.getCurrentThreadCpuTime() - c0;

        Suggester s = new Suggester();
        for (int i = 0; i < 5; i++) {
            s.suggest(text);
        }
        long[] runs = new long[10];
        long[] cpus = new long[10];
        long[] merges = new long[10];
        for (int i = 0; i < runs.length; i++) {
            long ca = cpu.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            Suggestions out = s.suggest(text);
            long b = System.nanoTime();
            cpus[i] = cpu.getCurrentThreadCpuTime() - ca;
            SuggestionMerger.merge(new AnnotatedDocument(text), out).edit().redo();
            long c = System.nanoTime();
            runs[i] = b - a;
            merges[i] = c - b;
        }
        Arrays.sort(runs);
        Arrays.sort(cpus);
        Arrays.sort(merges);
        System.out.printf(Locale.ROOT, "article: %,d bytes, %,d code points; %,d suggestions, %,d entities%n", size,
                text.length(), first.annotations().size(), first.entities().size());
        System.out.printf(Locale.ROOT, "first call (word lists loaded, JIT cold): %.0f ms wall, %.0f ms CPU of the calling thread%n",
                cold / 1e6, coldCpu / 1e6);
        System.out.printf(Locale.ROOT, "suggest, warm: median %.0f ms wall (min %.0f, max %.0f), median %.0f ms CPU%n",
                runs[runs.length / 2] / 1e6, runs[0] / 1e6, runs[runs.length - 1] / 1e6, cpus[cpus.length / 2] / 1e6);
        System.out.printf(Locale.ROOT, "merge into an empty document, warm: median %.0f ms%n", merges[merges.length / 2] / 1e6);
    }
}
