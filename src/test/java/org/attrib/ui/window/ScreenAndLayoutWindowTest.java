package org.attrib.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.attrib.ui.testing.CartelSample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The window on a laptop's screen: it fits, nothing in the status bar is cut, the help fits. */
class ScreenAndLayoutWindowTest extends WindowTestBase {

    private MainWindow open() throws Exception {
        return harness.open(CartelSample.copy(dir));
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
        MainWindow again = harness.openKeepingPreferences(dir.resolve(CartelSample.NAME + ".txt"));
        harness.settle();
        assertThat(again.stage().getX()).isEqualTo(150);
        assertThat(again.stage().getY()).isEqualTo(90);
        assertThat(again.stage().getWidth()).isEqualTo(1100);
        assertThat(again.stage().getHeight()).isEqualTo(700);
        javafx.scene.control.SplitPane center2 = (javafx.scene.control.SplitPane) again.stage().getScene().lookup("#center-split");
        assertThat(center2.getDividerPositions()[0]).isCloseTo(divider, org.assertj.core.data.Offset.offset(0.01));
    }

    /** WCAG's contrast ratio of two opaque colours. */
    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    /** {@code top} (with its opacity) drawn over the opaque {@code under}. */
    private static javafx.scene.paint.Color over(javafx.scene.paint.Color top, javafx.scene.paint.Color under) {
        double a = top.getOpacity();
        return javafx.scene.paint.Color.color(top.getRed() * a + under.getRed() * (1 - a),
                top.getGreen() * a + under.getGreen() * (1 - a), top.getBlue() * a + under.getBlue() * (1 - a));
    }

    private static double distance(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }

    @Test
    void theTextSelectionReadsApartFromTheQuoteFill() throws Exception {
        MainWindow w = open();
        var doc = WindowHarness.document(w);
        int at = doc.text().indexOf("interventionism");
        harness.select(w, at - 20, at + 10);
        harness.settle();
        javafx.scene.shape.Path selection = (javafx.scene.shape.Path) WindowHarness.area(w).lookup(".selection");
        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) selection.getFill();
        javafx.scene.paint.Color quote = javafx.scene.paint.Color.web("#cfe4ff");
        javafx.scene.paint.Color white = javafx.scene.paint.Color.WHITE;
        assertThat(distance(over(fill, white), quote)).as("selected plain text against an unselected quote").isGreaterThan(0.15);
        assertThat(distance(over(fill, quote), quote)).as("a selected quote against an unselected one").isGreaterThan(0.15);
    }

    @Test
    void aSelectedRowStaysLegibleWhenTheTableHasNotTheFocus() throws Exception {
        MainWindow w = open();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.DOWN);
        harness.settle();
        javafx.scene.control.TableView<?> table = harness.table(w);
        assertThat(table.getSelectionModel().getSelectedIndex()).isNotNegative();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(table.isFocused()).isFalse();
        javafx.scene.control.TableRow<?> row = robot.lookup("#annotation-table .table-row-cell")
                .queryAllAs(javafx.scene.control.TableRow.class).stream().filter(javafx.scene.control.TableRow::isSelected)
                .findFirst().orElseThrow();
        javafx.scene.paint.Color background = (javafx.scene.paint.Color) row.getBackground().getFills()
                .get(row.getBackground().getFills().size() - 1).getFill();
        assertThat(distance(background, javafx.scene.paint.Color.WHITE)).as("the selection is still to be seen").isGreaterThan(0.15);
        for (javafx.scene.Node cell : row.lookupAll(".table-cell")) {
            javafx.scene.text.Text text = (javafx.scene.text.Text) cell.lookup(".text");
            if (text != null && !text.getText().isEmpty()) {
                javafx.scene.paint.Color ink = (javafx.scene.paint.Color) text.getFill();
                assertThat(contrast(ink, background)).as("\"" + text.getText() + "\" on the selected row").isGreaterThan(4.5);
            }
        }
        javafx.scene.control.TableColumn<?, ?> type = table.getColumns().get(0);
        assertThat(type.getWidth()).as("the Type column fits \"Speaker\"").isGreaterThanOrEqualTo(80);
    }
}
