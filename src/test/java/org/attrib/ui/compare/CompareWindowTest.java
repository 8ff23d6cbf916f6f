package org.attrib.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import javafx.scene.control.TableView;

import org.attrib.core.compare.Differences;
import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceTextLoader;
import org.attrib.ui.compare.CompareWindow;
import org.attrib.ui.compare.CompareViewModel;
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

/** Two analysts' files side by side: differences listed and marked, either side taken into the merged file. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

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

    /** Tags spans by their text, attributing quotes to the mention named after "by". */
    private static void annotate(Path story, Path file, String... spec) throws Exception {
        AnnotatedDocument doc = new AnnotatedDocument(SourceTextLoader.load(story));
        AnnotationEditor ed = new AnnotationEditor(doc);
        String text = doc.source().text();
        for (String s : spec) {
            String[] parts = s.split("\\|");
            AnnotationType type = AnnotationType.valueOf(parts[0]);
            int at = text.codePointCount(0, text.indexOf(parts[1]));
            AnnotationEditor.Tagging t = ed.tag(type, at, at + parts[1].length());
            t.edit().redo();
            if (parts.length > 2) {
                Annotation mention = doc.annotations().stream()
                        .filter(a -> a.type() == AnnotationType.SPEAKER && doc.textOf(a).equals(parts[2])).findFirst().orElseThrow();
                ed.attribute(doc.annotation(t.annotation().id()).orElseThrow(), doc.entity(mention.entityId()).orElseThrow(),
                        mention).redo();
            }
        }
        DocumentFiles.save(DocumentSnapshot.of(doc), file);
    }

    @Test
    void showsTheDifferencesAndTakesEitherSide(FxRobot robot) throws Exception {
        io = UiTestSupport.io();
        Path story = UiTestSupport.copySample(dir);
        Path mine = AnnotationFormat.annotationFileFor(story);
        Path theirs = dir.resolve("colleague.annotations.json");
        annotate(story, mine, "SPEAKER|Hugo Rodriguez", "SPEAKER|Lopez Obrador",
                "QUOTE|What we are looking to do is put at the service of the government of Mexico|Hugo Rodriguez");
        annotate(story, theirs, "SPEAKER|Hugo Rodriguez", "SPEAKER|Marcelo Ebrard",
                "QUOTE|What we are looking to do|Hugo Rodriguez");

        MainWindow w = new WindowHarness(robot, io).open(story);
        CompareWindow[] cw = new CompareWindow[1];
        robot.interact(() -> cw[0] = w.compare(theirs));
        @SuppressWarnings("unchecked")
        TableView<CompareViewModel.Row> table = (TableView<CompareViewModel.Row>) robot.from(cw[0].stage().getScene().getRoot())
                .lookup("#differences-table").query();
        UiTestSupport.waitUntil("differences listed", () -> !table.getItems().isEmpty());
        assertThat(table.getItems()).extracting(r -> r.difference().kind()).containsExactlyInAnyOrder(
                Differences.Kind.ONLY_A, Differences.Kind.ONLY_B, Differences.Kind.SPAN);
        CompareViewModel.Row onlyB = table.getItems().stream()
                .filter(r -> r.difference().kind() == Differences.Kind.ONLY_B).findFirst().orElseThrow();
        assertThat(onlyB.bText()).isEqualTo("Marcelo Ebrard");
        int at = WindowHarness.document(w).text().indexOf("Marcelo Ebrard");
        var rightArea = (org.fxmisc.richtext.StyleClassedTextArea) robot.from(cw[0].stage().getScene().getRoot())
                .lookup("#compare-b").query();
        assertThat(rightArea.getStyleOfChar(at + 2)).contains("speaker", "differs");

        robot.interact(() -> table.getSelectionModel().select(onlyB));
        robot.clickOn("#take-b");
        UiTestSupport.waitUntil("taken", () -> table.getItems().size() == 2);
        assertThat(WindowHarness.document(w).annotations()).anyMatch(a -> WindowHarness.document(w).textOf(a).equals("Marcelo Ebrard"));
        assertThat(rightArea.getStyleOfChar(at + 2)).doesNotContain("differs");

        CompareViewModel.Row onlyA = table.getItems().stream()
                .filter(r -> r.difference().kind() == Differences.Kind.ONLY_A).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(onlyA));
        robot.clickOn("#take-a");
        UiTestSupport.waitUntil("kept", () -> table.getItems().size() == 1);
        assertThat(WindowHarness.document(w).annotations()).anyMatch(a -> WindowHarness.document(w).textOf(a).equals("Lopez Obrador"));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#take-b");
        UiTestSupport.waitUntil("all settled", () -> table.getItems().isEmpty());
        assertThat(WindowHarness.document(w).annotations()).anyMatch(a -> a.type() == AnnotationType.QUOTE
                && WindowHarness.document(w).textOf(a).equals("What we are looking to do"));
        assertThat(Files.readString(theirs)).as("the other analyst's file is only read").contains("Marcelo Ebrard");
    }
}
