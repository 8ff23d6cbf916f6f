package org.attrib.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.attrib.core.corpus.CorpusSpeaker;
import org.attrib.core.corpus.Statement;
import org.attrib.ui.corpus.CorpusSpeakersWindow;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** Who said what across the sample corpus: one row per speaker, every statement opening its article. */
@ExtendWith(ApplicationExtension.class)
class CorpusSpeakersWindowTest {

    @TempDir
    Path dir;

    private ExecutorService io;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (io != null) {
            io.shutdownNow();
        }
    }

    private Path copyCorpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(UiTestSupport.SAMPLE.getParent())) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".annotations.json")).toList()) {
                Files.copy(p, corpus.resolve(p.getFileName()));
            }
        }
        return corpus;
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, CorpusSpeakersWindow w, String id) {
        return (TableView<T>) robot.from(w.stage().getScene().getRoot()).lookup(id).query();
    }

    @Test
    void listsSpeakersAcrossArticlesOpensTheirStatementsAndStoresMerges(FxRobot robot) throws Exception {
        io = UiTestSupport.io();
        Path corpus = copyCorpus();
        MainWindow w = new WindowHarness(robot, io).open(corpus);
        CorpusSpeakersWindow[] view = new CorpusSpeakersWindow[1];
        robot.interact(() -> view[0] = w.openCorpusSpeakers());
        TableView<CorpusSpeaker> speakers = table(robot, view[0], "#corpus-speakers-table");
        UiTestSupport.waitUntil("speakers listed", () -> !speakers.getItems().isEmpty());
        CorpusSpeaker nasa = speakers.getItems().stream().filter(s -> s.name().equals("NASA")).findFirst().orElseThrow();
        assertThat(nasa.documents()).as("one row across articles").isGreaterThan(1);

        robot.interact(() -> speakers.getSelectionModel().select(nasa));
        TableView<Statement> statements = table(robot, view[0], "#corpus-statements-table");
        new WindowHarness(robot, io).settle();
        assertThat(statements.getColumns().get(2).getWidth()).as("what was said gets the width, not the file name")
                .isGreaterThan(2 * statements.getColumns().get(0).getWidth());
        assertThat(statements.getItems()).hasSize(nasa.quotes() + nasa.claims());
        Statement last = statements.getItems().get(statements.getItems().size() - 1);
        robot.interact(() -> {
            statements.getSelectionModel().select(last);
            statements.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        UiTestSupport.waitUntil("the article is open at the statement", () -> WindowHarness.document(w) != null
                && WindowHarness.document(w).sourcePath().equals(last.source())
                && WindowHarness.document(w).getSelected() != null
                && WindowHarness.document(w).getSelected().id().equals(last.annotationId()));
        new WindowHarness(robot, io).settle();
        assertThat(view[0].stage().getOwner()).as("owned by the main window").isSameAs(w.stage());
        int[] span = WindowHarness.document(w).charRange(WindowHarness.document(w).getSelected());
        javafx.geometry.Bounds onScreen = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> WindowHarness.area(w).getCharacterBoundsOnScreen(span[0], span[0] + 1).orElseThrow());
        javafx.stage.Stage v = view[0].stage();
        assertThat(new javafx.geometry.Rectangle2D(v.getX(), v.getY(), v.getWidth(), v.getHeight())
                .intersects(onScreen.getMinX(), onScreen.getMinY(), onScreen.getWidth(), onScreen.getHeight()))
                .as("the window does not cover the span it opened").isFalse();

        CorpusSpeakersWindow[] second = new CorpusSpeakersWindow[1];
        robot.interact(() -> second[0] = w.openCorpusSpeakers());
        assertThat(second[0]).as("Ctrl+7 again: the open window, not another").isSameAs(view[0]);

        int before = speakers.getItems().size();
        List<CorpusSpeaker> two = List.of(speakers.getItems().get(0), speakers.getItems().get(1));
        robot.interact(() -> {
            speakers.getSelectionModel().clearSelection();
            two.forEach(s -> speakers.getSelectionModel().select(s));
        });
        robot.clickOn(robot.from(view[0].stage().getScene().getRoot()).lookup("#corpus-merge").queryButton());
        UiTestSupport.waitUntil("merged and stored", () -> speakers.getItems().size() == before - 1
                && Files.exists(corpus.resolve("attrib-corpus.json")));

        robot.interact(() -> statements.requestFocus());
        robot.type(KeyCode.ESCAPE);
        new WindowHarness(robot, io).settle();
        assertThat(view[0].stage().isShowing()).as("Escape closes it").isFalse();
        CorpusSpeakersWindow[] again = new CorpusSpeakersWindow[1];
        robot.interact(() -> again[0] = w.openCorpusSpeakers());
        TableView<CorpusSpeaker> reread = table(robot, again[0], "#corpus-speakers-table");
        UiTestSupport.waitUntil("read again", () -> !reread.getItems().isEmpty());
        assertThat(again[0]).isNotSameAs(view[0]);
        assertThat(reread.getItems()).as("the merge survives").hasSize(before - 1);
    }
}
