package org.attrib.ui.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.ExecutorService;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window headless: open, tag from the keyboard and the context menu, save, reopen,
 * delete; the status bar's counts and legend; sorting the annotation table.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotateWindowTest {

    @TempDir
    Path dir;

    private ExecutorService io;
    private Path story;

    @BeforeEach
    void setUp() throws Exception {
        io = UiTestSupport.io();
        story = UiTestSupport.copySample(dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdownNow();
    }

    private MainWindow openWindow(FxRobot robot, Path article) {
        return new WindowHarness(robot, io).open(article);
    }

    private static DocumentViewModel document(MainWindow w) {
        return WindowHarness.document(w);
    }

    private static StyleClassedTextArea area(MainWindow w) {
        return WindowHarness.area(w);
    }

    private TableView<Annotation> table(FxRobot robot, MainWindow w) {
        return new WindowHarness(robot, io).table(w);
    }

    @Test
    void tagsAQuoteFromTheKeyboardSavesItAndFindsItAgainInAFreshWindow(FxRobot robot) throws Exception {
        MainWindow w = openWindow(robot, story);
        assertThat(w.stage().getTitle()).isEqualTo("story.txt — Attrib");
        assertThat(area(w).isFocused()).as("the article has keyboard focus on open").isTrue();

        // "US State Dept:" is the third paragraph; select its first three words.
        String text = document(w).text();
        int at = text.indexOf("US State Dept");
        robot.interact(() -> area(w).moveTo(at));
        robot.press(KeyCode.SHIFT, KeyCode.CONTROL).type(KeyCode.RIGHT, 3).release(KeyCode.CONTROL, KeyCode.SHIFT);
        robot.type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();

        // The table follows a frame after the article.
        UiTestSupport.waitUntil("the table lists the quote", () -> table(robot, w).getItems().size() == 1);
        Annotation quote = table(robot, w).getItems().get(0);
        assertThat(quote.type()).isEqualTo(AnnotationType.QUOTE);
        assertThat(document(w).textOf(quote)).isEqualTo("US State Dept");
        assertThat(styleAt(w, at + 3)).contains("quote", "selected");
        assertThat(w.stage().getTitle()).isEqualTo("story.txt* — Attrib");

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        Path json = AnnotationFormat.annotationFileFor(story);
        UiTestSupport.waitUntil("the annotation file is saved", () -> Files.exists(json)
                && !document(w).history().dirtyProperty().get());
        assertThat(w.stage().getTitle()).isEqualTo("story.txt — Attrib");
        AnnotationFileContent saved = DocumentFiles.readContent(json);
        assertThat(saved.annotations()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("US State Dept");
            assertThat(s.annotation().start()).isEqualTo(text.codePointCount(0, at));
        });

        MainWindow fresh = openWindow(robot, story);
        assertThat(table(robot, fresh).getItems()).singleElement()
                .satisfies(a -> assertThat(document(fresh).textOf(a)).isEqualTo("US State Dept"));
        assertThat(styleAt(fresh, at + 3)).contains("quote");

        // Delete it: click into it to select it, then press Delete.
        new WindowHarness(robot, io).clickChar(fresh, at + 4);
        assertThat(document(fresh).getSelected()).as("clicking inside the quote selects it").isNotNull();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.waitUntil("the table is empty", () -> table(robot, fresh).getItems().isEmpty());
        assertThat(styleAt(fresh, at + 3)).doesNotContain("quote");
    }

    /** Selects {@code s}, right-clicks inside the selection and picks the context menu's item {@code id}. */
    private void tagFromContextMenu(FxRobot robot, MainWindow w, String s, String id) {
        int at = document(w).text().indexOf(s);
        new WindowHarness(robot, io).select(w, at, at + s.length());
        javafx.geometry.Bounds b = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> area(w).getCharacterBoundsOnScreen(at + 2, at + 3).orElseThrow());
        robot.rightClickOn(b.getCenterX(), b.getCenterY());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area(w).getSelectedText()).as("a right-click keeps the selection").isEqualTo(s);
        // Monocle never turns a right-click into a context menu request (a desktop's windowing
        // system does); ask as the toolkit would, at the same point.
        robot.interact(() -> {
            javafx.geometry.Point2D local = area(w).screenToLocal(b.getCenterX(), b.getCenterY());
            area(w).fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), b.getCenterX(), b.getCenterY(), false, null));
        });
        UiTestSupport.waitUntil("the context menu shows", () -> robot.lookup("#" + id).tryQuery()
                .map(javafx.scene.Node::isVisible).orElse(false));
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tagsFromTheContextMenuAndTheStatusBarCountsEachTypeBesideTheLegend(FxRobot robot) {
        MainWindow w = openWindow(robot, story);
        javafx.scene.control.Label counts = robot.lookup("#counts").queryAs(javafx.scene.control.Label.class);
        assertThat(counts.getText()).isEqualTo("Quotes 0 · Claims 0 · Speakers 0");

        tagFromContextMenu(robot, w, "What we are looking to do is put at the service", "context-tag-quote");
        assertThat(document(w).getSelected().type()).isEqualTo(AnnotationType.QUOTE);
        assertThat(document(w).textOf(document(w).getSelected())).isEqualTo("What we are looking to do is put at the service");
        assertThat(counts.getText()).isEqualTo("Quotes 1 · Claims 0 · Speakers 0");

        tagFromContextMenu(robot, w, "Mexico would not permit another operation", "context-tag-claim");
        assertThat(document(w).getSelected().type()).isEqualTo(AnnotationType.CLAIM);
        assertThat(counts.getText()).isEqualTo("Quotes 1 · Claims 1 · Speakers 0");

        tagFromContextMenu(robot, w, "Hugo Rodriguez", "context-tag-speaker");
        assertThat(document(w).getSelected().type()).isEqualTo(AnnotationType.SPEAKER);
        assertThat(document(w).speakerOf(document(w).getSelected()).orElseThrow().name()).isEqualTo("Hugo Rodriguez");
        assertThat(counts.getText()).isEqualTo("Quotes 1 · Claims 1 · Speakers 1");

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts.getText()).as("deleting counts down").isEqualTo("Quotes 1 · Claims 1 · Speakers 0");

        javafx.scene.layout.HBox legend = robot.lookup("#legend").queryAs(javafx.scene.layout.HBox.class);
        assertThat(legend.isVisible()).isTrue();
        assertThat(legend.getChildren()).extracting(n -> ((javafx.scene.control.Label) n).getText())
                .containsExactly("Quote", "Claim", "Speaker", "Suggested", "Unsure", "Attributed via", "Selected");
        assertThat(legend.getChildren()).extracting(n -> n.getStyleClass().get(n.getStyleClass().size() - 1))
                .containsExactly("legend-quote", "legend-claim", "legend-speaker", "legend-pending", "legend-unsure",
                        "legend-linked", "legend-selected");
    }

    private static void clickHeader(FxRobot robot, String title) {
        robot.clickOn(robot.lookup("#annotation-table .column-header .label")
                .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && title.equals(l.getText()))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void sortsTheAnnotationTableByAColumn(FxRobot robot) {
        MainWindow w = openWindow(robot, story);
        WindowHarness harness = new WindowHarness(robot, io);
        String text = document(w).text();
        // In document order: a speaker, a claim, a quote.
        String[][] tags = {{"Mexican President Andres Manuel Lopez Obrador", "S"},
                {"Mexico would not permit another operation", "C"}, {"Hugo Rodriguez", "S"},
                {"What we are looking to do is put at the service", "Q"}};
        for (String[] t : tags) {
            int at = text.indexOf(t[0]);
            harness.select(w, at, at + t[0].length());
            robot.type(KeyCode.getKeyCode(t[1]));
            WaitForAsyncUtils.waitForFxEvents();
        }
        TableView<Annotation> table = table(robot, w);
        assertThat(table.getItems()).extracting(a -> a.type().label()).as("document order before sorting")
                .containsExactly("Speaker", "Claim", "Speaker", "Quote");

        clickHeader(robot, "Type");
        assertThat(table.getItems()).extracting(a -> a.type().label()).containsExactly("Claim", "Quote", "Speaker", "Speaker");
        clickHeader(robot, "Type");
        assertThat(table.getItems()).extracting(a -> a.type().label()).containsExactly("Speaker", "Speaker", "Quote", "Claim");

        clickHeader(robot, "Start");
        assertThat(table.getItems()).extracting(Annotation::start).isSorted();
        clickHeader(robot, "Start");
        assertThat(table.getItems()).extracting(a -> document(w).textOf(a)).containsExactly(
                "What we are looking to do is put at the service", "Hugo Rodriguez",
                "Mexico would not permit another operation", "Mexican President Andres Manuel Lopez Obrador");

        // Selecting a row of the sorted table still selects that annotation in the article.
        robot.clickOn(robot.lookup("#annotation-table .table-cell")
                .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && "Hugo Rodriguez".equals(l.getText()))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document(w).textOf(document(w).getSelected())).isEqualTo("Hugo Rodriguez");
    }

    private static Collection<String> styleAt(MainWindow w, int charOffset) {
        return WindowHarness.styleAt(w, charOffset);
    }
}
