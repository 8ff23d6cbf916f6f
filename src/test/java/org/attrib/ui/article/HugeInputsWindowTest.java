package org.attrib.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.model.Annotation;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs that once flooded or hung the window: a 10 MB line, a 50 MB value in a file. */
class HugeInputsWindowTest extends WindowTestBase {

    @Test
    @Timeout(120) // the bound: before, the window stayed blank for 300 s on such a line
    void aTenMegabyteLineOpensAndIsAnnotatedAtTheRightOffsets() throws Exception {
        String piece = "The farmer said the \u201cvirtual fence\u201d keeps \uD83D\uDC04 cows in, Burnidge said. ";
        String line = piece.repeat(10_000_000 / piece.length());
        Path story = dir.resolve("one-line.txt");
        Files.writeString(story, line);
        MainWindow w = harness.open(story);
        DocumentViewModel d = WindowHarness.document(w);
        assertThat(WindowHarness.area(w).getLength()).isEqualTo(line.length());
        assertThat(WindowHarness.area(w).getParagraphs().size()).as("shown in pieces, not one 10 MB paragraph").isGreaterThan(1000);

        int at = line.indexOf("virtual fence", line.length() / 2);
        robot.interact(() -> {
            WindowHarness.area(w).moveTo(at);
            WindowHarness.area(w).requestFollowCaret();
        });
        harness.settle();
        harness.select(w, at, at + "virtual fence".length());
        robot.type(KeyCode.Q);
        harness.settle();
        Annotation q = d.getSelected();
        assertThat(d.textOf(q)).isEqualTo("virtual fence");
        assertThat(q.start()).as("code points, emoji before it counted once").isEqualTo(line.codePointCount(0, at));
    }

    @Test
    void aFiftyMegabyteValueInAnUnreadableFileGivesADialogThatFitsTheWindow() throws Exception {
        Path story = UiTestSupport.copySample(dir);
        String huge = "\"" + "a".repeat(50 * 1024 * 1024) + "\"";
        Files.writeString(AnnotationFormat.annotationFileFor(story), "{\"format\": " + huge + "}");
        MainWindow w = harness.openWithoutWaiting(story);
        UiTestSupport.waitUntil("the bad file is reported", () -> robot.lookup("#bad-file-dialog").tryQuery().isPresent());
        harness.settle();
        DialogPane pane = robot.lookup("#bad-file-dialog").queryAs(DialogPane.class);
        var dialog = pane.getScene().getWindow();
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(w.stage().getHeight());
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(w.stage().getWidth());
        robot.type(KeyCode.ESCAPE);
    }
}
