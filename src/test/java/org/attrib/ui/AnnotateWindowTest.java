package org.attrib.ui;

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

/** Drives the real window headless: open, tag from the keyboard, save, reopen, delete, overlap. */
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
                && !document(w).dirtyProperty().get());
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

    private static Collection<String> styleAt(MainWindow w, int charOffset) {
        return WindowHarness.styleAt(w, charOffset);
    }
}
