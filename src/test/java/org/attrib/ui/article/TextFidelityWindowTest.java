package org.attrib.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.input.KeyCode;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.document.SaveState;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The article is never written, and what the analyst selects is what is stored: right-to-left
 * text, tabs, CRLF line endings and characters outside the BMP before and inside the selection.
 */
class TextFidelityWindowTest extends WindowTestBase {

    /** Arabic and Hebrew, tabs, emoji (surrogate pairs, a skin-tone modifier), CRLF line endings. */
    private static final String ARTICLE = "Headline\tin\ttabs 🙂\r\n"
            + "قال الوزير: \"سنعمل مع جيراننا\" في المؤتمر.\r\n"
            + "אמר השר:\t\"נעבוד עם השכנים\" בכנס 🙂.\r\n"
            + "Mixed: the minister said \"שלום עולם\" and left 👍🏽 today.\r\n";

    private Path story;
    private Path json;
    private MainWindow w;

    @BeforeEach
    void setUp() throws Exception {
        story = dir.resolve("story.txt");
        Files.writeString(story, ARTICLE, StandardCharsets.UTF_8);
        json = AnnotationFormat.annotationFileFor(story);
        w = harness.open(story);
    }

    private DocumentViewModel doc() {
        return WindowHarness.document(w);
    }

    /** Selects {@code s} as the keyboard would leave it and tags it; returns the selected text and the annotation. */
    private Annotation tag(String s, KeyCode key, boolean exact) {
        int from = doc().text().indexOf(s);
        assertThat(from).as(s).isNotNegative();
        harness.select(w, from, from + s.length());
        assertThat(WindowHarness.area(w).getSelectedText()).isEqualTo(s);
        if (exact) {
            robot.press(KeyCode.SHIFT).type(key).release(KeyCode.SHIFT);
        } else {
            robot.type(key);
        }
        harness.settle();
        Annotation a = doc().getSelected();
        assertThat(a).as("tagged " + s).isNotNull();
        assertThat(doc().charRange(a)).as("the UTF-16 range of " + s).containsExactly(from, from + s.length());
        assertThat(a.start()).as("stored in code points").isEqualTo(doc().text().codePointCount(0, from));
        return a;
    }

    private void saveAndWait() {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        harness.settle();
        UiTestSupport.waitUntil("saved", () -> Files.exists(json) && doc().saving().saveStateProperty().get() == SaveState.SAVED);
    }

    @Test
    void selectionsOverRightToLeftTextTabsAndEmojiSliceBackExactly() throws Exception {
        Map<String, Annotation> tagged = new LinkedHashMap<>();
        tagged.put("سنعمل مع جيراننا", tag("سنعمل مع جيراننا", KeyCode.Q, false));
        tagged.put("השר:\t\"נעבוד עם השכנים\"", tag("השר:\t\"נעבוד עם השכנים\"", KeyCode.C, true));
        tagged.put("שלום עולם", tag("שלום עולם", KeyCode.S, true));
        tagged.put("left 👍🏽 today", tag("left 👍🏽 today", KeyCode.Q, true));
        tagged.put("in\ttabs 🙂", tag("in\ttabs 🙂", KeyCode.C, true));
        for (Map.Entry<String, Annotation> e : tagged.entrySet()) {
            assertThat(doc().textOf(e.getValue())).isEqualTo(e.getKey());
            int[] r = doc().charRange(e.getValue());
            assertThat(WindowHarness.area(w).getText(r[0], r[1])).isEqualTo(e.getKey());
        }
        assertThat(doc().annotations()).extracting(Annotation::type).containsExactlyInAnyOrder(AnnotationType.QUOTE,
                AnnotationType.CLAIM, AnnotationType.SPEAKER, AnnotationType.QUOTE, AnnotationType.CLAIM);

        saveAndWait();
        AnnotationFileContent saved = DocumentFiles.readContent(json);
        assertThat(saved.annotations()).extracting(s -> s.text()).containsExactlyInAnyOrderElementsOf(tagged.keySet());
        AnnotatedDocument reopened = DocumentFiles.open(story).document();
        for (Map.Entry<String, Annotation> e : tagged.entrySet()) {
            Annotation a = reopened.annotation(e.getValue().id()).orElseThrow();
            assertThat(reopened.textOf(a)).as("read back from the file").isEqualTo(e.getKey());
            assertThat(reopened.source().slice(a.start(), a.end())).isEqualTo(e.getKey());
        }
    }

    @Test
    void theArticleIsByteIdenticalAfterTaggingSavingAndAutosaving() throws Exception {
        byte[] before = Files.readAllBytes(story);
        FileTime modified = Files.getLastModifiedTime(story);

        tag("سنعمل مع جيراننا", KeyCode.Q, false);
        tag("שלום עולם", KeyCode.S, true);
        saveAndWait();
        assertThat(Files.readAllBytes(story)).as("after Ctrl+S").isEqualTo(before);

        robot.interact(() -> w.mainViewModel().autosaveDelayProperty().set(Duration.ofMillis(300)));
        tag("left 👍🏽 today", KeyCode.Q, true);
        UiTestSupport.waitUntil("autosaved", () -> doc().saving().saveStateProperty().get() == SaveState.SAVED
                && Files.readString(json).contains("left 👍🏽 today"));
        assertThat(Files.readAllBytes(story)).as("after autosave").isEqualTo(before);
        assertThat(new String(Files.readAllBytes(story), StandardCharsets.UTF_8)).as("CRLF kept").contains("\r\n");
        assertThat(Files.getLastModifiedTime(story)).isEqualTo(modified);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("story.txt")))
                    .as("only the annotation file (and its backup) is written beside the article")
                    .containsExactlyInAnyOrder("story.annotations.json", "story.annotations.json.bak");
        }
    }
}
