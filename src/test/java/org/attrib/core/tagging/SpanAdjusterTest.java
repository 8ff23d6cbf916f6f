package org.attrib.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.attrib.core.text.SourceText;

class SpanAdjusterTest {

    private static String tagged(String text, String selected, boolean snap) {
        SourceText t = SourceText.of("t.txt", text);
        int from = text.indexOf(selected);
        return SpanAdjuster.forSelection(t, from, from + selected.length(), snap)
                .map(s -> t.slice(s.start(), s.end())).orElse(null);
    }

    @Test
    void trimsSurroundingWhiteSpace() {
        assertThat(tagged("He said  \"yes\"  today", "  \"yes\"  ", false)).isEqualTo("\"yes\"");
        assertThat(tagged("a\n\tword\u00a0\nb", "\n\tword\u00a0\n", false)).isEqualTo("word");
    }

    @Test
    void growsToWholeWordsUnlessExact() {
        assertThat(tagged("President Andres Manuel Lopez", "sident Andres Man", true)).isEqualTo("President Andres Manuel");
        assertThat(tagged("President Andres Manuel Lopez", "sident Andres Man", false)).isEqualTo("sident Andres Man");
        assertThat(tagged("Lopez Obrador's plan", "Obrador", true)).isEqualTo("Obrador");
    }

    @Test
    void neverCutsAnEmojiSequenceAFlagOrAnAccent() {
        String text = "x 👨‍👩‍👧 🇫🇷🇩🇪 cafe\u0301 y";
        SourceText t = SourceText.of("t.txt", text);
        // A selection ending inside the family sequence (after the first person) grows to its end.
        int start = text.indexOf("👨");
        Optional<SpanAdjuster.Span> family = SpanAdjuster.forSelection(t, start, start + 2, false);
        assertThat(family.map(s -> t.slice(s.start(), s.end()))).contains("👨‍👩‍👧");
        int flag = text.indexOf("🇩🇪");
        assertThat(SpanAdjuster.forSelection(t, flag + 2, flag + 4, false).map(s -> t.slice(s.start(), s.end()))).contains("🇩🇪");
        int accent = text.indexOf("cafe");
        assertThat(SpanAdjuster.forSelection(t, accent, accent + 4, false).map(s -> t.slice(s.start(), s.end())))
                .contains("cafe\u0301");
    }

    @Test
    void anEmptyOrBlankSelectionTagsNothing() {
        SourceText t = SourceText.of("t.txt", "a   b");
        assertThat(SpanAdjuster.forSelection(t, 2, 2, true)).isEmpty();
        assertThat(SpanAdjuster.forSelection(t, 1, 4, true)).isEmpty();
    }

    @Test
    void theResultIsNeverEmptyNorOutsideTheText() {
        qt().withExamples(1000).forAll(integers().between(0, 40), integers().between(0, 40), booleans().all())
                .checkAssert(this::theResultIsNeverEmptyNorOutsideTheText);
    }

    private void theResultIsNeverEmptyNorOutsideTheText(int a, int b, boolean snap) {
        String text = "“We’re here,” 👩🏽‍💻 said 李 cafe\u0301!";
        SourceText t = SourceText.of("t.txt", text);
        int lo = Math.min(a, text.length());
        int hi = Math.min(b, text.length());
        SpanAdjuster.forSelection(t, lo, hi, snap).ifPresent(s -> {
            assertThat(s.start()).isGreaterThanOrEqualTo(0).isLessThan(s.end());
            assertThat(s.end()).isLessThanOrEqualTo(t.length());
            assertThat(Character.isWhitespace(t.codePointAt(s.start()))).isFalse();
        });
    }
}
