package org.attrib.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.attrib.core.text.SourceText;
import org.attrib.testsupport.LongArticles;

/**
 * A 10 MB article on one line (one paragraph of some hundred thousand sentences, cut short in the
 * middle of a word) is suggested in about the time the same text takes in paragraphs, a few
 * seconds here: nothing in the suggester costs more per sentence the longer its paragraph is.
 * (Whether a paragraph is a heading was asked for each of its sentences, reading the whole
 * paragraph each time: 32 s for 1 MB on one line.) The bound is generous for a slow shared
 * machine and far below what a cost growing with the square of the line would take.
 */
class LongLineSuggestTest {

    private static final int TEN_MB = 10 << 20;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTenMegabyteArticleOnOneLineIsSuggestedLikeTheSameTextInParagraphs() {
        String text = LongArticles.oneLine(TEN_MB);
        assertThat(text).hasSizeGreaterThan(TEN_MB - 100).doesNotContain("\n");
        assertThat(Character.isLetter(text.charAt(text.length() - 1))).as("it ends in the middle of a word").isTrue();

        Suggestions found = new Suggester().suggest(SourceText.of("long.txt", text));

        assertThat(found.annotations()).hasSizeGreaterThan(10_000);
    }
}
