package org.attrib.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.javafx.perf.PerformanceTracker;

import org.attrib.core.model.AnnotationType;
import org.attrib.ui.app.AppPreferences;
import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.article.ArticleView;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.table.AnnotationTable;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The window half of the benchmark, run headless under Monocle (software rendering). It opens
 * each generated article through {@link MainViewModel}, as the window does, into the article
 * view and the annotation table, and then tags, deletes and undoes in it through
 * {@link DocumentViewModel}: first with the article view alone, then with the table beside it.
 * Beside each figure, the same work by a bare RichTextFX area in the same scene. Every latency
 * runs from the moment the action starts on the JavaFX thread to the moment the first frame
 * rendered after it is done (JavaFX's per-scene frame callback), so it includes the pulse: CSS,
 * layout, the sync to the render thread and the software rasterisation of the frame. The
 * window is MainWindow's layout in miniature (article left, table right, the app's style
 * sheet), without menus and tool bar, so that it does not depend on the window's code.
 *
 * <p>Usage: {@code UiBench BENCH_DIR RESULTS_FILE [CYCLES [ARTICLE...]]}; writes {@code key=value} lines.
 */
public final class UiBench {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 820;
    /** A frame counts as the last of an action once none followed for this long. */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(80);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An action that brings no frame in this long changed nothing on screen. */
    private static final int NO_FRAME_SECONDS = 3;

