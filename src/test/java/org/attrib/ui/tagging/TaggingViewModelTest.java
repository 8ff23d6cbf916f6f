package org.attrib.ui.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.ui.testing.SampleViewModelTest;
import org.junit.jupiter.api.Test;

/** Tagging, retyping, trimming and attribution, without a window: executors run at once on the test's thread. */
class TaggingViewModelTest extends SampleViewModelTest {

    @Test
    void aTagSelectsItsAnnotationATypeKeyRetypesItAndEachIsOneUndoStep() {
        Annotation quote = s.tag(AnnotationType.QUOTE, "interventionism");
        assertThat(s.doc.getSelected()).isEqualTo(quote);
        assertThat(s.doc.countProperty(AnnotationType.QUOTE).get()).isEqualTo(1);
        Annotation claim = s.tagging.typeKey(AnnotationType.CLAIM, 0, 0, false).orElseThrow();
        assertThat(claim.type()).isEqualTo(AnnotationType.CLAIM);
        assertThat(s.doc.history().undoDescriptionProperty().get()).startsWith("Retype quote as claim");
        s.doc.history().undo();
        s.doc.history().undo();
        assertThat(s.doc.annotations()).isEmpty();
        assertThat(s.doc.history().canUndoProperty().get()).isFalse();
    }

    @Test
    void aSpeakerTagIsTrimmedAndAGuessedOrganisationAndATakesTheNearestSpeakerThenTheNext() {
        Annotation dept = s.tag(AnnotationType.SPEAKER, "The U.S. State Department");
        assertThat(s.doc.textOf(dept)).isEqualTo("U.S. State Department");
        Entity state = s.doc.speakerOf(dept).orElseThrow();
        assertThat(state.kind()).isEqualTo(EntityKind.ORGANISATION);
        s.tag(AnnotationType.SPEAKER, "President Donald Trump");
        Annotation claim = s.tag(AnnotationType.CLAIM, "he wanted to designate them as terrorist groups");
        assertThat(s.tagging.attributeToNearest()).isTrue();
        String first = s.doc.speakerOf(s.doc.getSelected()).orElseThrow().name();
        assertThat(s.tagging.attributeToNearest()).as("A again: the next candidate").isTrue();
        String second = s.doc.speakerOf(s.doc.getSelected()).orElseThrow().name();
        assertThat(List.of(first, second)).containsExactlyInAnyOrder("President Donald Trump", "U.S. State Department");
        assertThat(s.doc.getSelected().id()).isEqualTo(claim.id());
    }
}
