package org.attrib.ui.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.AnnotationType;
import org.attrib.testsupport.Unprivileged;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.document.SaveState;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The annotation file changed by another process while the window is open (noticed when the
 * window gets the focus back): reload theirs, keep mine; and a save that fails.
 */
class DiskChangesWindowTest extends WindowTestBase {

    private Path story;
    private Path json;
    private MainWindow w;

    @BeforeEach
    void setUp() throws Exception {
        story = UiTestSupport.copySample(dir);
        json = AnnotationFormat.annotationFileFor(story);
        w = harness.open(story);
    }

    private DocumentViewModel doc() {
        return WindowHarness.document(w);
    }

    private void tagText(String text, KeyCode key) {
        int at = doc().text().indexOf(text);
        harness.select(w, at, at + text.length());
        robot.type(key);
        harness.settle();
    }

    private void save() {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        harness.settle();
    }

    private List<String> texts() {
        return doc().annotations().stream().map(a -> doc().textOf(a)).sorted().toList();
    }

    /** Another analyst's copy of Attrib adds a speaker mention to the file on disk. */
    private void addOnDisk(String speaker) throws Exception {
        AnnotatedDocument theirs = DocumentFiles.open(story).document();
        String text = theirs.source().text();
        int at = text.codePointCount(0, text.indexOf(speaker));
        new AnnotationEditor(theirs).tag(AnnotationType.SPEAKER, at, at + speaker.codePointCount(0, speaker.length()))
                .edit().redo();
        DocumentFiles.save(DocumentSnapshot.of(theirs), json);
    }

    /**
     * The window loses the focus and gets it back, as switching to the file manager and back
     * would. Monocle keeps a stage focused whatever other stage shows or is asked for the focus,
     * so the window is told as the toolkit tells it when the system moves the focus: through its
     * peer listener, which sets {@code focusedProperty} that the window listens to.
     */
    private void leaveAndComeBack() {
        systemFocus(false);
        assertThat(w.stage().isFocused()).isFalse();
        systemFocus(true);
        assertThat(w.stage().isFocused()).isTrue();
    }

