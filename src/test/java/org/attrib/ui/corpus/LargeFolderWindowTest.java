package org.attrib.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceTextLoader;
import org.attrib.ui.app.AppPreferences;
import org.attrib.ui.launch.AttribApp;
import org.attrib.ui.corpus.CorpusViewModel;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** A folder of thousands of articles is listed in the background while the window keeps answering. */
@ExtendWith(ApplicationExtension.class)
class LargeFolderWindowTest {

    private static final int ARTICLES = 3000;
    /** Longest a round trip through the JavaFX queue may take while the list loads: generous, for a slow 2-core machine. */
    private static final long ROUND_TRIP_BOUND_MS = 5000;

    @TempDir
    Path dir;

    private ExecutorService io;
    private FxRobot robot;

    @BeforeEach
    void setUp(FxRobot robot) {
        this.robot = robot;
        io = UiTestSupport.io();
        AppPreferences.load().clear();
        AppPreferences.load().setAutosaveDelay(java.time.Duration.ZERO);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdownNow();
    }

    @Test
    void theWindowKeepsAnsweringWhileThousandsOfArticlesAreListed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("many"));
        // Every article is annotated, as in a folder being worked through: listing reads each annotation file.
        String text = "\"We are ready,\" Maria Lopez said on Monday.\n";
        Path template = dir.resolve("template.txt");
        Files.writeString(template, text, StandardCharsets.UTF_8);
        AnnotatedDocument doc = new AnnotatedDocument(SourceTextLoader.load(template));
        AnnotationEditor editor = new AnnotationEditor(doc);
        editor.tag(AnnotationType.QUOTE, 1, text.indexOf(",\"")).edit().redo();
        editor.tag(AnnotationType.SPEAKER, text.indexOf("Maria"), text.indexOf(" said")).edit().redo();
        Path templateFile = dir.resolve("template.annotations.json");
        DocumentFiles.save(DocumentSnapshot.of(doc), templateFile);
        String json = Files.readString(templateFile);
        assertThat(json).contains("\"file\": \"template.txt\"");
        for (int i = 0; i < ARTICLES; i++) {
            Path sub = Files.createDirectories(i % 2 == 0 ? folder : folder.resolve("part" + i % 10));
            String name = String.format("article-%04d", i);
            Files.writeString(sub.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(sub.resolve(name + ".annotations.json"),
                    json.replace("\"file\": \"template.txt\"", "\"file\": \"" + name + ".txt\""), StandardCharsets.UTF_8);
        }

        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = AttribApp.open(new Stage(), io));
        CorpusViewModel corpus = window[0].mainViewModel().corpus();
        // The folder opens as the menu would open it; the first round trip below is queued right
        // behind it, so it runs before any batch of the list can arrive.
        Platform.runLater(() -> window[0].openAfterAsking(folder));

        // Round trips through the JavaFX queue, one after another, for as long as the list is loading.
        // Each runnable reads on the JavaFX thread whether the list was still loading when it ran.
        int whileLoading = 0;
        int betweenBatches = 0;
        long slowestMs = 0;
        while (true) {
            CompletableFuture<Integer> answer = new CompletableFuture<>();
            long start = System.nanoTime();
            Platform.runLater(() -> answer.complete(corpus.loadingProperty().get() ? corpus.documents().size() : -1));
            int listed = answer.get(ROUND_TRIP_BOUND_MS * 5, TimeUnit.MILLISECONDS);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (listed < 0) {
                break;
            }
            whileLoading++;
            if (listed > 0) {
                betweenBatches++;
            }
            slowestMs = Math.max(slowestMs, ms);
            assertThat(ms).as("round trip %d through the JavaFX queue while the list loads", whileLoading)
                    .isLessThan(ROUND_TRIP_BOUND_MS);
        }
        // The first round trip was queued right behind the opening, ahead of every batch of the list.
        // Had the listing run on the JavaFX thread, the batches would all have been queued by the time
        // the second one was, and it would have found the list loaded: at most one answer while loading.
        assertThat(whileLoading).as("round trips answered while the list was loading (%d with part of it shown, "
                + "slowest %d ms)", betweenBatches, slowestMs).isGreaterThanOrEqualTo(2);

        UiTestSupport.waitUntil("all articles listed", () -> corpus.documents().size() == ARTICLES);
        assertThat(corpus.loadingProperty().get()).isFalse();
        UiTestSupport.waitUntil("the first article is open", () -> window[0].mainViewModel().document() != null);
        assertThat(window[0].mainViewModel().document().sourcePath().getFileName().toString()).startsWith("article-");
    }
}
