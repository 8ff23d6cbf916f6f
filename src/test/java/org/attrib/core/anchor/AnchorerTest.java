package org.attrib.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

class AnchorerTest {

    static final int CONTEXT = 32;

    /** An annotation over the first occurrence of {@code span} in {@code old}, as a file would store it. */
    static StoredAnnotation stored(String old, String span) {
        return stored(old, span, 0);
    }

    static StoredAnnotation stored(String old, String span, int fromChar) {
        SourceText t = SourceText.of("a.txt", old);
        int at = old.indexOf(span, fromChar);
        assertThat(at).as("'%s' in the old text", span).isGreaterThanOrEqualTo(0);
        int s = t.toCodePoint(at);
        int e = t.toCodePoint(at + span.length());
        return new StoredAnnotation(Annotation.of("a1", AnnotationType.QUOTE, s, e), t.slice(s, e),
                t.slice(Math.max(0, s - CONTEXT), s), t.slice(e, Math.min(t.length(), e + CONTEXT)));
    }

    static Optional<Placement> place(String now, StoredAnnotation s) {
        return new Anchorer(SourceText.of("a.txt", now), CONTEXT).place(s);
    }

    static String covered(String now, Placement p) {
        return SourceText.of("a.txt", now).slice(p.start(), p.end());
    }

    static final String OLD = "Speaking at a briefing, Hugo Rodriguez said the U.S. agencies have been looking at this "
            + "issue for months. \"What we are looking to do is put at the service of the government of Mexico any "
            + "and all tools we have at our disposal,\" he said. Lopez Obrador, who has attempted to chart a less "
            + "confrontational security policy, reiterated he would not permit an armed foreign intervention.";

    @Test
    void unchangedTextStaysAtItsOffsets() {
        StoredAnnotation s = stored(OLD, "Hugo Rodriguez");
        Placement p = place(OLD + " More text.", s).orElseThrow();
        assertThat(p.method()).isEqualTo(Placement.Method.SAME_OFFSETS);
        assertThat(p.start()).isEqualTo(s.annotation().start());
    }

    @Test
    void textInsertedBeforeMovesTheAnnotationWithIt() {
        StoredAnnotation s = stored(OLD, "any and all tools");
        String now = "Accessibility links\n\nBreaking News\n\n" + OLD;
        Placement p = place(now, s).orElseThrow();
        assertThat(p.method()).isEqualTo(Placement.Method.EXACT_TEXT);
        assertThat(p.start()).isEqualTo(s.annotation().start() + 36);
        assertThat(covered(now, p)).isEqualTo("any and all tools");
    }

    @Test
    void aFixedTypoIsFoundByTheFuzzyMatch() {
        String old = OLD.replace("disposal", "dispsal");
        StoredAnnotation s = stored(old, "\"What we are looking to do is put at the service of the government of Mexico any and all tools we have at our dispsal,\"");
        Placement p = place(OLD, s).orElseThrow();
        assertThat(p.method()).isEqualTo(Placement.Method.FUZZY);
        assertThat(p.edits()).isEqualTo(1);
        assertThat(covered(OLD, p)).isEqualTo(
                "\"What we are looking to do is put at the service of the government of Mexico any and all tools we have at our disposal,\"");
    }

    @Test
    void straightQuotesTurnedCurlyCostNothing() {
        String quote = "\"What we are looking to do is put at the service of the government of Mexico any and all tools we have at our disposal,\"";
        StoredAnnotation s = stored(OLD, quote);
        String now = "Intro line.\n" + OLD.replace('"', '\u201C').replaceFirst("\u201C he said", "\u201D he said")
                .replace(",\u201C", ",\u201D");
        Placement p = place(now, s).orElseThrow();
        assertThat(p.method()).isEqualTo(Placement.Method.FUZZY);
        assertThat(p.edits()).isZero();
        assertThat(covered(now, p)).startsWith("\u201CWhat we").endsWith("disposal,\u201D");
    }

    @Test
    void aChangedWordAndWhiteSpaceAreTolerated() {
        StoredAnnotation s = stored(OLD, "who has attempted to chart a less confrontational security policy");
        String now = OLD.replace("who has attempted to chart", "who has  tried to\nchart");
        Placement p = place(now, s).orElseThrow();
        assertThat(p.method()).isEqualTo(Placement.Method.FUZZY);
        assertThat(covered(now, p)).isEqualTo("who has  tried to\nchart a less confrontational security policy");
    }

    @Test
    void ofTwoIdenticalPassagesTheOneWithTheRightContextWins() {
        String caption = "A shop's windows are riddled with bullet holes near City Hall.";
        String old = "Intro paragraph about the cartels.\n" + caption + "\n" + caption + "\nTrump has repeatedly offered help.";
        StoredAnnotation second = stored(old, caption, old.indexOf(caption) + 1);
        String now = "New boilerplate line\n" + old;
        Placement p = place(now, second).orElseThrow();
        assertThat(now.substring(SourceText.of("a.txt", now).toChar(p.start()))).startsWith(caption + "\nTrump");
        StoredAnnotation first = stored(old, caption);
        Placement q = place(now, first).orElseThrow();
        assertThat(q.start()).isLessThan(p.start());
    }

    @Test
    void aShortTextWhoseContextIsGoneIsNotPlacedOnSomeOtherOccurrence() {
        StoredAnnotation he = stored(OLD, "he said");
        String now = "Something else entirely: he said nothing at all about tools or about the government.";
        assertThat(place(now, he)).isEmpty();
    }

    @Test
    void aShortTextWithItsContextMovesWithIt() {
        StoredAnnotation he = stored(OLD, "he", OLD.indexOf("\" he said") + 2);
        String now = "Added lead.\n" + OLD;
        Placement p = place(now, he).orElseThrow();
        assertThat(p.start()).isEqualTo(he.annotation().start() + 12);
    }

    @Test
    void deletedTextIsNotPlaced() {
        StoredAnnotation s = stored(OLD, "Lopez Obrador, who has attempted to chart a less confrontational security policy");
        String now = OLD.substring(0, OLD.indexOf("Lopez Obrador"));
        assertThat(place(now, s)).isEmpty();
    }

    @Test
    void rewrittenTextIsNotPlaced() {
        StoredAnnotation s = stored(OLD, "reiterated he would not permit an armed foreign intervention");
        String now = OLD.replace("reiterated he would not permit an armed foreign intervention",
                "said in a long interview that the border question belongs to Congress");
        assertThat(place(now, s)).isEmpty();
    }

    @Test
    void offsetsCountCodePointsAroundEmoji() {
        String old = "Tweet 👩‍👩‍👧 🇲🇽 said: \"We will not permit it\" — end.";
        StoredAnnotation s = stored(old, "\"We will not permit it\"");
        String now = "😀😀 " + old.replace("not permit", "never permit");
        Placement p = place(now, s).orElseThrow();
        assertThat(covered(now, p)).isEqualTo("\"We will never permit it\"");
    }

    @Test
    void theEditBoundGrowsWithTheLength() {
        assertThat(Anchorer.maxEdits(1)).isZero();
        assertThat(Anchorer.maxEdits(2)).isEqualTo(1);
        assertThat(Anchorer.maxEdits(40)).isEqualTo(10);
        assertThat(Anchorer.maxEdits(100_000)).isEqualTo(Anchorer.MAX_EDITS);
    }
}
