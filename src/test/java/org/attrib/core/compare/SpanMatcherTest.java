package org.attrib.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;

class SpanMatcherTest {

    private static int n;

    static Annotation q(int start, int end) {
        return Annotation.of("a" + (n++), AnnotationType.QUOTE, start, end);
    }

    @Test
    void countsGiveScoresComputedByHand() {
        Counts c = new Counts(2, 1, 3);
        assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c.recall()).isCloseTo(2.0 / 5, within(1e-12));
        assertThat(c.f1()).isCloseTo(0.5, within(1e-12));
        assertThat(c.plus(new Counts(1, 0, 0))).isEqualTo(new Counts(3, 1, 3));
    }

    @Test
    void scoresWithNothingToDivideByAreUndefined() {
        assertThat(Counts.ZERO.precision()).isNaN();
        assertThat(new Counts(0, 0, 4).precision()).isNaN();
        assertThat(new Counts(0, 0, 4).recall()).isZero();
        assertThat(new Counts(0, 0, 4).f1()).isZero();
    }

    @Test
    void exactAndOverlappingMatchingOfAHandMadeCase() {
        List<Annotation> gold = List.of(q(0, 10), q(20, 30), q(40, 50));
        List<Annotation> pred = List.of(q(0, 10), q(22, 30), q(45, 60), q(70, 80));

        Counts exact = SpanMatcher.exact(gold, pred).counts();
        assertThat(exact).isEqualTo(new Counts(1, 3, 2));

        Counts overlap = SpanMatcher.overlapping(gold, pred).counts();
        assertThat(overlap).isEqualTo(new Counts(3, 1, 0));
        assertThat(overlap.f1()).isCloseTo(6.0 / 7, within(1e-12));
    }

    @Test
    void overlappingMatchingIsOneToOneAndPrefersTheLargerOverlap() {
        Annotation g1 = q(0, 20);
        Annotation p1 = q(0, 5);
        Annotation p2 = q(5, 20);
        Matching m = SpanMatcher.overlapping(List.of(g1), List.of(p1, p2));
        assertThat(m.pairs()).containsExactly(new SpanMatch(g1, p2));
        assertThat(m.unmatchedPred()).containsExactly(p1);

        Annotation a = q(0, 10);
        Annotation b = q(10, 20);
        Annotation straddling = q(5, 15);
        Matching tie = SpanMatcher.overlapping(List.of(a, b), List.of(straddling));
        assertThat(tie.pairs()).containsExactly(new SpanMatch(a, straddling));
        assertThat(tie.counts()).isEqualTo(new Counts(1, 0, 1));
    }

    @Test
    void aLongPredictionOverlappingSeveralGoldSpansStillFindsItsBestPartner() {
        Annotation longPred = q(0, 100);
        Annotation shortPred = q(2, 4);
        Annotation g1 = q(1, 5);
        Annotation g2 = q(50, 90);
        Matching m = SpanMatcher.overlapping(List.of(g1, g2), List.of(longPred, shortPred));
        assertThat(m.pairs()).containsExactly(new SpanMatch(g1, shortPred), new SpanMatch(g2, longPred));
    }

    @Test
    void identicalSpansMatchEachOtherOnceEach() {
        Annotation g1 = q(3, 8);
        Annotation g2 = q(3, 8);
        Annotation p = q(3, 8);
        assertThat(SpanMatcher.exact(List.of(g1, g2), List.of(p)).counts()).isEqualTo(new Counts(1, 0, 1));
    }
}
