package org.attrib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.window.MainWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing changes that the analyst did not change: refreshing a control (its list rebuilt, its
 * value synced to the selection) never writes to the document.
 */
class NoSilentChangesWindowTest extends WindowTestBase {

    private static final String CARTEL = "voa-2019-12-04-us-mexico-cartel-tools";

    private MainWindow w;

    @BeforeEach
    void openTheSampleWithItsAnnotations() throws Exception {
        Path sample = UiTestSupport.SAMPLE.getParent();
        Files.copy(sample.resolve(CARTEL + ".txt"), dir.resolve(CARTEL + ".txt"));
        Files.copy(sample.resolve(CARTEL + ".annotations.json"), dir.resolve(CARTEL + ".annotations.json"));
        w = harness.open(dir.resolve(CARTEL + ".txt"));
    }

    private DocumentViewModel doc() {
        return WindowHarness.document(w);
    }

    private Set<Annotation> annotations() {
        return new HashSet<>(doc().annotations());
    }

    @Test
    void renamingASpeakerLeavesTheSelectedQuoteAttributedAsItWas() {
        // "interventionism", attributed to Mexico, as found in issue 11.
        Annotation quote = doc().annotations().stream().filter(a -> "adxs2fmbya6".equals(a.id())).findFirst().orElseThrow();
        robot.interact(() -> doc().select(quote));
        harness.settle();
        Entity mexico = doc().speakerOf(quote).orElseThrow();
        assertThat(mexico.name()).isEqualTo("Mexico");
        Set<Annotation> before = annotations();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        harness.settle();
        robot.interact(() -> {
            var table = w.speakers().table();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).entity().id().equals(mexico.id())) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.getFocusModel().focus(i);
                }
            }
        });
        robot.type(KeyCode.F2);
        UiTestSupport.waitUntil("the rename dialog shows", () -> robot.lookup("#rename-dialog").tryQuery().isPresent());
        TextField name = robot.lookup("#rename-dialog .text-field").queryAs(TextField.class);
        robot.interact(() -> name.setText(""));
        robot.clickOn(name).write("Mexican government");
        robot.type(KeyCode.ENTER);
        harness.settle();

        assertThat(doc().speakerOf(quote).orElseThrow().name()).as("the quote's speaker, renamed").isEqualTo("Mexican government");
        assertThat(annotations()).as("no annotation changed").isEqualTo(before);
        assertThat(doc().getSelected()).as("still selected").isEqualTo(quote);
        robot.interact(doc()::undo);
        assertThat(doc().speakerOf(quote).orElseThrow().name()).as("one undo takes back the rename, and only it").isEqualTo("Mexico");
        assertThat(doc().canUndoProperty().get()).as("the rename was the only step").isFalse();
    }
}
