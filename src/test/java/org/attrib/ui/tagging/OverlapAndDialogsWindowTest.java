package org.attrib.ui.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** Overlapping annotations, the toolbar, an empty selection, and closing with unsaved changes. */
@ExtendWith(ApplicationExtension.class)
class OverlapAndDialogsWindowTest {

    @TempDir
    Path dir;

    private ExecutorService io;
    private WindowHarness harness;
    private MainWindow w;
    private String text;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        io = UiTestSupport.io();
        harness = new WindowHarness(robot, io);
        w = harness.open(UiTestSupport.copySample(dir));
        text = WindowHarness.document(w).text();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdownNow();
    }

    private void click(FxRobot robot, int charOffset) {
        harness.clickChar(w, charOffset);
    }

    @Test
    void overlappingAnnotationsStayVisibleAndSelectable(FxRobot robot) {
        String sentence = "Mexican President Andres Manuel Lopez Obrador said, for instance, that Mexico would not permit another operation";
        int s = text.indexOf(sentence);
        int name = text.indexOf("Andres Manuel Lopez Obrador", s);
        // A claim over the sentence, a speaker inside it, tagged with the toolbar and the keyboard.
        harness.select(w, s, s + sentence.length());
        robot.clickOn("#tag-claim");
        harness.select(w, name, name + "Andres Manuel Lopez Obrador".length());
        robot.type(KeyCode.S);
        harness.settle();

        assertThat(harness.table(w).getItems()).extracting(Annotation::type)
                .containsExactlyInAnyOrder(AnnotationType.CLAIM, AnnotationType.SPEAKER);
        assertThat(WindowHarness.styleAt(w, name + 2)).contains("claim", "speaker");
        assertThat(WindowHarness.styleAt(w, s + 2)).contains("claim").doesNotContain("speaker");

        click(robot, name + 3);
        assertThat(WindowHarness.document(w).getSelected().type()).as("the innermost is selected").isEqualTo(AnnotationType.SPEAKER);
        assertThat(harness.table(w).getSelectionModel().getSelectedItem().type()).isEqualTo(AnnotationType.SPEAKER);
        click(robot, s + 2);
        assertThat(WindowHarness.document(w).getSelected().type()).isEqualTo(AnnotationType.CLAIM);
        assertThat(WindowHarness.styleAt(w, s + 2)).contains("claim", "selected");
        assertThat(WindowHarness.styleAt(w, name + 2)).contains("claim", "speaker", "selected");

        // Clicking a row selects the annotation in the text.
        javafx.scene.Node speakerRow = robot.lookup("#annotation-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getItem() instanceof Annotation a && a.type() == AnnotationType.SPEAKER).findFirst().orElseThrow();
        robot.clickOn(speakerRow);
        harness.settle();
        assertThat(WindowHarness.document(w).getSelected().type()).isEqualTo(AnnotationType.SPEAKER);
        assertThat(WindowHarness.area(w).getCaretPosition()).isBetween(name, name + 27);
    }

    @Test
    void anEmptySelectionTagsNothingAndSaysWhy(FxRobot robot) {
        robot.interact(() -> WindowHarness.area(w).moveTo(5));
        robot.type(KeyCode.Q);
        harness.settle();
        assertThat(harness.table(w).getItems()).isEmpty();
        assertThat(WindowHarness.document(w).messageProperty().get()).contains("Nothing is selected");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        int at = text.indexOf("Hugo Rodriguez");
        harness.select(w, at, at + "Hugo Rodriguez".length());
        robot.type(KeyCode.S);
        harness.settle();
        assertThat(WindowHarness.document(w).history().dirtyProperty().get()).isTrue();

        // Not robot.interact: the close request opens a modal dialog, which blocks until answered.
        Platform.runLater(() -> w.stage().fireEvent(new WindowEvent(w.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        UiTestSupport.waitUntil("the save dialog shows", () -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        harness.settle();
        DialogPane dialog = robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
        robot.clickOn((Button) dialog.lookupButton(dialog.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Cancel")).findFirst().orElseThrow()));
        harness.settle();
        assertThat(w.stage().isShowing()).isTrue();

        // Not robot.interact: the close request opens a modal dialog, which blocks until answered.
        Platform.runLater(() -> w.stage().fireEvent(new WindowEvent(w.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        UiTestSupport.waitUntil("the save dialog shows", () -> robot.lookup("#unsaved-dialog").tryQuery().isPresent());
        harness.settle();
        DialogPane again = robot.lookup("#unsaved-dialog").queryAs(DialogPane.class);
        robot.clickOn((Button) again.lookupButton(again.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Save")).findFirst().orElseThrow()));
        Path json = AnnotationFormat.annotationFileFor(WindowHarness.document(w).sourcePath());
        UiTestSupport.waitUntil("saved and closed", () -> Files.exists(json) && !w.stage().isShowing());
        assertThat(Files.readString(json)).contains("\"text\": \"Hugo Rodriguez\"");
        assertThat(Window.getWindows()).doesNotContain(w.stage());
    }
}
