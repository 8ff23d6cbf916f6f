package org.attrib.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.Gens;

/** A speaker tag keeps the words naming the speaker, as annotations/GUIDELINES.md has it, and nothing of its own grows. */
class SpeakerSpansTest {

    @Test
    void punctuationAndQuotationMarksAroundANameGo() {
        assertThat(SpeakerSpans.trim("Mexico,")).isEqualTo("Mexico");
        assertThat(SpeakerSpans.trim("“Mexico")).isEqualTo("Mexico");
        assertThat(SpeakerSpans.trim("(Mexico)")).isEqualTo("Mexico");
        assertThat(SpeakerSpans.trim("\"Mexico,\"")).isEqualTo("Mexico");
        assertThat(SpeakerSpans.trim("— Mexico;")).isEqualTo("Mexico");
        assertThat(SpeakerSpans.trim("Mexico...")).isEqualTo("Mexico");
        assertThat(SpeakerSpans.trim("Mexico…")).isEqualTo("Mexico");
        assertThat(SpeakerSpans.trim("‘Mexico’")).isEqualTo("Mexico");
    }

    @Test
    void aPossessiveAndALeadingArticleGo() {
        assertThat(SpeakerSpans.trim("Mr. LeBeau’s")).isEqualTo("Mr. LeBeau");
        assertThat(SpeakerSpans.trim("Mr. LeBeau's,")).isEqualTo("Mr. LeBeau");
        assertThat(SpeakerSpans.trim("the researchers’")).isEqualTo("researchers");
        assertThat(SpeakerSpans.trim("The U.S. State Department")).isEqualTo("U.S. State Department");
        assertThat(SpeakerSpans.trim("the Mexican president")).isEqualTo("Mexican president");
        assertThat(SpeakerSpans.trim("“The agency’s")).isEqualTo("agency");
        assertThat(SpeakerSpans.trim("a spokesman")).isEqualTo("spokesman");
    }

    @Test
    void whatBelongsToTheNameStays() {
        assertThat(SpeakerSpans.trim("U.S.")).isEqualTo("U.S.");
        assertThat(SpeakerSpans.trim("the U.S.,")).isEqualTo("U.S.");
        assertThat(SpeakerSpans.trim("Acme Inc.")).isEqualTo("Acme Inc.");
        assertThat(SpeakerSpans.trim("Martin Luther King Jr.")).isEqualTo("Martin Luther King Jr.");
        assertThat(SpeakerSpans.trim("Mr.")).isEqualTo("Mr.");
        assertThat(SpeakerSpans.trim("Michael J.")).isEqualTo("Michael J.");
        assertThat(SpeakerSpans.trim("Jonah Peter.")).isEqualTo("Jonah Peter");
        assertThat(SpeakerSpans.trim("Institutional Revolutionary Party (PRI)")).isEqualTo("Institutional Revolutionary Party (PRI)");
        assertThat(SpeakerSpans.trim("Joaquin “El Chapo” Guzman")).isEqualTo("Joaquin “El Chapo” Guzman");
        assertThat(SpeakerSpans.trim("Joaquin “El Chapo”,")).isEqualTo("Joaquin “El Chapo”");
        assertThat(SpeakerSpans.trim("“El Chapo”")).isEqualTo("El Chapo");
        assertThat(SpeakerSpans.trim("The")).as("an article that is all there is").isEqualTo("The");
        assertThat(SpeakerSpans.trim("An Nguyen")).as("a capitalised An may be a given name").isEqualTo("An Nguyen");
        assertThat(SpeakerSpans.trim("@nasa")).isEqualTo("@nasa");
        assertThat(SpeakerSpans.trim("JPL’s Jonah Peter")).isEqualTo("JPL’s Jonah Peter");
    }

    @Test
    void onlyPunctuationLeavesNothing() {
        assertThat(SpeakerSpans.trim("“")).isEmpty();
        assertThat(SpeakerSpans.trim(" ,. ")).isEmpty();
        SourceText t = SourceText.of("t.txt", "He said, “yes.”");
        assertThat(SpeakerSpans.trim(t, 7, 9)).isEmpty();
    }

    @Test
    void aSpanIsCutInItsText() {
        String text = "Officials of (the U.S. State Department’s) press office";
        SourceText t = SourceText.of("t.txt", text);
        int from = text.indexOf('(');
        Optional<SpanAdjuster.Span> span = SpeakerSpans.trim(t, from, text.indexOf(')') + 1);
        assertThat(span.map(s -> t.slice(s.start(), s.end()))).contains("U.S. State Department");
    }

    @Test
    void aSpeakerTagIsTrimmedUnlessTheAnalystAsksForTheExactCharacters() {
        String text = "Aides in “Mexico, the capital” spoke.";
        SourceText t = SourceText.of("t.txt", text);
        int from = text.indexOf('“');
        int to = text.indexOf(',') + 1;
        assertThat(tagged(t, AnnotationType.SPEAKER, from, to, false, false)).isEqualTo("Mexico");
        assertThat(tagged(t, AnnotationType.SPEAKER, from, to, true, true)).as("exact").isEqualTo("“Mexico,");
        assertThat(tagged(t, AnnotationType.QUOTE, from, to, false, false)).as("only speakers").isEqualTo("“Mexico,");
        // Grown to the whole word first, then trimmed: "exico," becomes "Mexico".
        assertThat(tagged(t, AnnotationType.SPEAKER, from + 2, to, false, true)).isEqualTo("Mexico");
        assertThat(tagged(t, AnnotationType.SPEAKER, from + 2, to, false, false)).isEqualTo("exico");
        assertThat(SpanAdjuster.forTag(t, AnnotationType.SPEAKER, from, from + 1, false, true)).isEmpty();
    }

    private static String tagged(SourceText t, AnnotationType type, int from, int to, boolean exact, boolean snap) {
        return SpanAdjuster.forTag(t, type, from, to, exact, snap).map(s -> t.slice(s.start(), s.end())).orElse(null);
    }

    /** Trimming only takes away, from the ends, never leaves white space at an end, and a trimmed name stays as it is. */
    @Test
    void trimmingOnlyTakesAwayAndIsDoneInOneGo() {
        qt().withExamples(3000).forAll(Gens.strings(Gens.charsOf("ab J.S’'\"“”()[]«», —-…theTHEas  \u0301😀"), 0, 24))
                .checkAssert(s -> {
                    String trimmed = SpeakerSpans.trim(s);
                    assertThat(s).contains(trimmed);
                    assertThat(SpeakerSpans.trim(trimmed)).isEqualTo(trimmed);
                    if (!trimmed.isEmpty()) {
                        assertThat(SpanAdjuster.isSpace(trimmed.codePointAt(0))).isFalse();
                        assertThat(SpanAdjuster.isSpace(trimmed.codePointBefore(trimmed.length()))).isFalse();
                    }
                });
    }
}
