package org.attrib.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import org.attrib.testsupport.Gens;

class CodePointIndexTest {

    static Gen<String> unicode() {
        return Generate.oneOf(
                Gens.strings(Gens.anyChar(), 0, 60),
                Gens.strings(Gens.charsOf("ab \n😀👍🏽🇫🇷é\u0301中文👨‍👩‍👧"), 0, 60));
    }

    @Test
    void convertsLikeTheJdkDoes() {
        qt().withExamples(1000).forAll(unicode()).checkAssert(this::convertsLikeTheJdkDoes);
    }

    private void convertsLikeTheJdkDoes(String s) {
        CodePointIndex index = CodePointIndex.of(s);
        int cps = s.codePointCount(0, s.length());
        assertThat(index.codePointLength()).isEqualTo(cps);
        for (int cp = 0; cp <= cps; cp++) {
            int ch = s.offsetByCodePoints(0, cp);
            assertThat(index.toChar(cp)).isEqualTo(ch);
            assertThat(index.toCodePoint(ch)).isEqualTo(cp);
        }
    }

    @Test
    void charOffsetsInsideAPairRoundDown() {
        qt().withExamples(1000).forAll(unicode()).checkAssert(this::charOffsetsInsideAPairRoundDown);
    }

    private void charOffsetsInsideAPairRoundDown(String s) {
        CodePointIndex index = CodePointIndex.of(s);
        for (int ch = 0; ch <= s.length(); ch++) {
            int cp = index.toCodePoint(ch);
            assertThat(index.toChar(cp)).isLessThanOrEqualTo(ch);
            assertThat(index.splitsPair(ch)).isEqualTo(index.toChar(cp) != ch);
        }
    }

    @Test
    void emojiAndCjk() {
        String s = "a😀中👍🏽b";
        CodePointIndex index = CodePointIndex.of(s);
        assertThat(index.codePointLength()).isEqualTo(6);
        assertThat(index.toChar(2)).isEqualTo(3); // after the 2-char emoji
        assertThat(index.toChar(5)).isEqualTo(8);
        assertThat(index.toCodePoint(2)).isEqualTo(1); // middle of 😀 rounds down
    }

    @Test
    void refusesOffsetsOutsideTheText() {
        CodePointIndex index = CodePointIndex.of("ab😀");
        assertThatThrownBy(() -> index.toChar(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> index.toCodePoint(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
