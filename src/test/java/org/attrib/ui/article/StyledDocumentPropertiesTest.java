package org.attrib.ui.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

/**
 * The article view builds the text and its highlights as one document when it shows an article:
 * it must hold the same text, split into the same paragraphs, with every char styled as the
 * spans say.
 */
class StyledDocumentPropertiesTest {

    private static final List<List<String>> STYLES = List.of(List.of(), List.of("quote"), List.of("claim", "quote"),
            List.of("speaker"), List.of("quote", "quote-nested", "selected"));

    @Test
    void theDocumentHasTheTextAndEveryCharItsStyle() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(this::theDocumentHasTheTextAndEveryCharItsStyle);
    }

    private void theDocumentHasTheTextAndEveryCharItsStyle(long seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        int pieces = 1 + r.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            int k = r.nextInt(6);
            text.append(k == 0 ? "\n" : k == 1 ? "\n\n" : k == 2 ? "\uD83D\uDE00" : "word ");
        }
        String s = text.toString();
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        List<Collection<String>> perChar = new ArrayList<>();
        int at = 0;
        while (at < s.length()) {
            int len = 1 + r.nextInt(Math.min(12, s.length() - at));
            Collection<String> style = STYLES.get(r.nextInt(STYLES.size()));
            b.add(style, len);
            for (int i = 0; i < len; i++) {
                perChar.add(style);
            }
            at += len;
        }
        StyleSpans<Collection<String>> spans = b.create();

        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> doc = StyledArticle.of(s, spans).take();

        assertThat(doc.getText()).isEqualTo(s);
        assertThat(doc.getParagraphs()).hasSize(s.split("\n", -1).length);
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '\n') {
                assertThat(doc.getStyleOfChar(i)).as("style of char %d", i).isEqualTo(perChar.get(i));
            }
        }
    }
}
