package org.attrib.core.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceText;

class SpeakerCandidatesTest {

    private static final String TEXT = "Ana Ruiz spoke first. Later, Mr. Bo Chen arrived at the U.S. embassy.\n\n"
            + "\"We are ready,\" said Carla Diaz, while Ana Ruiz listened. \"So are we.\"\n\n"
            + "Dan Eto was not there.";

    private final AnnotatedDocument doc = new AnnotatedDocument(SourceText.of("t.txt", TEXT));
    private final AnnotationEditor editor = new AnnotationEditor(doc);
    private final UndoHistory history = new UndoHistory();

    private Annotation tag(AnnotationType type, String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(text, at + 1);
        }
        AnnotationEditor.Tagging t = editor.tag(type, at, at + text.length());
        history.execute(t.edit());
        return doc.annotation(t.annotation().id()).orElseThrow();
    }

    private List<String> names(Annotation target) {
        return SpeakerCandidates.rank(doc, target).stream().map(doc::textOf).toList();
    }

    @Test
    void sameSentenceFirstNearestFirstThenPreviousSentenceThenEarlierThenLater() {
        tag(AnnotationType.SPEAKER, "Ana Ruiz", 0);
        tag(AnnotationType.SPEAKER, "Bo Chen", 0);
        tag(AnnotationType.SPEAKER, "Carla Diaz", 0);
        tag(AnnotationType.SPEAKER, "Ana Ruiz", 1);
        tag(AnnotationType.SPEAKER, "Dan Eto", 0);
        Annotation ready = tag(AnnotationType.QUOTE, "We are ready,", 0);
        // "said Carla Diaz" follows the quote in its sentence; Ana Ruiz is in it too, further away.
        assertThat(names(ready)).containsExactly("Carla Diaz", "Ana Ruiz", "Bo Chen", "Dan Eto");

        Annotation soAreWe = tag(AnnotationType.QUOTE, "So are we.", 0);
        // A floating quote: its own sentence has no mention; the previous sentence's nearest comes first.
        assertThat(names(soAreWe)).startsWith("Ana Ruiz", "Carla Diaz");
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        tag(AnnotationType.SPEAKER, "Ana Ruiz", 0);
        tag(AnnotationType.SPEAKER, "Bo Chen", 0);
        Annotation claim = tag(AnnotationType.CLAIM, "arrived at the U.S. embassy", 0);
        assertThat(names(claim)).as("'Mr.' and 'U.S.' end no sentence").startsWith("Bo Chen", "Ana Ruiz");
    }

    @Test
    void noMentionsNoCandidates() {
        Annotation q = tag(AnnotationType.QUOTE, "We are ready,", 0);
        assertThat(SpeakerCandidates.rank(doc, q)).isEmpty();
    }
}
