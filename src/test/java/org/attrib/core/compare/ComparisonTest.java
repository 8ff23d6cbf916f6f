package org.attrib.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;

class ComparisonTest {

    private static final String TEXT = "Andres Manuel Lopez Obrador spoke. Hugo Rodriguez spoke. Donald Trump spoke. "
            + "one two three four five six seven eight nine ten";
    private static final SourceText SOURCE = SourceText.of("t.txt", TEXT);

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    private static Annotation mention(String id, String text, String entity) {
        return Annotation.of(id, AnnotationType.SPEAKER, at(text), at(text) + text.length()).withEntity(entity);
    }

    private static Annotation quote(String id, int start, int end, String speaker) {
        return Annotation.of(id, AnnotationType.QUOTE, start, end).withSpeaker(speaker, null).withForm(QuoteForm.DIRECT);
    }

    @Test
    void tokenKappaOfAHandMadeCase() {
        SourceText s = SourceText.of("k.txt", "a b c d e f g h i j");
        List<int[]> tokens = TokenKappa.tokens(s);
        assertThat(tokens).hasSize(10);
        // A labels a..d, B labels c..f: both 2, only A 2, only B 2, neither 4.
        KappaCounts k = TokenKappa.count(tokens, s.length(),
                List.of(Annotation.of("x", AnnotationType.QUOTE, 0, 7)),
                List.of(Annotation.of("y", AnnotationType.QUOTE, 4, 11)));
        assertThat(k).isEqualTo(new KappaCounts(2, 2, 2, 4));
        // observed 0.6, expected 0.4*0.4 + 0.6*0.6 = 0.52, kappa = 0.08 / 0.48.
        assertThat(k.observed()).isCloseTo(0.6, within(1e-12));
        assertThat(k.kappa()).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void kappaIsOneForIdenticalLabellingsAndUndefinedWhenNobodyLabelsAnything() {
        assertThat(new KappaCounts(3, 0, 0, 7).kappa()).isCloseTo(1.0, within(1e-12));
        assertThat(new KappaCounts(0, 0, 0, 10).kappa()).isNaN();
        // A token touched by a span counts as labelled, even when the span cuts it.
        SourceText s = SourceText.of("k.txt", "alpha beta");
        KappaCounts k = TokenKappa.count(TokenKappa.tokens(s), s.length(),
                List.of(Annotation.of("x", AnnotationType.CLAIM, 2, 3)), List.of());
        assertThat(k).isEqualTo(new KappaCounts(0, 1, 0, 1));
    }

    @Test
    void entitiesAlignByOverlappingMentionsAndByNames() {
        AnnotationSet gold = new AnnotationSet(SOURCE,
                List.of(mention("m1", "Andres Manuel Lopez Obrador", "g1"), mention("m2", "Hugo Rodriguez", "g2")),
                List.of(new Entity("g1", "Andres Manuel Lopez Obrador", EntityKind.PERSON),
                        new Entity("g2", "Hugo Rodriguez", EntityKind.PERSON)));
        AnnotationSet pred = new AnnotationSet(SOURCE,
                List.of(mention("n1", "Lopez Obrador", "p1"), mention("n3", "Donald Trump", "p3")),
                List.of(new Entity("p1", "Lopez Obrador", EntityKind.PERSON),
                        new Entity("p2", "Rodriguez", EntityKind.PERSON),
                        new Entity("p3", "Donald Trump", EntityKind.PERSON)));
        EntityAlignment al = EntityAlignment.align(gold, pred);
        assertThat(al.toB("g1")).contains("p1");
        assertThat(al.toB("g2")).contains("p2");
        assertThat(al.toA("p3")).isEmpty();
        assertThat(al.size()).isEqualTo(2);
    }

    @Test
    void attributionAndSpanScoresOfAHandMadeCase() {
        int base = at("one");
        List<Entity> goldEntities = List.of(new Entity("g1", "Andres Manuel Lopez Obrador", EntityKind.PERSON),
                new Entity("g2", "Hugo Rodriguez", EntityKind.PERSON));
        AnnotationSet gold = new AnnotationSet(SOURCE, List.of(
                mention("m1", "Andres Manuel Lopez Obrador", "g1"),
                mention("m2", "Hugo Rodriguez", "g2"),
                quote("q1", base, base + 3, "g1"),
                quote("q2", base + 4, base + 7, "g2"),
                quote("q3", base + 8, base + 13, "g1"),
                quote("q4", base + 14, base + 18, null)), goldEntities);
        List<Entity> predEntities = List.of(new Entity("p1", "Andres Manuel Lopez Obrador", EntityKind.PERSON),
                new Entity("p2", "Hugo Rodriguez", EntityKind.PERSON), new Entity("p3", "Donald Trump", EntityKind.PERSON));
        AnnotationSet pred = new AnnotationSet(SOURCE, List.of(
                mention("n1", "Andres Manuel Lopez Obrador", "p1"),
                mention("n2", "Hugo Rodriguez", "p2"),
                mention("n3", "Donald Trump", "p3"),
                quote("r1", base, base + 3, "p1"),        // right speaker, exact span
                quote("r2", base + 4, base + 6, "p3"),    // wrong speaker, overlapping span
                quote("r4", base + 14, base + 18, "p2"),  // gold has no speaker
                quote("r5", base + 30, base + 35, "p1")), // nothing in gold
                predEntities);

        Comparison c = Comparison.of(gold, pred);
        assertThat(c.exact().get(Category.QUOTE)).isEqualTo(new Counts(2, 2, 2));
        assertThat(c.overlap().get(Category.QUOTE)).isEqualTo(new Counts(3, 1, 1));
        assertThat(c.exact().get(Category.SPEAKER)).isEqualTo(new Counts(2, 1, 0));
        Attribution a = c.attribution().get(Category.QUOTE);
        assertThat(a).isEqualTo(new Attribution(1, 2, 3, 3));
        assertThat(a.accuracy()).isCloseTo(0.5, within(1e-12));
        assertThat(a.share()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(a.agreement()).isCloseTo(1.0 / 3, within(1e-12));

        Comparison twice = c.plus(c);
        assertThat(twice.documents()).isEqualTo(2);
        assertThat(twice.overlap().get(Category.QUOTE)).isEqualTo(new Counts(6, 2, 2));
        assertThat(twice.attribution().get(Category.QUOTE)).isEqualTo(new Attribution(2, 4, 6, 6));
    }

    @Test
    void directQuotesAreScoredByThemselvesWithUnsetFormCountingAsDirect() {
        Annotation partial = Annotation.of("p", AnnotationType.QUOTE, 0, 5).withForm(QuoteForm.PARTIAL);
        Annotation unset = Annotation.of("u", AnnotationType.QUOTE, 10, 15);
        AnnotationSet gold = new AnnotationSet(SOURCE, List.of(partial, unset), List.of());
        AnnotationSet pred = new AnnotationSet(SOURCE, List.of(unset.withForm(QuoteForm.DIRECT)), List.of());
        Comparison c = Comparison.of(gold, pred);
        assertThat(c.exact().get(Category.DIRECT_QUOTE)).isEqualTo(new Counts(1, 0, 0));
        assertThat(c.exact().get(Category.QUOTE)).isEqualTo(new Counts(1, 0, 1));
    }
}
