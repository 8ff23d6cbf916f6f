package org.attrib.ui.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;

import javafx.scene.input.KeyCode;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.ui.document.DocumentViewModel;
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

/**
 * Annotates the sample article from the keyboard alone: find a name, tag it as a speaker, find a
 * quote, tag it, attribute it with A; merge two speakers in the Speakers panel; undo and redo.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWorkflowWindowTest {

    @TempDir
    java.nio.file.Path dir;

    private ExecutorService io;
    private WindowHarness harness;
    private MainWindow w;
    private FxRobot robot;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        this.robot = robot;
        io = UiTestSupport.io();
        harness = new WindowHarness(robot, io);
        w = harness.open(UiTestSupport.copySample(dir));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdownNow();
    }

    private DocumentViewModel doc() {
        return WindowHarness.document(w);
    }

    private void shortcut(KeyCode... keys) {
        robot.press(KeyCode.CONTROL);
        for (KeyCode k : keys) {
            robot.press(k);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        robot.release(KeyCode.CONTROL);
        harness.settle();
    }

    /** Ctrl+F, type, Enter (selects the first match after the caret), Escape back to the article. */
    private void findAndSelect(String text) {
        shortcut(KeyCode.F);
        robot.interact(() -> w.find().field().clear());
        robot.write(text);
        UiTestSupport.waitUntil("matches for " + text, () -> !w.find().field().getText().isEmpty()
                && w.mainViewModel().current().find().countProperty().get() > 0);
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);
        harness.settle();
        assertThat(WindowHarness.area(w).getSelectedText()).isEqualTo(text);
    }

    private void key(KeyCode k) {
        robot.type(k);
        harness.settle();
    }

    @Test
    void tagsASpeakerAndAQuoteAndAttributesItWithA() {
        shortcut(KeyCode.HOME);
        findAndSelect("Hugo Rodriguez");
        key(KeyCode.S);
        Annotation mention = doc().getSelected();
        assertThat(mention.type()).isEqualTo(AnnotationType.SPEAKER);
        assertThat(doc().speakerOf(mention).orElseThrow().name()).isEqualTo("Hugo Rodriguez");

        findAndSelect("What we are looking to do is put at the service");
        key(KeyCode.Q);
        Annotation quote = doc().getSelected();
        assertThat(quote.type()).isEqualTo(AnnotationType.QUOTE);
        assertThat(doc().textOf(quote)).isEqualTo("What we are looking to do is put at the service");

        key(KeyCode.A);
        Annotation attributed = doc().getSelected();
        assertThat(attributed.speakerId()).isEqualTo(mention.entityId());
        assertThat(attributed.viaId()).isEqualTo(mention.id());
        int[] m = doc().charRange(mention);
        assertThat(WindowHarness.styleAt(w, m[0] + 1)).as("the mention it was attributed through is marked").contains("linked");
        assertThat(harness.table(w).getItems()).filteredOn(a -> a.id().equals(quote.id())).singleElement()
                .satisfies(a -> assertThat(a.speakerId()).isEqualTo(mention.entityId()));

        // Retype with another type key, grow it by a word, then step between annotations with Tab.
        key(KeyCode.C);
        assertThat(doc().getSelected().type()).isEqualTo(AnnotationType.CLAIM);
        assertThat(doc().getSelected().speakerId()).as("attribution survives retyping").isEqualTo(mention.entityId());
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT, KeyCode.ALT);
        harness.settle();
        assertThat(doc().textOf(doc().getSelected())).isEqualTo("What we are looking to do is put at the service of");
        key(KeyCode.TAB);
        assertThat(doc().getSelected().id()).isEqualTo(mention.id());
    }

    @Test
    void cyclesThroughCandidatesWithRepeatedA() {
        findAndSelect("Lopez Obrador");
        key(KeyCode.S);
        findAndSelect("Hugo Rodriguez");
        key(KeyCode.S);
        findAndSelect("We have to work with them (Mexico)");
        key(KeyCode.Q);
        key(KeyCode.A);
        assertThat(doc().speakerOf(doc().getSelected()).orElseThrow().name())
                .as("the nearest mention first: Rodriguez, two paragraphs up").isEqualTo("Hugo Rodriguez");
        key(KeyCode.A);
        assertThat(doc().speakerOf(doc().getSelected()).orElseThrow().name()).as("A again: the next candidate")
                .isEqualTo("Lopez Obrador");
        key(KeyCode.A);
        assertThat(doc().speakerOf(doc().getSelected()).orElseThrow().name()).as("and round again").isEqualTo("Hugo Rodriguez");
        shortcut(KeyCode.Z);
        assertThat(doc().speakerOf(doc().getSelected()).orElseThrow().name()).as("each press is one undo step")
                .isEqualTo("Lopez Obrador");
    }

    @Test
    void mergesTwoSpeakersFromTheKeyboardAndUndoesAndRedoesIt() {
        findAndSelect("Mexican President Andres Manuel Lopez Obrador");
        key(KeyCode.S);
        findAndSelect("Lopez Obrador, who");
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT, 5).release(KeyCode.SHIFT);
        key(KeyCode.S);
        assertThat(WindowHarness.document(w).annotations()).hasSize(2);
        assertThat(w.mainViewModel().current().speakers().rows()).hasSize(2);

        shortcut(KeyCode.DIGIT3);
        assertThat(w.speakers().table().isFocused()).isTrue();
        robot.interact(() -> w.speakers().table().getSelectionModel().selectFirst());
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        harness.settle();
        assertThat(w.speakers().table().getSelectionModel().getSelectedItems()).hasSize(2);
        shortcut(KeyCode.M);
        assertThat(w.mainViewModel().current().speakers().rows()).singleElement()
                .satisfies(r -> {
                    assertThat(r.mentions()).isEqualTo(2);
                    assertThat(r.name()).isEqualTo("Mexican President Andres Manuel Lopez Obrador");
                });

        shortcut(KeyCode.DIGIT1);
        shortcut(KeyCode.Z);
        assertThat(w.mainViewModel().current().speakers().rows()).hasSize(2);
        shortcut(KeyCode.Y);
        assertThat(w.mainViewModel().current().speakers().rows()).hasSize(1);
        // Undo everything: back to the state on disk, and the title loses its star.
        for (int i = 0; i < 3; i++) {
            shortcut(KeyCode.Z);
        }
        assertThat(WindowHarness.document(w).annotations()).isEmpty();
        assertThat(w.stage().getTitle()).isEqualTo("story.txt — Attrib");
        List<String> titles = List.of(w.stage().getTitle());
        shortcut(KeyCode.SHIFT, KeyCode.Z);
        assertThat(w.stage().getTitle()).isNotEqualTo(titles.get(0)).endsWith("* — Attrib");
    }
}