    private void systemFocus(boolean focused) {
        robot.interact(() -> {
            try {
                java.lang.reflect.Field f = javafx.stage.Window.class.getDeclaredField("peerListener");
                f.setAccessible(true);
                ((com.sun.javafx.tk.TKStageListener) f.get(w.stage())).changedFocused(focused,
                        focused ? com.sun.javafx.tk.FocusCause.ACTIVATED : com.sun.javafx.tk.FocusCause.DEACTIVATED);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private DialogPane dialog(String id) {
        UiTestSupport.waitUntil(id + " shows", () -> robot.lookup("#" + id).tryQuery().isPresent());
        harness.settle();
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    private void press(DialogPane pane, String button) {
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow()));
        harness.settle();
    }

    /** Mine: Hugo saved, then Lopez Obrador unsaved. Theirs on disk: Hugo and Marcelo Ebrard. */
    private void mineAndTheirs() throws Exception {
        tagText("Hugo Rodriguez", KeyCode.S);
        save();
        UiTestSupport.waitUntil("saved", () -> Files.exists(json) && doc().saving().saveStateProperty().get() == SaveState.SAVED);
        addOnDisk("Marcelo Ebrard");
        tagText("Lopez Obrador", KeyCode.S);
        assertThat(doc().saving().changedOnDiskProperty().get()).as("nothing noticed while the window kept the focus").isFalse();
    }

    @Test
    void aChangeOnDiskIsOfferedWhenTheWindowGetsTheFocusBackAndReloadTheirsReplacesMine() throws Exception {
        mineAndTheirs();
        leaveAndComeBack();
        DialogPane pane = dialog("changed-on-disk-dialog");
        assertThat(pane.getButtonTypes()).extracting(b -> b.getText())
                .contains("Merge", "Keep mine", "Reload theirs", "Decide later");
        press(pane, "Reload theirs");
        UiTestSupport.waitUntil("reloaded", () -> !doc().saving().changedOnDiskProperty().get()
                && texts().contains("Marcelo Ebrard"));
        assertThat(texts()).containsExactly("Hugo Rodriguez", "Marcelo Ebrard");
        assertThat(doc().history().dirtyProperty().get()).as("the window now holds what is on disk").isFalse();
        int at = doc().text().indexOf("Marcelo Ebrard");
        assertThat(WindowHarness.styleAt(w, at + 1)).contains("speaker");

        // Undo brings mine back.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(texts()).containsExactly("Hugo Rodriguez", "Lopez Obrador");
    }

    @Test
    void keepMineSavesMineAndKeepsTheirsBesideIt() throws Exception {
        mineAndTheirs();
        String theirs = Files.readString(json);
        leaveAndComeBack();
        press(dialog("changed-on-disk-dialog"), "Keep mine");
        UiTestSupport.waitUntil("mine saved", () -> !doc().saving().changedOnDiskProperty().get()
                && doc().saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(texts()).containsExactly("Hugo Rodriguez", "Lopez Obrador");
        String onDisk = Files.readString(json);
        assertThat(onDisk).contains("\"text\": \"Lopez Obrador\"").doesNotContain("Marcelo Ebrard");
        try (var files = Files.list(dir)) {
            Path copy = files.filter(p -> p.getFileName().toString().startsWith("story.annotations.json.theirs-"))
                    .findFirst().orElseThrow(() -> new AssertionError("no copy of theirs beside the file"));
            assertThat(Files.readString(copy)).isEqualTo(theirs).contains("Marcelo Ebrard");
        }
        // And coming back once more asks nothing: the file is ours again.
        leaveAndComeBack();
        harness.settle();
        assertThat(doc().saving().changedOnDiskProperty().get()).isFalse();
        assertThat(robot.lookup("#changed-on-disk-dialog").tryQuery()).isEmpty();
    }

    // ---- a failed save

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /** Makes {@code dir} a folder no file can be created in; returns how to undo it (as core AtomicSaveTest does). */
    private static AutoCloseable readOnly(Path dir) throws Exception {
        if (!Unprivileged.runningAsRoot(dir)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
            return () -> Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        // Root ignores permissions; the immutable attribute still holds.
        assumeTrue(run("chattr", "+i", dir.toString()) == 0,
                "running as root where chattr +i does not work: permissions do not bite");
        return () -> assertThat(run("chattr", "-i", dir.toString())).isZero();
    }

    @Test
    void aFailedSaveSaysSoInTheStatusBarAndItsDetailsOfferACopyElsewhere() throws Exception {
        tagText("Hugo Rodriguez", KeyCode.S);
        try (AutoCloseable undo = readOnly(dir)) {
            save();
            UiTestSupport.waitUntil("the save failed", () -> doc().saving().saveStateProperty().get() == SaveState.FAILED);
            harness.settle();
            assertThat(robot.lookup("#save-failed-dialog").tryQuery()).as("no dialog takes the keys being typed").isEmpty();
            assertThat(robot.lookup("#save-state").queryLabeled().getText()).isEqualTo(SaveState.FAILED.label());
            assertThat(robot.lookup("#save-state").queryLabeled().getStyleClass()).contains("save-state-failed");
            assertThat(w.stage().getTitle()).isEqualTo("story.txt* — Attrib");
            // Keys typed meanwhile still reach the article.
            tagText("Lopez Obrador", KeyCode.S);
            assertThat(doc().annotations()).hasSize(2);

            Button details = robot.lookup("#save-resolve").queryButton();
            assertThat(details.isVisible()).isTrue();
            robot.clickOn(details);
            DialogPane pane = dialog("save-failed-dialog");
            assertThat(pane.getHeaderText()).isEqualTo("Could not save story.annotations.json");
            assertThat(pane.getButtonTypes()).extracting(b -> b.getText()).contains("Save a copy elsewhere…", "Close");
            robot.type(KeyCode.ENTER);
            harness.settle();
            assertThat(robot.lookup("#save-failed-dialog").tryQuery()).as("Enter closes it").isEmpty();
            assertThat(Files.exists(json)).isFalse();
            assertThat(doc().annotations()).as("the annotations are still here").hasSize(2);
        }
        // Once the folder is writable again, saving works.
        save();
        UiTestSupport.waitUntil("saved", () -> doc().saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(Files.readString(json)).contains("\"text\": \"Hugo Rodriguez\"");
        assertThat(robot.lookup("#save-state").queryLabeled().getStyleClass()).doesNotContain("save-state-failed");
        assertThat(robot.lookup("#save-resolve").queryButton().isVisible()).isFalse();
    }

    // ---- a file changed on disk, met by a save

    /** Mine unsaved (Hugo, Lopez Obrador); on disk, someone else's file; Ctrl+S meets it. */
    private void conflictOnSave() throws Exception {
        tagText("Hugo Rodriguez", KeyCode.S);
        save();
        UiTestSupport.waitUntil("saved", () -> Files.exists(json) && doc().saving().saveStateProperty().get() == SaveState.SAVED);
        addOnDisk("Marcelo Ebrard");
        tagText("Lopez Obrador", KeyCode.S);
        save();
        UiTestSupport.waitUntil("the save met the change", () -> doc().saving().saveStateProperty().get() == SaveState.CONFLICT);
        harness.settle();
        assertThat(robot.lookup("#changed-on-disk-dialog").tryQuery()).as("not by itself: from the status bar or Ctrl+S").isEmpty();
        assertThat(robot.lookup("#save-resolve").queryButton().getText()).isEqualTo("Resolve…");
    }

    @Test
    void decideLaterIsNeverAWayToLoseWorkCtrlSAsksAgainAndKeepMineSaves() throws Exception {
        conflictOnSave();
        save();
        press(dialog("changed-on-disk-dialog"), "Decide later");
        assertThat(doc().saving().saveStateProperty().get()).isEqualTo(SaveState.CONFLICT);
        tagText("Andres Manuel Lopez Obrador", KeyCode.S);
        save();
        DialogPane again = dialog("changed-on-disk-dialog");
        assertThat(again.getButtonTypes()).extracting(b -> b.getText())
                .contains("Merge", "Keep mine", "Reload theirs", "Save a copy as…", "Decide later");
        press(again, "Keep mine");
        UiTestSupport.waitUntil("mine saved", () -> doc().saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(Files.readString(json)).contains("Lopez Obrador", "Andres Manuel Lopez Obrador").doesNotContain("Marcelo Ebrard");
    }

    @Test
    void aFileRestoredOnDiskEndsTheConflictWhenTheWindowComesBack() throws Exception {
        tagText("Hugo Rodriguez", KeyCode.S);
        save();
        UiTestSupport.waitUntil("saved", () -> Files.exists(json) && doc().saving().saveStateProperty().get() == SaveState.SAVED);
        byte[] ours = Files.readAllBytes(json);
        addOnDisk("Marcelo Ebrard");
        tagText("Lopez Obrador", KeyCode.S);
        save();
        UiTestSupport.waitUntil("the save met the change", () -> doc().saving().saveStateProperty().get() == SaveState.CONFLICT);
        Files.write(json, ours);
        leaveAndComeBack();
        UiTestSupport.waitUntil("the conflict is over", () -> !doc().saving().changedOnDiskProperty().get());
        save();
        UiTestSupport.waitUntil("saved", () -> doc().saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(Files.readString(json)).contains("Lopez Obrador");
    }

    @Test
    void aMergeWithAFileCutInHalfOffersWhatStillWorksAndKeepsTheCutFileAsItIs() throws Exception {
        conflictOnSave();
        byte[] whole = Files.readAllBytes(json);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(json, cut);
        save();
        press(dialog("changed-on-disk-dialog"), "Merge");
        UiTestSupport.waitUntil("asked again", () -> robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        DialogPane pane = dialog("changed-on-disk-dialog");
        assertThat(pane.getButtonTypes()).extracting(b -> b.getText()).containsExactly("Keep mine", "Save a copy as…", "Decide later");
        press(pane, "Keep mine");
        UiTestSupport.waitUntil("mine saved", () -> doc().saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(Files.readString(json)).contains("Lopez Obrador");
        try (var files = Files.list(dir)) {
            Path copy = files.filter(p -> p.getFileName().toString().startsWith("story.annotations.json.theirs-"))
                    .findFirst().orElseThrow(() -> new AssertionError("the cut file is not kept"));
            assertThat(Files.readAllBytes(copy)).as("kept byte for byte").isEqualTo(cut);
        }
    }

    @Test
    void quittingWithWorkThatCannotBeSavedNowNeverOffersOnlyDontSave() throws Exception {
        conflictOnSave();
        robot.interact(() -> javafx.application.Platform.runLater(() -> w.stage().fireEvent(
                new javafx.stage.WindowEvent(w.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        DialogPane pane = dialog("unsaved-dialog");
        assertThat(pane.getButtonTypes()).extracting(b -> b.getText()).containsExactly("Save…", "Save a copy as…", "Don't Save", "Cancel");
        press(pane, "Save…");
        DialogPane disk = dialog("changed-on-disk-dialog");
        assertThat(w.stage().isShowing()).as("the window waits for the choice").isTrue();
        press(disk, "Keep mine");
        UiTestSupport.waitUntil("mine saved", () -> doc().saving().saveStateProperty().get() == SaveState.SAVED);
        robot.interact(() -> javafx.application.Platform.runLater(() -> w.stage().fireEvent(
                new javafx.stage.WindowEvent(w.stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        UiTestSupport.waitUntil("closed, nothing left to save", () -> !w.stage().isShowing());
        assertThat(Files.readString(json)).contains("Lopez Obrador");
    }

    @Test
    void openingAnotherArticleWithWorkThatCannotBeSavedAsksFirst() throws Exception {
        conflictOnSave();
        Path other = dir.resolve("other.txt");
        Files.copy(UiTestSupport.SAMPLE, other);
        DocumentViewModel before = doc();
        robot.interact(() -> javafx.application.Platform.runLater(() -> w.openAfterAsking(other)));
        DialogPane pane = dialog("unsaved-dialog");
        press(pane, "Cancel");
        assertThat(doc()).as("still the same article, with its work").isSameAs(before);
        assertThat(texts()).contains("Lopez Obrador");
    }
}
