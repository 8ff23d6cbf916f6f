package org.attrib.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.text.SourceText;

/** Predictions are split by their confidence and counted right or wrong as the comparison matches them. */
class ConfidencePrecisionTest {

    private static final SourceText TEXT = SourceText.of("t.txt", "\"We will,\" said Ana. \"No,\" said Bo. Ana left.");

    @Test
    void eachPredictionCountsInTheBandOfItsConfidence() {
        Entity ana = new Entity("e1", "Ana", EntityKind.PERSON);
        Entity bo = new Entity("e2", "Bo", EntityKind.PERSON);
        AnnotationSet gold = new AnnotationSet(TEXT, List.of(
                Annotation.of("m1", AnnotationType.SPEAKER, 16, 19).withEntity("e1"),
                Annotation.of("m2", AnnotationType.SPEAKER, 32, 34).withEntity("e2"),
                Annotation.of("q1", AnnotationType.QUOTE, 1, 8).withSpeaker("e1", "m1"),
                Annotation.of("q2", AnnotationType.QUOTE, 22, 25).withSpeaker("e2", "m2")), List.of(ana, bo));
        AnnotationSet pred = new AnnotationSet(TEXT, List.of(
                suggestion(Annotation.of("p1", AnnotationType.SPEAKER, 16, 19).withEntity("x1"), 0.9),
                suggestion(Annotation.of("p2", AnnotationType.SPEAKER, 32, 34).withEntity("x2"), 0.6),
                suggestion(Annotation.of("p3", AnnotationType.QUOTE, 1, 8).withSpeaker("x1", "p1"), 0.9),
                // Right span, wrong speaker.
                suggestion(Annotation.of("p4", AnnotationType.QUOTE, 22, 25).withSpeaker("x1", null), 0.6),
                // No such quote in the gold.
                suggestion(Annotation.of("p5", AnnotationType.QUOTE, 36, 45), 0.3),
                Annotation.of("p6", AnnotationType.SPEAKER, 36, 39).withEntity("x1")),
                List.of(new Entity("x1", "Ana", EntityKind.PERSON), new Entity("x2", "Bo", EntityKind.PERSON)));

        ConfidencePrecision p = ConfidencePrecision.of(gold, pred);

        assertThat(p.bands().get(ConfidenceBand.HIGH)).isEqualTo(new BandCounts(2, 2, 2, 2));
        assertThat(p.bands().get(ConfidenceBand.MEDIUM)).isEqualTo(new BandCounts(2, 2, 2, 1));
        assertThat(p.bands().get(ConfidenceBand.LOW)).isEqualTo(new BandCounts(1, 0, 0, 0));
        assertThat(p.bands().get(ConfidenceBand.NONE)).isEqualTo(new BandCounts(1, 0, 0, 0));
        assertThat(p.bands().get(ConfidenceBand.MEDIUM).rightPrecision()).isEqualTo(0.5);
        assertThat(p.plus(p).bands().get(ConfidenceBand.HIGH)).isEqualTo(new BandCounts(4, 4, 4, 4));
        assertThat(ConfidencePrecision.EMPTY.bands().get(ConfidenceBand.LOW).exactPrecision()).isNaN();
    }

    @Test
    void bandsSplitAtPointEightAndPointFive() {
        assertThat(ConfidenceBand.of(0.8)).isEqualTo(ConfidenceBand.HIGH);
        assertThat(ConfidenceBand.of(0.79)).isEqualTo(ConfidenceBand.MEDIUM);
        assertThat(ConfidenceBand.of(0.5)).isEqualTo(ConfidenceBand.MEDIUM);
        assertThat(ConfidenceBand.of(0.49)).isEqualTo(ConfidenceBand.LOW);
        assertThat(ConfidenceBand.of(null)).isEqualTo(ConfidenceBand.NONE);
    }

    private static Annotation suggestion(Annotation a, double confidence) {
        return a.withPending(true).withConfidence(confidence);
    }
}
