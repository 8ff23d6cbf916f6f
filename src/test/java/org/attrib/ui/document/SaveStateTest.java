package org.attrib.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.model.AnnotationType;
import org.attrib.testsupport.Await;
import org.attrib.ui.testing.SampleViewModelTest;
import org.junit.jupiter.api.Test;

/** The save state following the undo history, without a window: executors run at once on the test's thread. */
class SaveStateTest extends SampleViewModelTest {

    @Test
    void theSaveStateFollowsTheHistoryAndASavedFileIsTheDocument() throws Exception {
        assertThat(s.doc.saving().saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        s.tag(AnnotationType.QUOTE, "interventionism");
        assertThat(s.doc.saving().saveStateProperty().get()).isEqualTo(SaveState.UNSAVED);
        assertThat(s.doc.history().titleProperty().get()).startsWith("story.txt*");
        assertThat(s.doc.saving().save()).isTrue();
        Await.until("saved", () -> s.doc.saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(s.doc.history().titleProperty().get()).startsWith("story.txt ");
        assertThat(Files.readString(AnnotationFormat.annotationFileFor(s.story))).contains("\"text\": \"interventionism\"");
        s.doc.history().undo();
        assertThat(s.doc.saving().saveStateProperty().get()).as("undo past the save").isEqualTo(SaveState.UNSAVED);
        s.doc.history().redo();
        assertThat(s.doc.saving().saveStateProperty().get()).as("redo back to the saved state").isEqualTo(SaveState.SAVED);
    }
}
