package org.attrib.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.ui.testing.OpenedSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewing suggestions one by one and settling a type at once, without a window: executors run at once on the test's thread. */
class SuggestViewModelTest {

    @TempDir
    Path dir;

    private OpenedSample s;

    @BeforeEach
    void open() throws Exception {
        s = new OpenedSample(dir);
    }

    @Test
    void reviewingSuggestionsGoesOneWayAndSettlingATypeIsOneStep() {
        s.suggest.suggest();
        assertThat(s.doc.pendingCountProperty().get()).isPositive();
        Annotation first = s.doc.getSelected();
        assertThat(first.pending()).isTrue();
        s.suggest.acceptSuggestion(0);
        Annotation second = s.doc.getSelected();
        assertThat(Annotation.DOCUMENT_ORDER.compare(second, first)).isPositive();
        s.suggest.rejectSuggestion(0);
        assertThat(Annotation.DOCUMENT_ORDER.compare(s.doc.getSelected(), second)).isPositive();
        int pending = s.doc.pendingCountProperty().get();
        s.suggest.settleAllSuggestions(AnnotationType.QUOTE, false);
        assertThat(s.doc.annotations()).noneMatch(a -> a.pending() && a.type() == AnnotationType.QUOTE);
        s.doc.history().undo();
        assertThat(s.doc.pendingCountProperty().get()).isEqualTo(pending);
    }
}
