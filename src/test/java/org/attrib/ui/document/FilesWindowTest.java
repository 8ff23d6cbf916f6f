package org.attrib.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceTextLoader;
import org.attrib.ui.document.SaveState;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Autosave, a file changed by someone else, a changed article's orphans, and an unreadable file, in the window. */
class FilesWindowTest extends WindowTestBase {

    private Path story;
    private Path json;

    @BeforeEach
    void setUp() throws Exception {
        story = UiTestSupport.copySample(dir);
        json = AnnotationFormat.annotationFileFor(story);
    }

    private void tagText(MainWindow w, String text, KeyCode key) {
        int at = WindowHarness.document(w).text().indexOf(text);
        harness.select(w, at, at + text.length());
        robot.type(key);
        harness.settle();
    }

    /** Writes an annotation file for the article with the core, as another analyst's copy of Attrib would. */
    private void writeAsSomeoneElse(String speakerName) throws Exception {
        AnnotatedDocument doc = DocumentFiles.open(story).document();
        String text = doc.source().text();
        int at = text.indexOf(speakerName);
        new AnnotationEditor(doc).tag(AnnotationType.SPEAKER, text.codePointCount(0, at),
                text.codePointCount(0, at) + speakerName.length()).edit().redo();
        DocumentFiles.save(DocumentSnapshot.of(doc), json);
    }

    private DialogPane dialog(String id) {
        UiTestSupport.waitUntil(id + " shows", () -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    private void press(DialogPane pane, String button) {
        robot.clickOn((Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals(button)).findFirst().orElseThrow()));
        harness.settle();
    }

    @Test
    void autosaveSavesShortlyAfterAnEditAndTheStatusBarSaysSo() throws Exception {
        MainWindow w = harness.open(story);
        robot.interact(() -> w.mainViewModel().autosaveDelayProperty().set(Duration.ofMillis(300)));
        java.util.List<String> titles = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> w.stage().titleProperty().addListener((o, b, t) -> titles.add(t)));
        tagText(w, "Hugo Rodriguez", KeyCode.S);
        UiTestSupport.waitUntil("autosaved", () -> Files.exists(json)
                && WindowHarness.document(w).saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(titles).as("unsaved, then saved").containsSubsequence("story.txt* — Attrib", "story.txt — Attrib");
        assertThat(w.stage().getTitle()).isEqualTo("story.txt — Attrib");
        assertThat(robot.lookup("#save-state").queryLabeled().getText()).startsWith("Saved");
        assertThat(Files.readString(json)).contains("\"text\": \"Hugo Rodriguez\"");
    }

    @Test
    void aFileChangedByAnotherAnalystIsMergedNotOverwritten() throws Exception {
        MainWindow w = harness.open(story);
        tagText(w, "Hugo Rodriguez", KeyCode.S);
        robot.type(KeyCode.CONTROL).press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        UiTestSupport.waitUntil("saved", () -> Files.exists(json) && !WindowHarness.document(w).history().dirtyProperty().get());

        writeAsSomeoneElse("Hugo Rodriguez, deputy");   // theirs: Hugo's mention plus one more
        AnnotatedDocument theirs = DocumentFiles.open(story).document();
        int at = theirs.source().text().indexOf("Marcelo Ebrard");
        new AnnotationEditor(theirs).tag(AnnotationType.SPEAKER, at, at + "Marcelo Ebrard".length()).edit().redo();
        DocumentFiles.save(DocumentSnapshot.of(theirs), json);

        tagText(w, "Lopez Obrador", KeyCode.S);           // mine: one more of my own
        robot.interact(() -> WindowHarness.document(w).saving().save());
        UiTestSupport.waitUntil("the save met their change",
                () -> WindowHarness.document(w).saving().saveStateProperty().get() == SaveState.CONFLICT);
        // Shown in the status bar, not by a dialog of its own: Ctrl+S asks what to keep.
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        DialogPane pane = dialog("changed-on-disk-dialog");
        press(pane, "Merge");
        UiTestSupport.waitUntil("merged and saved", () -> !WindowHarness.document(w).saving().changedOnDiskProperty().get()
                && WindowHarness.document(w).saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(WindowHarness.document(w).annotations()).extracting(a -> WindowHarness.document(w).textOf(a))
                .contains("Marcelo Ebrard", "Lopez Obrador", "Hugo Rodriguez");
        String onDisk = Files.readString(json);
        assertThat(onDisk).contains("Marcelo Ebrard").contains("\"text\": \"Lopez Obrador\"");
    }

    @Test
    void annotationsAChangedArticleLostAreOrphansThatCanBePlacedAgain() throws Exception {
        writeAsSomeoneElse("Marcelo Ebrard");
        String text = Files.readString(story, StandardCharsets.UTF_8);
        Files.writeString(story, text.replace("Marcelo Ebrard", "Foreign Minister Ebrard's office"), StandardCharsets.UTF_8);

        MainWindow w = harness.open(story);
        @SuppressWarnings("unchecked")
        TableView<StoredAnnotation> orphans = (TableView<StoredAnnotation>) robot.lookup("#orphans-table").query();
        assertThat(orphans.getItems()).singleElement().satisfies(o -> assertThat(o.text()).isEqualTo("Marcelo Ebrard"));
        assertThat(WindowHarness.document(w).history().dirtyProperty().get()).as("re-anchored, not yet written").isTrue();
        assertThat(Files.readString(json)).contains("Marcelo Ebrard");

        int at = WindowHarness.document(w).text().indexOf("Ebrard's");
        harness.select(w, at, at + "Ebrard".length());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        harness.settle();
        robot.interact(() -> orphans.getSelectionModel().select(0));
        robot.clickOn("#place-orphan");
        harness.settle();
        assertThat(orphans.getItems()).isEmpty();
        assertThat(WindowHarness.document(w).getSelected()).satisfies(a -> {
            assertThat(a.type()).isEqualTo(AnnotationType.SPEAKER);
            assertThat(WindowHarness.document(w).textOf(a)).isEqualTo("Ebrard");
        });
    }

    @Test
    void anUnreadableFileIsNeverOverwrittenTheArticleOpensReadOnlyOrAfresh() throws Exception {
        byte[] garbage = "{\"format\": \"attrib-annotations\", \"version\": 2, \"source\": ".getBytes(StandardCharsets.UTF_8);
        Files.write(json, garbage);
        MainWindow w = harness.openWithoutWaiting(story);
        DialogPane pane = dialog("bad-file-dialog");
        assertThat(((javafx.scene.control.Labeled) pane.getContent().lookup(".label")).getText())
                .contains(json.toString()).contains("cut short");
        press(pane, "Open read-only");
        UiTestSupport.waitUntil("opened read-only", () -> WindowHarness.document(w) != null);
        assertThat(w.stage().getTitle()).contains("(read-only)");
        int at = WindowHarness.document(w).text().indexOf("Hugo");
        harness.select(w, at, at + 4);
        robot.type(KeyCode.S);
        harness.settle();
        assertThat(WindowHarness.document(w).annotations()).isEmpty();
        assertThat(Files.readAllBytes(json)).isEqualTo(garbage);

        MainWindow again = harness.openWithoutWaiting(story);
        press(dialog("bad-file-dialog"), "Start afresh");
        UiTestSupport.waitUntil("opened afresh", () -> WindowHarness.document(again) != null);
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("story.annotations.json.unreadable-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        }
        assertThat(again.stage().getTitle()).doesNotContain("read-only");
    }
}
