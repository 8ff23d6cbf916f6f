package org.attrib.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.attrib.core.batch.ExportRun;
import org.attrib.core.batch.Problem;
import org.attrib.core.batch.RunListener;
import org.attrib.testsupport.Fixtures;
import org.attrib.ui.testing.UiTestSupport;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** File > Import… in the real window: brat files in, problems listed, the imported folder opened. */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    @TempDir
    Path dir;

    private ExecutorService io;
    private WindowHarness harness;
    private FxRobot robot;

    @BeforeEach
    void setUp(FxRobot robot) {
        this.robot = robot;
        io = UiTestSupport.io();
        harness = new WindowHarness(robot, io);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdownNow();
    }

    @Test
    void importsABratFolderListsWhatCouldNotBeUsedAndOpensTheResult() throws Exception {
        Path corpus = Fixtures.corpus(dir.resolve("corpus"));
        ExportRun.run(List.of(corpus), ExportRun.Options.of("brat", dir.resolve("brat"), false), new RunListener() {
            @Override
            public void warning(String message) {
            }

            @Override
            public void problem(Problem problem) {
            }
        });
        MainWindow w = harness.open(corpus);

        robot.interact(harness.menuItem(w, "_File", "Import brat or W3C files…")::fire);
        Stage form = importStage();
        ListView<Path> inputs = find(form, "#import-inputs");
        robot.interact(() -> inputs.getItems().add(dir.resolve("brat")));
        TextField out = find(form, "#import-out");
        assertThat(out.getText()).as("a folder beside the input is proposed").isEqualTo(dir.resolve("imported").toString());

        // A mapping that is not LABEL=TARGET keeps Import off and says why.
        TextArea mapping = find(form, "#import-mapping");
        robot.clickOn(mapping).write("Cue");
        Button start = find(form, "#import-start");
        Label problem = find(form, "#import-problem");
        assertThat(start.isDisabled()).isTrue();
        assertThat(problem.getText()).startsWith("Label mapping: \"Cue\" is not LABEL=TARGET");
        robot.write("=ignore");
        assertThat(start.isDisabled()).isFalse();
        assertThat(problem.getText()).isEmpty();

        robot.clickOn(start);
        Label summary = find(form, "#import-summary");
        UiTestSupport.waitUntil("the import is done", () -> summary.getText().startsWith("Imported"));
        assertThat(summary.getText()).isEqualTo("Imported 2 articles (21 annotations) into " + dir.resolve("imported") + ".");
        assertThat(dir.resolve("imported/world/voa-2019-12-04-us-mexico-cartel-tools.annotations.json")).exists();

        // Again into the same folder: nothing replaced, each file named in the report.
        robot.clickOn(start);
        UiTestSupport.waitUntil("the second import is done", () -> summary.getText().startsWith("Imported 0"));
        ListView<String> report = find(form, "#import-report");
        assertThat(report.getItems()).hasSize(2).allMatch(l -> l.contains("an annotation file is already there; tick "
                + ImportViewModel.REPLACE));
        Button open = find(form, "#import-open");
        assertThat(open.isDisabled()).as("nothing new to open").isTrue();

        robot.clickOn(out).press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT).write(dir.resolve("again").toString());
        assertThat(out.getText()).isEqualTo(dir.resolve("again").toString());
        robot.clickOn(start);
        UiTestSupport.waitUntil("the third import is done", () -> summary.getText().startsWith("Imported 2"));
        robot.clickOn(open);
        UiTestSupport.waitUntil("the imported folder is open in the main window",
                () -> dir.resolve("again").equals(w.mainViewModel().corpus().folderProperty().get()));
        assertThat(form.isShowing()).isFalse();
    }

    private Stage importStage() {
        UiTestSupport.waitUntil("the import window is shown", () -> importWindow() != null);
        return importWindow();
    }

    private Stage importWindow() {
        for (Window window : robot.listWindows()) {
            if (window instanceof Stage s && s.isShowing() && "Import — Attrib".equals(s.getTitle())) {
                return s;
            }
        }
        return null;
    }

    private <T extends javafx.scene.Node> T find(Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }
}
