package org.attrib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.attrib.core.corpus.DocumentSummary;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.window.MainWindow;
import org.junit.jupiter.api.Test;

/** Suggestions accepted and rejected with one key; a folder worked through with the document list. */
class SuggestionsAndFoldersWindowTest extends WindowTestBase {

    @Test
    void suggestionsAreDrawnApartAndEnterAcceptsBackspaceRejects() throws Exception {
        MainWindow w = harness.open(UiTestSupport.copySample(dir));
        DocumentViewModel d = WindowHarness.document(w);
        robot.type(KeyCode.F5);
        UiTestSupport.waitUntil("suggestions arrive", () -> d.pendingCountProperty().get() > 0);
        int suggested = d.pendingCountProperty().get();
        Annotation first = d.getSelected();
        assertThat(first).as("the first suggestion is selected").isNotNull();
        assertThat(first.pending()).isTrue();
        int[] r = d.charRange(first);
        assertThat(WindowHarness.styleAt(w, r[0])).contains(first.type().id() + "-pending").doesNotContain(first.type().id());
        assertThat(d.countProperty(AnnotationType.QUOTE).get()).isPositive();

        robot.type(KeyCode.ENTER);
        harness.settle();
        Annotation accepted = d.annotations().stream().filter(a -> a.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(accepted.pending()).isFalse();
        assertThat(WindowHarness.styleAt(w, r[0])).contains(first.type().id());
        assertThat(d.pendingCountProperty().get()).isLessThan(suggested);

        Annotation next = d.getSelected();
        assertThat(next.pending()).as("accepting moves to the next suggestion").isTrue();
        int before = d.annotations().size();
        robot.type(KeyCode.BACK_SPACE);
        harness.settle();
        assertThat(d.annotations()).hasSize(before - 1).noneMatch(a -> a.id().equals(next.id()));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(d.annotations()).anyMatch(a -> a.id().equals(next.id()) && a.pending());
    }

    @Test
    void aFolderListsItsArticlesAndCtrlPageDownMovesThroughThem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        for (String name : new String[] {"a.txt", "b.txt", "sub/c.txt"}) {
            Path p = folder.resolve(name);
            Files.createDirectories(p.getParent());
            Files.copy(UiTestSupport.SAMPLE, p);
        }
        MainWindow w = harness.open(folder);
        @SuppressWarnings("unchecked")
        TableView<DocumentSummary> list = (TableView<DocumentSummary>) robot.lookup("#documents-table").query();
        UiTestSupport.waitUntil("three articles listed", () -> list.getItems().size() == 3);
        assertThat(WindowHarness.document(w).sourcePath().getFileName().toString()).isEqualTo("a.txt");

        int at = WindowHarness.document(w).text().indexOf("Hugo Rodriguez");
        harness.select(w, at, at + 14);
        robot.type(KeyCode.S);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(list.getItems().get(0).status()).isEqualTo(DocumentStatus.DONE);
        assertThat(list.getItems().get(0).speakers()).isEqualTo(1);
        assertThat(robot.lookup("#corpus-progress").queryAs(ProgressBar.class).getProgress()).isCloseTo(1 / 3.0,
                org.assertj.core.data.Offset.offset(0.001));

        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        UiTestSupport.waitUntil("b.txt is open", () -> WindowHarness.document(w).sourcePath().getFileName().toString().equals("b.txt"));
        // The save runs on the autosaver's thread, the next article opens on another: wait for both.
        Path aJson = folder.resolve("a.annotations.json");
        UiTestSupport.waitUntil("a.txt saved on the way", () -> Files.exists(aJson));
        assertThat(Files.readString(aJson)).as("saved on the way")
                .contains("\"status\": \"done\"").contains("Hugo Rodriguez");
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        UiTestSupport.waitUntil("sub/c.txt is open", () -> WindowHarness.document(w).sourcePath().endsWith(Path.of("sub", "c.txt")));
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        UiTestSupport.waitUntil("back to b.txt", () -> WindowHarness.document(w).sourcePath().getFileName().toString().equals("b.txt"));
    }
}
