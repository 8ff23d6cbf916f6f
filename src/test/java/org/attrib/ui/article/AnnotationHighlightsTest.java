package org.attrib.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceText;
import org.junit.jupiter.api.Test;

/** The highlights an article's annotations put over its text. */
class AnnotationHighlightsTest {

    private static final String TEXT = "\"Yes,\" she said. \"No,\" he said. \"Maybe,\" they said.";

    private static List<String> classesAt(AnnotatedDocument doc, double confidentFrom, int at) {
        return AnnotationHighlights.of(doc, null, null, confidentFrom, 0, TEXT.length()).stream()
                .filter(h -> h.start() <= at && at < h.end()).map(Highlight::styleClass).toList();
    }

    @Test
    void aSuggestionLessSureThanThePreferenceIsDrawnUnsureAndNothingElseIs() {
        AnnotatedDocument doc = new AnnotatedDocument(SourceText.of("t.txt", TEXT));
        doc.put(Annotation.of("a", AnnotationType.QUOTE, 1, 5).withPending(true).withConfidence(0.45));
        doc.put(Annotation.of("b", AnnotationType.QUOTE, 18, 21).withPending(true).withConfidence(0.9));
        doc.put(Annotation.of("c", AnnotationType.QUOTE, 33, 38).withPending(true));
        doc.put(Annotation.of("d", AnnotationType.SPEAKER, 7, 10));

        assertThat(classesAt(doc, 0.8, 2)).containsExactly("quote-pending", "unsure");
        assertThat(classesAt(doc, 0.8, 19)).containsExactly("quote-pending");
        assertThat(classesAt(doc, 0.95, 19)).containsExactly("quote-pending", "unsure");
        assertThat(classesAt(doc, 0.8, 34)).as("no confidence: not known to be unsure").containsExactly("quote-pending");
        assertThat(classesAt(doc, 0.8, 8)).containsExactly("speaker");
        assertThat(classesAt(doc, 0.4, 2)).containsExactly("quote-pending");
    }
}
