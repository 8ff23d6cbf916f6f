package org.attrib.ui.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DisplayTextTest {

    @Test
    void ordinaryArticlesAreShownAsTheyAre() {
        String text = "A paragraph.\n\n" + "word ".repeat(3_000) + "\nEnd.";
        assertThat(DisplayText.of(text)).isSameAs(text);
    }

    @Test
    void aTenMegabyteLineIsShownInPiecesAtTheSameOffsets() {
        String line = "The agency said the \u201cfence\u201d works \uD83D\uDC04 well. ".repeat(250_000);
        String shown = DisplayText.of(line);
        assertThat(shown).hasSameSizeAs(line);
        assertThat(shown.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(DisplayText.PIECE + 60);
        assertThat(shown.lines().count()).isGreaterThan(line.length() / (2L * DisplayText.PIECE));
    }

    /** Lines of words (and sometimes very long words) of random lengths. */
    private static Gen<String> texts() {
        Gen<String> word = integers().between(1, 30).zip(integers().between(0, 9), (len, kind) ->
                kind == 0 ? "x".repeat(len * 400) : "w".repeat(len));
        Gen<String> line = lists().of(word).ofSizeBetween(0, 4000).map(words -> String.join(words.size() % 3 == 0 ? "\t" : " ", words));
        return lists().of(line).ofSizeBetween(1, 4).map(lines -> String.join("\n", lines));
    }

    @Test
    void onlySpacesOfLongLinesBecomeLineBreaksAndNothingElseMoves() {
        qt().withExamples(200).forAll(texts()).checkAssert(text -> {
            String shown = DisplayText.of(text);
            assertThat(shown).hasSameSizeAs(text);
            int lineStart = 0;
            for (int i = 0; i < text.length(); i++) {
                if (shown.charAt(i) != text.charAt(i)) {
                    assertThat(shown.charAt(i)).isEqualTo('\n');
                    assertThat(text.charAt(i)).isIn(' ', '\t');
                }
                if (text.charAt(i) == '\n') {
                    lineStart = i + 1;
                } else if (shown.charAt(i) != text.charAt(i)) {
                    int lineEnd = text.indexOf('\n', i);
                    assertThat((lineEnd < 0 ? text.length() : lineEnd) - lineStart).as("only long lines are broken")
                            .isGreaterThan(DisplayText.LONG_LINE);
                }
            }
        });
    }
}