    private final Path benchDir;
    private final Results results;
    private final int cycles;
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "attrib-io");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;
    private Scene scene;
    /** Completed with the time of the next rendered frame; touched on the JavaFX thread only. */
    private CompletableFuture<Long> frameWaiter;
    private final AtomicLong lastFrame = new AtomicLong();
    private final Random random = new Random(11);
    /** When the first pulse after the timed action began (0 until then); JavaFX thread only. */
    private long pulseAfterAction;
    private long actionEnd;
    /** Nanos each timed action waited for the pulse timer: idle, not work. */
    private final List<Double> pulseWaits = new ArrayList<>();
    /** The last open's phases, ms: background until shown, article view, table, to the first frame. */
    private double[] lastOpenPhases;
    /** For the last timed action: nanos from its start to the last frame it caused (a later pulse may finish what the first began). */
    private long lastBurstNanos;
    /** Timed actions after which no frame came (not counted in the figures). */
    private int noFrame;

    private UiBench(Path benchDir, Results results, int cycles) {
        this.benchDir = benchDir;
        this.results = results;
        this.cycles = cycles;
    }

    public static void main(String[] args) throws Exception {
        Path benchDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int cycles = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Results results = new Results();
        UiBench bench = new UiBench(benchDir, results, cycles);
        bench.start();
        bench.warmUp();
        List<Article> articles = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            articles.add(Article.of(args[i]));
        }
        for (Article a : articles.isEmpty() ? List.of(Article.values()) : articles) {
            bench.measure(a);
            results.put("noframe", bench.noFrame);
            results.put("pulsewait", Stats.of(toArray(bench.pulseWaits)));
            results.write(out);
        }
        Platform.exit();
        System.exit(0);
    }

    private void start() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        onFx(() -> {
            stage = new Stage();
            scene = new Scene(new StackPane(), WIDTH, HEIGHT);
            scene.getStylesheets().add(ArticleView.class.getResource("/org/attrib/ui/attrib.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            scene.addPreLayoutPulseListener(this::pulseStarted);
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
            tracker.setOnRenderedFrameTask(this::frameRendered);
            return null;
        });
    }

    private void pulseStarted() {
        if (pulseAfterAction == 0) {
            pulseAfterAction = System.nanoTime();
        }
    }

    private void frameRendered() {
        long now = System.nanoTime();
        lastFrame.set(now);
        CompletableFuture<Long> w = frameWaiter;
        if (w != null) {
            frameWaiter = null;
            w.complete(now);
        }
    }

    /** Opens and edits the small article a few times, so that the measurements find the code compiled. */
    private void warmUp() throws Exception {
        for (int i = 0; i < 3; i++) {
            Opened o = openAttrib(Article.SMALL);
            edits(o, Article.SMALL, 40, null);
            close(o);
            closeBare(openBare(Article.SMALL));
        }
    }

    private void measure(Article a) throws Exception {
        System.out.printf("window harness: %s%n", a.describe());
        int repeats = a == Article.LARGE ? 9 : 8;
        // One untimed open of each kind first: the code for this size compiled, the files in the page cache.
        closeBare(openBare(a));
        close(openAttrib(a));
        double[] json = new double[repeats];
        double[] attrib = new double[repeats];
        double[] bare = new double[repeats];
        double[] memory = new double[repeats];
        double[] bareMemory = new double[repeats];
        double[][] phases = new double[4][repeats];
        double[] withTable = new double[repeats];
        double[][] tablePhases = new double[2][repeats];

        for (int i = 0; i < repeats; i++) {
            json[i] = ms(jsonFloor(a));

            BareOpened b = openBare(a, true);
            bareMemory[i] = b.retained();
            bare[i] = ms(b.nanos());
            closeBare(b);

            Opened o = openAttrib(a, false, false);
            attrib[i] = ms(o.nanos());
            for (int p = 0; p < 4; p++) {
                phases[p][i] = lastOpenPhases[p];
            }
            close(o);

            Opened w = openAttrib(a, true, true);
            memory[i] = w.retained();
            withTable[i] = ms(w.nanos());
            tablePhases[0][i] = lastOpenPhases[2];
            tablePhases[1][i] = lastOpenPhases[3];
            close(w);
        }
        String k = a.label();
        results.put("open.json." + k, Stats.of(json));
        results.put("open.bare." + k, Stats.of(bare));
        results.put("open.attrib." + k, Stats.of(attrib));
        results.put("open.table." + k, Stats.of(withTable));
        String[] phaseNames = {"background", "articleview", "table", "frame"};
        for (int p = 0; p < 4; p++) {
            if (p == 2) {
                continue;
            }
            results.put("open.phase." + phaseNames[p] + "." + k, Stats.of(phases[p]));
        }
        results.put("open.phase.table." + k, Stats.of(tablePhases[0]));
        results.put("open.phase.tableframe." + k, Stats.of(tablePhases[1]));
        results.put("memory.attrib." + k, Stats.of(memory));
        results.put("memory.bare." + k, Stats.of(bareMemory));
        results.put("text.bytes." + k, Files.size(a.source(benchDir)));
        // The edits in the article view alone, then with the annotation table beside it.
        Opened article = openAttrib(a, false, false);
        results.put("annotations." + k, article.vm().annotations().size());
        edits(article, a, cycles, "attrib");
        // The same edits with the speaker labels off, as before they existed: what they cost.
        // Measured after the labelled run, so that any warming up favours the run without them.
        onFx(() -> {
            article.article().setSpeakerLabels(false);
            return null;
        });
        settle();
        edits(article, a, cycles, "nolabels");
        close(article);
        Opened window = openAttrib(a, false, true);
        edits(window, a, Math.max(20, cycles / 3), "table");
        close(window);
        restyleFloor(a);
    }

    // ---- open

    /** An article opened in the harness: what shows it, how long it took, and the heap it holds (bytes, or -1 when not measured). */
    private record Opened(MainViewModel main, DocumentViewModel vm, ArticleView article, long nanos, long retained) {
    }

    private record BareOpened(StyleClassedTextArea area, long nanos, long retained) {
    }

    /** Plain Files.readString of the article and a Jackson tree of its annotation file: what reading alone costs. */
    private long jsonFloor(Article a) throws IOException, InterruptedException {
        retainedHeap();
        long t0 = System.nanoTime();
        String text = Files.readString(a.source(benchDir), StandardCharsets.UTF_8);
        String json = Files.readString(a.annotationFile(benchDir), StandardCharsets.UTF_8);
        long t1 = System.nanoTime();
        if (JSON.readTree(json).size() == 0 || text.isEmpty()) {
            throw new IllegalStateException("empty article");
        }
        return System.nanoTime() - t1 + (t1 - t0);
    }

    /**
     * Opens an article as the window does: MainViewModel reads and binds it and computes its
     * style spans in the background, then the article view and the table show it. Timed from
     * {@code open(path)} to the first frame rendered after the view shows it.
     */
    private Opened openAttrib(Article a) throws Exception {
        return openAttrib(a, false, true);
    }

    private Opened openAttrib(Article a, boolean measureMemory, boolean withTable) throws Exception {
        MainViewModel[] main = new MainViewModel[1];
        ArticleView article = new ArticleView();
        AnnotationTable table = new AnnotationTable();
        onFx(() -> {
            main[0] = new MainViewModel(io, Platform::runLater, new AppPreferences(
                    java.util.prefs.Preferences.userRoot().node("attrib-bench")));
            // Autosave off: it would write the benchmark's files and compete for the cores.
            main[0].autosaveDelayProperty().set(Duration.ZERO);
            article.area().setShowCaret(Caret.CaretVisibility.OFF);
            scene.setRoot(split(article.node(), withTable ? table.node() : new Pane()));
            return null;
        });
        settle();
        // The baseline: the window is up with its empty views, as before the analyst opens anything.
        // Collected before every open, measured or not, so that no open pays for the garbage of the one before.
        long before = retainedHeap();
        histogram(measureMemory, a, "before");
        CompletableFuture<Long> frame = new CompletableFuture<>();
        long[] t0 = new long[1];
        long[] phases = new long[3];
        onFx(() -> {
            main[0].loadedProperty().addListener((obs, old, loaded) -> {
                phases[0] = System.nanoTime();
                article.show(loaded.document(), loaded.highlights(), loaded.styled(), loaded.caret());
                phases[1] = System.nanoTime();
                if (withTable) {
                    table.show(loaded.document());
                }
                phases[2] = System.nanoTime();
                frameWaiter = frame;
                Platform.requestNextPulse();
            });
            main[0].openErrorProperty().addListener((obs, old, error) -> frame.completeExceptionally(
                    new IllegalStateException(error)));
            main[0].badFileProperty().addListener((obs, old, bad) -> frame.completeExceptionally(
                    new IllegalStateException(bad.problem())));
            t0[0] = System.nanoTime();
            main[0].open(a.source(benchDir));
            return null;
        });
        long shown = frame.get(120, TimeUnit.SECONDS);
        settle();
        long retained = measureMemory ? retainedHeap() - before : -1;
        histogram(measureMemory, a, "after");
        // Where the time went: reading and preparing in the background, showing, the first frame.
        lastOpenPhases = new double[] {ms(phases[0] - t0[0]), ms(phases[1] - phases[0]), ms(phases[2] - phases[1]),
            ms(shown - phases[2])};
        return new Opened(main[0], main[0].document(), article, shown - t0[0], retained);
    }

    /** A bare RichTextFX area, set up as the article view's, showing the text read with Files.readString. */
    private BareOpened openBare(Article a) throws Exception {
        return openBare(a, false);
    }

    private BareOpened openBare(Article a, boolean measureMemory) throws Exception {
        StyleClassedTextArea area = new StyleClassedTextArea();
        onFx(() -> {
            area.getStyleClass().add("article");
            area.setEditable(false);
            area.setWrapText(true);
            area.setShowCaret(Caret.CaretVisibility.OFF);
            area.setPadding(new Insets(12, 18, 12, 18));
            scene.setRoot(split(new VirtualizedScrollPane<>(area), new Pane()));
            return null;
        });
        settle();
        long before = retainedHeap();
        CompletableFuture<Long> frame = new CompletableFuture<>();
        long[] t0 = new long[1];
        Path source = a.source(benchDir);
        onFx(() -> {
            t0[0] = System.nanoTime();
            io.execute(() -> {
                try {
                    String text = Files.readString(source, StandardCharsets.UTF_8);
                    Platform.runLater(() -> {
                        area.replaceText(text);
                        frameWaiter = frame;
                        Platform.requestNextPulse();
                    });
                } catch (IOException e) {
                    frame.completeExceptionally(e);
                }
            });
            return null;
        });
        long shown = frame.get(120, TimeUnit.SECONDS);
        settle();
        long retained = measureMemory ? retainedHeap() - before : -1;
        return new BareOpened(area, shown - t0[0], retained);
    }

    private static Parent split(javafx.scene.Node article, javafx.scene.Node side) {
        SplitPane split = new SplitPane(article, side);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(side, false);
        return split;
    }

    private void close(Opened o) throws Exception {
        onFx(() -> {
            o.main().closeDocument();
            scene.setRoot(new StackPane());
            return null;
        });
        settle();
    }

    private void closeBare(BareOpened b) throws Exception {
        onFx(() -> {
            scene.setRoot(new StackPane());
            return null;
        });
        settle();
    }

    // ---- edits

    /**
     * Tags a 40-char range (grown to whole words, as by default) in the visible part of the
     * article, deletes it, undoes the delete, undoes the tag: each timed from the call on the
     * view-model to the first frame after it. Every 20 cycles the view jumps elsewhere.
     */
    private void edits(Opened o, Article a, int n, String record) throws Exception {
        List<Double> tag = new ArrayList<>();
        List<Double> delete = new ArrayList<>();
        List<Double> undo = new ArrayList<>();
        List<Double> fxPart = new ArrayList<>();
        List<Double> lastFrames = new ArrayList<>();
        StyleClassedTextArea area = o.article().area();
        DocumentViewModel vm = o.vm();
        int textLength = vm.text().length();
        for (int i = 0; i < n; i++) {
            if (i % 20 == 0) {
                jump(area, random.nextInt(textLength));
            }
            int[] range = onFx(() -> visibleRange(area, 40));
            if (range == null) {
                continue;
            }
            long[] fx = new long[1];
            add(tag, timeToFrame(() -> o.main().current().tagging().tag(AnnotationType.QUOTE, range[0], range[1], false), fx));
            add(lastFrames, lastBurstNanos);
            fxPart.add(ms(fx[0]));
            add(delete, timeToFrame(vm::deleteSelected, fx));
            add(lastFrames, lastBurstNanos);
            add(undo, timeToFrame(vm::undo, fx));
            add(lastFrames, lastBurstNanos);
            add(undo, timeToFrame(vm::undo, fx));
            add(lastFrames, lastBurstNanos);
        }
        if (record != null) {
            String k = a.label();
            results.put("tag." + record + "." + k, Stats.of(toArray(tag)));
            results.put("tag.fxthread." + record + "." + k, Stats.of(toArray(fxPart)));
            results.put("delete." + record + "." + k, Stats.of(toArray(delete)));
            results.put("undo." + record + "." + k, Stats.of(toArray(undo)));
            results.put("settled." + record + "." + k, Stats.of(toArray(lastFrames)));
        }
    }

    /**
     * The floor under a tag: a bare area holding the same text with the same highlights
     * restyles a 40-char range; timed to the first frame after, as the edits are.
     */
    private void restyleFloor(Article a) throws Exception {
        StyleSpans<Collection<String>> spans = styledSpans(a);
        BareOpened b = openBare(a);
        onFx(() -> {
            b.area().setStyleSpans(0, spans);
            return null;
        });
        settle();
        StyleClassedTextArea area = b.area();
        int textLength = area.getLength();
        List<Double> restyle = new ArrayList<>();
        List<Double> restyleSettled = new ArrayList<>();
        for (int i = 0; i < cycles; i++) {
            if (i % 20 == 0) {
                jump(area, random.nextInt(textLength));
            }
            int[] range = onFx(() -> visibleRange(area, 40));
            if (range == null) {
                continue;
            }
            StyleSpans<Collection<String>> on = StyleSpans.singleton(List.of("quote", "selected"), range[1] - range[0]);
            StyleSpans<Collection<String>> off = area.getStyleSpans(range[0], range[1]);
            long[] fx = new long[1];
            add(restyle, timeToFrame(() -> area.setStyleSpans(range[0], on), fx));
            add(restyleSettled, lastBurstNanos);
            add(restyle, timeToFrame(() -> area.setStyleSpans(range[0], off), fx));
            add(restyleSettled, lastBurstNanos);
        }
        results.put("restyle.bare." + a.label(), Stats.of(toArray(restyle)));
        results.put("settled.bare." + a.label(), Stats.of(toArray(restyleSettled)));
        closeBare(b);
    }

    /** The style spans Attrib computes for the article, taken from a view-model opened for the purpose. */
    private StyleSpans<Collection<String>> styledSpans(Article a) throws Exception {
        Opened o = openAttrib(a);
        StyleSpans<Collection<String>> spans = onFx(() -> o.article().area().getStyleSpans(0, o.article().area().getLength()));
        close(o);
        return spans;
    }

    /** Scrolls the caret to a char offset and waits until the view has been drawn there. */
    private void jump(StyleClassedTextArea area, int to) throws Exception {
        timeToFrame(() -> {
            area.moveTo(to);
            area.requestFollowCaret();
        }, new long[1]);
    }

    /** A range of about {@code length} chars inside one visible paragraph, or null when none is long enough. */
    private int[] visibleRange(StyleClassedTextArea area, int length) {
        int first = area.firstVisibleParToAllParIndex();
        int last = area.lastVisibleParToAllParIndex();
        for (int attempt = 0; attempt < 10; attempt++) {
            int par = first + random.nextInt(Math.max(1, last - first + 1));
            int parLength = area.getParagraphLength(par);
            if (parLength > length + 2) {
                int col = random.nextInt(parLength - length);
                int start = area.getAbsolutePosition(par, col);
                return new int[] {start, start + length};
            }
        }
        return null;
    }

    // ---- timing

    /**
     * Runs an action on the JavaFX thread; nanos from its start to the first frame rendered after
     * it, or -1 when it changed nothing on screen (no frame came).
     */
    private long timeToFrame(Runnable action, long[] fxNanos) throws Exception {
        CompletableFuture<Long> frame = new CompletableFuture<>();
        long[] t0 = new long[1];
        onFx(() -> {
            frameWaiter = frame;
            t0[0] = System.nanoTime();
            action.run();
            long t1 = System.nanoTime();
            fxNanos[0] = t1 - t0[0];
            actionEnd = t1;
            pulseAfterAction = 0;
            Platform.requestNextPulse();
            return null;
        });
        long shown;
        try {
            shown = frame.get(NO_FRAME_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            onFx(() -> frameWaiter = null);
            noFrame++;
            return -1;
        }
        double wait = ms(onFx(() -> pulseAfterAction - actionEnd));
        pulseWaits.add(wait);
        settle();
        lastBurstNanos = lastFrame.get() - t0[0];
        return shown - t0[0];
    }

    /** Waits until no frame has been rendered for a while: what an action set off has been shown. */
    private void settle() throws InterruptedException {
        while (true) {
            long quietFor = System.nanoTime() - lastFrame.get();
            if (quietFor >= QUIET_NANOS) {
                return;
            }
            Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(QUIET_NANOS - quietFor)));
        }
    }

    /** Heap still used after full collections: what the objects alive now take. */
    /**
     * With {@code -Dbench.histogram=true}, the heap's class histogram around a measured open
     * ({@code histogram-5mb-before.txt}, {@code -after.txt}): what the retained heap is made of.
     */
    private void histogram(boolean measured, Article a, String when) throws Exception {
        if (!measured || !Boolean.getBoolean("bench.histogram")) {
            return;
        }
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
        Files.writeString(benchDir.resolve("histogram-" + a.label() + "-" + when + ".txt"), String.valueOf(text));
    }

    private static long retainedHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(action.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    private static void add(List<Double> samples, long nanos) {
        if (nanos >= 0) {
            samples.add(ms(nanos));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double[] toArray(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The harness's figures, written as {@code key=value} lines for {@link BenchMain}. */
    static final class Results {
        private final java.util.Map<String, String> values = new java.util.LinkedHashMap<>();

        void put(String key, Stats s) {
            values.put(key + ".median", fmt(s.median()));
            values.put(key + ".p99", fmt(s.p99()));
            values.put(key + ".min", fmt(s.min()));
            values.put(key + ".max", fmt(s.max()));
            values.put(key + ".n", Integer.toString(s.count()));
        }

        void put(String key, long value) {
            values.put(key, Long.toString(value));
        }

        void write(Path file) throws IOException {
            StringBuilder b = new StringBuilder();
            values.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
            Files.createDirectories(file.getParent());
            Files.writeString(file, b);
        }

        private static String fmt(double d) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
    }
}
