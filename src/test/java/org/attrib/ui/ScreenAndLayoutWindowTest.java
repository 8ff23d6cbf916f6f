package org.attrib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.attrib.ui.window.MainWindow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The window on a laptop's screen: it fits, nothing in the status bar is cut, the help fits. */
class ScreenAndLayoutWindowTest extends WindowTestBase {

    private MainWindow open() throws Exception {
        Path sample = UiTestSupport.SAMPLE.getParent();
        String name = "voa-2019-12-04-us-mexico-cartel-tools";
        Files.copy(sample.resolve(name + ".txt"), dir.resolve(name + ".txt"));
        Files.copy(sample.resolve(name + ".annotations.json"), dir.resolve(name + ".annotations.json"));
        return harness.open(dir.resolve(name + ".txt"));
    }

    /** What a label shows on screen: its text, or its text cut with an ellipsis. */
    private static String shown(Labeled l) {
        return ((Text) l.lookup(".text")).getText();
    }

    private static boolean inside(Bounds b, double width, double height) {
        return b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= width + 0.5 && b.getMaxY() <= height + 0.5;
    }

    @ParameterizedTest
    @CsvSource({"1366, 768, 28", "1024, 768, 0", "1920, 1080, 0"})
    void theWindowFitsTheScreenWithItsMenuAndStatusBarAndTheSaveStateIsNeverCut(int width, int height, int panel)
            throws Exception {
        MainWindow w = open();
        Rectangle2D screen = new Rectangle2D(0, panel, width, height - panel);
        robot.interact(() -> w.placeOn(List.of(screen), screen));
        harness.settle();
        Stage s = w.stage();
        assertThat(s.getWidth()).as("not a 200×200 window").isGreaterThan(600);
        assertThat(new Rectangle2D(s.getX(), s.getY(), s.getWidth(), s.getHeight()))
                .satisfies(r -> assertThat(screen.contains(r)).as(r + " within " + screen).isTrue());
        double sceneW = s.getScene().getWidth();
        double sceneH = s.getScene().getHeight();
        for (String id : List.of("#menu-bar", "#status-bar", "#save-state", "#counts")) {
            Node n = robot.lookup(id).query();
            assertThat(inside(n.localToScene(n.getBoundsInLocal()), sceneW, sceneH)).as(id + " on screen").isTrue();
        }

        // The narrowest the window can be made on this screen.
        robot.interact(() -> s.setWidth(s.getMinWidth()));
        harness.settle();
        Label save = w.saveStateLabel();
        assertThat(shown(save)).as("the save state, whole").isEqualTo(save.getText()).startsWith("Saved");
        Labeled counts = robot.lookup("#counts").queryAs(Labeled.class);
        assertThat(shown(counts)).isEqualTo(counts.getText()).contains("Speakers");
        Node legend = robot.lookup("#legend").query();
        if (legend.isVisible()) {
            for (Node swatch : legend.lookupAll(".legend-swatch")) {
                assertThat(shown((Labeled) swatch)).isEqualTo(((Labeled) swatch).getText());
            }
        }
        // The longest thing the save state says fits in its place.
        robot.interact(() -> WindowHarness.document(w).toggleDone());
        robot.interact(() -> WindowHarness.document(w).toggleDone());
        robot.interact(() -> WindowHarness.document(w).toggleDone());
        harness.settle();
        assertThat(save.getText()).isEqualTo("Unsaved changes · Done");
        assertThat(shown(save)).isEqualTo(save.getText());
    }

    @Test
    void aLongMessageIsCutWithItsWholeTextInATooltip() throws Exception {
        MainWindow w = open();
        String longMessage = "x".repeat(400) + " the end";
        robot.interact(() -> w.mainViewModel().messageProperty().set(longMessage));
        harness.settle();
        Node bar = robot.lookup("#status-bar").query();
        assertThat(((javafx.scene.control.Control) bar).getTooltip().getText()).isEqualTo(longMessage);
        assertThat(shown(w.saveStateLabel())).isEqualTo(w.saveStateLabel().getText());
    }

    @Test
    void theShortcutListFitsAWindowOnA1024By768Screen() throws Exception {
        MainWindow w = open();
        Rectangle2D screen = new Rectangle2D(0, 0, 1024, 768);
        robot.interact(() -> w.placeOn(List.of(screen), screen));
        harness.settle();
        robot.type(KeyCode.F1);
        UiTestSupport.waitUntil("the shortcut list shows", () -> robot.lookup("#shortcuts-dialog").tryQuery().isPresent());
        harness.settle();
        DialogPane pane = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
        var dialog = pane.getScene().getWindow();
        Stage s = w.stage();
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(s.getWidth());
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(s.getHeight());
        assertThat(dialog.getX()).isGreaterThanOrEqualTo(s.getX());
        assertThat(dialog.getY() + dialog.getHeight()).isLessThanOrEqualTo(s.getY() + s.getHeight());
        javafx.scene.control.TextArea text = (javafx.scene.control.TextArea) pane.getContent();
        assertThat(text.isWrapText()).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theWindowOpensWhereItWasLeftWithItsDividers() throws Exception {
        MainWindow w = open();
        robot.interact(() -> {
            w.stage().setX(150);
            w.stage().setY(90);
            w.stage().setWidth(1100);
            w.stage().setHeight(700);
        });
        harness.settle();
        javafx.scene.control.SplitPane center = (javafx.scene.control.SplitPane) robot.lookup("#center-split").query();
        robot.interact(() -> center.setDividerPositions(0.55));
        harness.settle();
        double divider = center.getDividerPositions()[0];
        robot.interact(() -> w.stage().hide());
        MainWindow again = harness.openKeepingPreferences(dir.resolve("voa-2019-12-04-us-mexico-cartel-tools.txt"));
        harness.settle();
        assertThat(again.stage().getX()).isEqualTo(150);
        assertThat(again.stage().getY()).isEqualTo(90);
        assertThat(again.stage().getWidth()).isEqualTo(1100);
        assertThat(again.stage().getHeight()).isEqualTo(700);
        javafx.scene.control.SplitPane center2 = (javafx.scene.control.SplitPane) again.stage().getScene().lookup("#center-split");
        assertThat(center2.getDividerPositions()[0]).isCloseTo(divider, org.assertj.core.data.Offset.offset(0.01));
    }
}
