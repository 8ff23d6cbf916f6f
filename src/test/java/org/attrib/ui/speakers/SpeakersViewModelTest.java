package org.attrib.ui.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.ui.testing.SampleViewModelTest;
import org.junit.jupiter.api.Test;

/** Speakers merged, renamed and retyped, without a window: executors run at once on the test's thread. */
class SpeakersViewModelTest extends SampleViewModelTest {

    @Test
    void speakersMergeRenameAndKindAreUndoableAndTheMergedNameIsTheAnalysts() {
        Annotation amlo = s.tag(AnnotationType.SPEAKER, "Mexican President Andres Manuel Lopez Obrador");
        int at = s.text.indexOf("Lopez Obrador", s.span("Mexican President Andres Manuel Lopez Obrador")[1]);
        Annotation short1 = s.tagging.tag(AnnotationType.SPEAKER, at, at + "Lopez Obrador".length(), false).orElseThrow();
        Entity a = s.doc.speakerOf(amlo).orElseThrow();
        Entity b = s.doc.speakerOf(short1).orElseThrow();
        assertThat(a).isNotEqualTo(b);
        assertThat(s.speakers.rename(b, "AMLO")).isTrue();
        Entity kept = s.speakers.merge(List.of(s.doc.speakerOf(amlo).orElseThrow(), s.doc.speakerOf(short1).orElseThrow())).orElseThrow();
        assertThat(kept.name()).isEqualTo("AMLO");
        assertThat(s.speakers.rows()).hasSize(1);
        assertThat(s.speakers.cycleKind(List.of(kept))).isTrue();
        s.doc.history().undo();
        s.doc.history().undo();
        assertThat(s.speakers.rows()).hasSize(2);
    }
}
