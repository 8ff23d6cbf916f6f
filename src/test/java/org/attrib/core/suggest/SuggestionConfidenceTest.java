package org.attrib.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceText;

/**
 * Each suggestion's confidence follows from how it was found (docs/suggestions.md, "Confidence"):
 * an attribution next to the quote naming the speaker is surest, a pronoun less sure, a speaker
 * carried over to a quote standing alone least; a mention is as sure as what goes through it.
 */
class SuggestionConfidenceTest {

    /** Each suggestion's type and text, with its confidence. */
    private static Map<String, Double> confidences(String text) {
        SourceText src = SourceText.of("t.txt", text);
        Map<String, Double> out = new LinkedHashMap<>();
        for (Annotation a : new Suggester().suggest(src).annotations()) {
            out.put(a.type().id() + " " + src.slice(a.start(), a.end()), a.confidence());
        }
        return out;
    }

    @Test
    void aQuoteNextToAnAttributionNamingItsSpeakerIsSurest() {
        assertThat(confidences("\"We are ready,\" Jane Doe said.")).containsExactly(
                Map.entry("quote We are ready,", Confidence.NEXT_TO_ATTRIBUTION),
                Map.entry("speaker Jane Doe", Confidence.NEXT_TO_ATTRIBUTION));
        assertThat(confidences("Jane Doe said: \"We are ready.\"")).containsEntry("quote We are ready.", 0.9);
    }

    @Test
    void aPronounIsLessSureThanAName() {
        Map<String, Double> c = confidences("Jane Doe arrived late on Monday. \"We are ready,\" she said.");
        assertThat(c.get("quote We are ready,")).isEqualTo(0.68).isLessThan(Confidence.NEXT_TO_ATTRIBUTION);
        assertThat(c.get("speaker Jane Doe")).as("the mention the pronoun refers to").isEqualTo(0.68);
    }

    @Test
    void aClaimIsMediumAndItsMentionInheritsTheSurestSuggestionThroughIt() {
        Map<String, Double> c = confidences("Jane Doe said the talks had failed completely.");
        assertThat(c).containsEntry("claim the talks had failed completely", Confidence.CLAIM)
                .containsEntry("speaker Jane Doe", Confidence.CLAIM);
        Map<String, Double> both = confidences("\"It is over,\" Jane Doe said, adding that the talks had failed completely.");
        assertThat(both.get("quote It is over,")).isEqualTo(0.9);
        assertThat(both.get("claim the talks had failed completely")).isEqualTo(0.7);
        assertThat(both.get("speaker Jane Doe")).isEqualTo(0.9);
    }

    @Test
    void quotesCarriedOverAreLessSure() {
        String text = "Jane Doe said: “We will not give up. We have worked for years.\n\n"
                + "“Nothing will stop us now.”\n\n"
                + "The vote is on Friday. The hall was full.\n\n"
                + "“Every 30 minutes, the line moves.”";
        Map<String, Double> c = confidences(text);
        assertThat(c.get("quote We will not give up. We have worked for years.")).isEqualTo(0.9);
        assertThat(c.get("quote Nothing will stop us now.")).as("continued over a paragraph").isEqualTo(Confidence.CONTINUED);
        assertThat(c.get("quote Every 30 minutes, the line moves.")).as("standing alone, given to the last speaker")
                .isEqualTo(Confidence.FLOATING_LAST_SPEAKER);
    }

    @Test
    void aQuoteStandingAloneAfterASentenceAboutAPersonIsAtMostEvenlySure() {
        String text = "Jim Strickland has used the fence for six months. He told a reporter he has seen good results.\n\n"
                + "“It has exceeded my expectations.”";
        assertThat(confidences(text).get("quote It has exceeded my expectations.")).isEqualTo(Confidence.PREVIOUS_SUBJECT);
    }

    @Test
    void everySuggestionHasAConfidenceThatMergingKeeps() {
        SourceText src = SourceText.of("t.txt", "Jane Doe arrived. \"We are ready,\" she said. Tom Roe said the plan would work well.");
        Suggestions s = new Suggester().suggest(src);
        var doc = new org.attrib.core.model.AnnotatedDocument(src);
        SuggestionMerger.merge(doc, s).edit().redo();
        Map<String, Double> merged = new LinkedHashMap<>();
        doc.annotations().forEach(a -> merged.put(a.type().id() + a.start() + ":" + a.end(), a.confidence()));
        Map<String, Double> suggested = new LinkedHashMap<>();
        s.annotations().forEach(a -> suggested.put(a.type().id() + a.start() + ":" + a.end(), a.confidence()));
        assertThat(merged).isEqualTo(suggested).doesNotContainValue(null);
        assertThat(doc.annotations()).allMatch(a -> a.type() != AnnotationType.QUOTE || a.confidence() < 0.9);
    }
}
