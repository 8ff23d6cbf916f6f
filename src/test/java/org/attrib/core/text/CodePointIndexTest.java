package org.attrib.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CodePointIndexTest {

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("ab \n😀👍🏽🇫🇷é\u0301中文👨‍👩‍👧").ofMaxLength(60));
    }

    @Property
    void convertsLikeTheJdkDoes(@ForAll("unicode") String s) {
        CodePointIndex index = CodePointIndex.of(s);
        int cps = s.codePointCount(0, s.length());
        assertThat(index.codePointLength()).isEqualTo(cps);
        for (int cp = 0; cp <= cps; cp++) {
            int ch = s.offsetByCodePoints(0, cp);
            assertThat(index.toChar(cp)).isEqualTo(ch);
            assertThat(index.toCodePoint(ch)).isEqualTo(cp);
        }
    }

    @Property
    void charOffsetsInsideAPairRoundDown(@ForAll("unicode") String s) {
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
