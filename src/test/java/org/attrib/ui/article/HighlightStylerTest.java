package org.attrib.ui.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.attrib.testsupport.Gens;

/** The pure highlight flattening; needs no JavaFX toolkit. */
class HighlightStylerTest {

    private static List<String> segments(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            out.add(s.getLength() + ":" + String.join("+", s.getStyle()));
        }
        return out;
    }

    @Test
    void flattensAClaimContainingAQuoteContainingASpeaker() {
        List<Highlight> h = List.of(
                new Highlight(0, 20, "claim"),
                new Highlight(5, 15, "quote"),
                new Highlight(8, 10, "speaker"));
        assertThat(segments(HighlightStyler.spans(h, 0, 20)))
                .containsExactly("5:claim", "3:claim+quote", "2:claim+quote+speaker", "5:claim+quote", "5:claim");
    }

    @Test
    void marksNestingOfOneTypeAndStylesOnlyTheAskedRange() {
        List<Highlight> h = List.of(new Highlight(0, 10, "quote"), new Highlight(2, 4, "quote"));
        assertThat(segments(HighlightStyler.spans(h, 1, 6)))
                .containsExactly("1:quote", "2:quote+quote-nested", "2:quote");
        assertThat(segments(HighlightStyler.spans(List.of(), 3, 7))).containsExactly("4:");
    }

    static Gen<List<Highlight>> highlights() {
        Gen<Integer> pos = integers().between(0, 50);
        return Gens.listsOf(pos.zip(pos, arbitrary().pick("quote", "claim", "speaker", "selected"),
                (a, b, c) -> new Highlight(Math.min(a, b), Math.max(a, b) + 1, c)), 0, 12);
    }

    @Test
    void everyCharCarriesExactlyTheClassesOfTheHighlightsOverIt() {
        qt().withExamples(1000).forAll(highlights()).checkAssert(this::everyCharCarriesExactlyTheClassesOfTheHighlightsOverIt);
    }

    private void everyCharCarriesExactlyTheClassesOfTheHighlightsOverIt(List<Highlight> hs) {
        int from = 5;
        int to = 40;
        StyleSpans<Collection<String>> spans = HighlightStyler.spans(hs, from, to);
        assertThat(spans.length()).isEqualTo(to - from);
        int at = from;
        for (StyleSpan<Collection<String>> s : spans) {
            for (int c = at; c < at + s.getLength(); c++) {
                final int ch = c;
                List<String> expected = hs.stream().filter(h -> h.start() <= ch && ch < h.end()).map(Highlight::styleClass)
                        .distinct().sorted().toList();
                assertThat(s.getStyle().stream().filter(x -> !x.endsWith(HighlightStyler.NESTED)).toList())
                        .as("classes at char %d", ch).isEqualTo(expected);
            }
            at += s.getLength();
        }
    }
}
