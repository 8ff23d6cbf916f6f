package org.attrib.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.text.SourceText;

class SuggesterTest {

    /** A suggestion as the test reads it: its type, text, form, speaker's name and the text of the mention it goes through. */
    record S(String type, String text, String form, String speaker, String via) {
    }

    private static Suggestions raw(String text) {
        return new Suggester().suggest(SourceText.of("t.txt", text));
    }

    private static List<S> suggest(String text) {
        SourceText src = SourceText.of("t.txt", text);
        Suggestions s = new Suggester().suggest(src);
        Map<String, Entity> entities = new HashMap<>();
        s.entities().forEach(e -> entities.put(e.id(), e));
        Map<String, Annotation> byId = new HashMap<>();
        s.annotations().forEach(a -> byId.put(a.id(), a));
        List<S> out = new ArrayList<>();
        for (Annotation a : s.annotations()) {
            String who = a.type() == AnnotationType.SPEAKER ? a.entityId() : a.speakerId();
            out.add(new S(a.type().id(), src.slice(a.start(), a.end()), a.form() == null ? null : a.form().id(),
                    who == null ? null : entities.get(who).name(),
                    a.viaId() == null ? null : src.slice(byId.get(a.viaId()).start(), byId.get(a.viaId()).end())));
        }
        return out;
    }

    private static List<S> ofType(List<S> all, String type) {
        return all.stream().filter(x -> x.type().equals(type)).toList();
    }

    private static S quote(String text, String form, String speaker, String via) {
        return new S("quote", text, form, speaker, via);
    }

    private static S claim(String text, String speaker, String via) {
        return new S("claim", text, null, speaker, via);
    }

    // ---- quotation marks

    @Test
    void pairsStraightCurlyAndForeignQuotationMarks() {
        for (String[] marks : new String[][] {{"\"", "\""}, {"“", "”"}, {"‘", "’"}, {"«", "»"}, {"„", "“"}, {"‚", "‘"}}) {
            String text = marks[0] + "We are ready," + marks[1] + " Jane Doe said.";
            assertThat(ofType(suggest(text), "quote")).as(marks[0] + marks[1])
                    .containsExactly(quote("We are ready,", "direct", "Jane Doe", "Jane Doe"));
        }
    }

    /** Found by SuggesterPropertiesTest in CI: a quote that opens a frame's content at the sentence's first token. */
    @Test
    void aQuoteAtTheSentencesFirstTokenInsideAFrameDoesNotLookBeforeIt() {
        assertThat(raw("\"\u201c\"\"said\"\"\",told reporters").annotations()).allSatisfy(a -> assertThat(a.pending()).isTrue());
    }

    @Test
    void aQuoteInsideAQuoteStaysPartOfIt() {
        List<S> s = suggest("“He told me ‘never again’ and left,” Jane Doe said. 'She said \"no\" twice,' John Roe added.");
        assertThat(ofType(s, "quote")).containsExactly(
                quote("He told me ‘never again’ and left,", "direct", "Jane Doe", "Jane Doe"),
                quote("She said \"no\" twice,", "direct", "John Roe", "John Roe"));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        List<S> s = suggest("Mexico’s officials’ plan dates from the ’90s, and it's the government's. "
                + "“It’s the officials’ choice,” Jane Doe said.");
        assertThat(ofType(s, "quote")).containsExactly(quote("It’s the officials’ choice,", "direct", "Jane Doe", "Jane Doe"));
    }

    @Test
    void aQuoteRunningOverParagraphsReopensEachParagraphAndClosesOnlyAtTheEnd() {
        String text = "“We will not give up,” Jane Doe said. “We have worked for years.\n\n"
                + "“Nothing will stop us now.\n\n"
                + "“Not the weather, not the money.”\n\nThe vote is on Friday.";
        assertThat(ofType(suggest(text), "quote")).containsExactly(
                quote("We will not give up,", "direct", "Jane Doe", "Jane Doe"),
                quote("We have worked for years.", "direct", "Jane Doe", "Jane Doe"),
                quote("Nothing will stop us now.", "direct", "Jane Doe", "Jane Doe"),
                quote("Not the weather, not the money.", "direct", "Jane Doe", "Jane Doe"));
    }

    @Test
    void aQuoteInterruptedByItsAttributionGivesTwoSpansWithOneSpeaker() {
        String text = "Hugo Rodriguez spoke to reporters on Monday.\n\n"
                + "\"We have to work with them,\" he said, \"to find the tools.\"";
        assertThat(ofType(suggest(text), "quote")).containsExactly(
                quote("We have to work with them,", "direct", "Hugo Rodriguez", "Hugo Rodriguez"),
                quote("to find the tools.", "direct", "Hugo Rodriguez", "Hugo Rodriguez"));
    }

    @Test
    void titlesScareQuotesAndCitedWordsAreNotQuotes() {
        String text = "The agents ran the \"Fast and Furious\" operation. The so-called \"reform\" failed. "
                + "Learners can say phrases such as “It’s similar to…” or “It’s the opposite of…”";
        assertThat(ofType(suggest(text), "quote")).isEmpty();
    }

    @Test
    void aWordQuotedFromSomeoneNamedInItsSentenceIsAPartialQuote() {
        assertThat(ofType(suggest("Mexico rejected it as \"interventionism\". Critics called it a \"mess\"."), "quote"))
                .containsExactly(quote("mess", "partial", "Critics", "Critics"));
    }

    @Test
    void aFragmentQuotedInsideAReportedClauseIsPartial() {
        String text = "The U.S. State Department said it would identify the \"appropriate tools\" to help.";
        List<S> s = suggest(text);
        assertThat(ofType(s, "quote")).containsExactly(
                quote("appropriate tools", "partial", "U.S. State Department", "U.S. State Department"));
        assertThat(ofType(s, "claim")).containsExactly(
                claim("it would identify the \"appropriate tools\" to help", "U.S. State Department", "U.S. State Department"));
    }

    // ---- who speaks

    @Test
    void speakersOnEitherSideOfTheReportingVerb() {
        String text = "\"The plan is sound,\" said Maria Lopez, the finance minister.\n\n"
                + "\"We disagree,\" the opposition leader Tom Baker told reporters.\n\n"
                + "Ana Silva, a senior analyst at the bank, said: \"Rates will rise.\"";
        assertThat(ofType(suggest(text), "quote")).containsExactly(
                quote("The plan is sound,", "direct", "Maria Lopez", "Maria Lopez"),
                quote("We disagree,", "direct", "Tom Baker", "Tom Baker"),
                quote("Rates will rise.", "direct", "Ana Silva", "Ana Silva"));
    }

    @Test
    void titlesBelongToTheMentionAndLaterMentionsJoinTheEntity() {
        String text = "Mexican President Andres Manuel Lopez Obrador said Mexico would not permit it.\n\n"
                + "Deputy Assistant Secretary of State Hugo Rodriguez said the agencies were ready.\n\n"
                + "Lopez Obrador later said the talks went well.\n\n"
                + "The Mexican president has previously said his government will cooperate.";
        List<S> s = suggest(text);
        assertThat(ofType(s, "speaker")).containsExactly(
                new S("speaker", "Mexican President Andres Manuel Lopez Obrador", null, "Andres Manuel Lopez Obrador", null),
                new S("speaker", "Deputy Assistant Secretary of State Hugo Rodriguez", null, "Hugo Rodriguez", null),
                new S("speaker", "Lopez Obrador", null, "Andres Manuel Lopez Obrador", null),
                new S("speaker", "Mexican president", null, "Andres Manuel Lopez Obrador", null));
        assertThat(ofType(s, "claim")).extracting(S::speaker).containsExactly("Andres Manuel Lopez Obrador", "Hugo Rodriguez",
                "Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador");
    }

    @Test
    void organisationsAreKnownByTheirWordsAndSpeakAsIt() {
        String text = "The U.S. State Department on Wednesday said it was working with Mexico.\n\n"
                + "\"We are ready,\" it said.";
        Suggestions raw = raw(text);
        assertThat(raw.entities()).extracting(Entity::name, Entity::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U.S. State Department", EntityKind.ORGANISATION));
        assertThat(ofType(suggest(text), "quote")).containsExactly(
                quote("We are ready,", "direct", "U.S. State Department", "U.S. State Department"));
    }

    @Test
    void pronounsGoToTheLastCompatibleSpeaker() {
        String text = "John Smith met Mary Jones in Paris. She said the meeting went well.\n\n"
                + "Smith disagreed. \"It was a waste of time,\" he said.";
        List<S> s = suggest(text);
        assertThat(ofType(s, "claim")).containsExactly(claim("the meeting went well", "Mary Jones", "Mary Jones"));
        assertThat(ofType(s, "quote")).containsExactly(quote("It was a waste of time,", "direct", "John Smith", "Smith"));
    }

    @Test
    void aFloatingQuoteGoesToTheSpeakerBeforeItThroughTheNearestName() {
        String text = "Jim Strickland has used the fence for six months. He told a reporter he has seen good results.\n\n"
                + "“It has exceeded my expectations.”\n\n"
                + "The collars cost money. Strickland still uses them every day.\n\n"
                + "“Every 30 minutes, the line moves.”";
        assertThat(ofType(suggest(text), "quote")).containsExactly(
                quote("It has exceeded my expectations.", "direct", "Jim Strickland", "Jim Strickland"),
                quote("Every 30 minutes, the line moves.", "direct", "Jim Strickland", "Strickland"));
    }

    @Test
    void aSurnameAloneJoinsAFullNameSeenEarlier() {
        String text = "William Burnidge is a director at the group. The fences help, Burnidge said.";
        assertThat(suggest(text)).containsExactly(
                claim("The fences help", "William Burnidge", "Burnidge"),
                new S("speaker", "Burnidge", null, "William Burnidge", null));
    }

    // ---- claims

    @Test
    void reportedSpeechWithoutQuotationMarksIsAClaim() {
        String text = "Mexican President Andres Manuel Lopez Obrador said, for instance, that Mexico would not permit another operation.\n\n"
                + "Lopez Obrador reiterated he would not permit an intervention, arguing that his government was doing its part.\n\n"
                + "Barr will visit Mexico on Thursday, Mexican Foreign Minister Marcelo Ebrard announced on Wednesday.\n\n"
                + "Barr will meet the ministers, according to the announcement.\n\n"
                + "According to the ministry, the talks will last two days.";
        List<S> claims = ofType(suggest(text), "claim");
        assertThat(claims).extracting(S::text).containsExactly(
                "Mexico would not permit another operation",
                "he would not permit an intervention",
                "his government was doing its part",
                "Barr will visit Mexico on Thursday",
                "Barr will meet the ministers",
                "the talks will last two days");
        assertThat(claims).extracting(S::speaker).containsExactly("Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador",
                "Andres Manuel Lopez Obrador", "Marcelo Ebrard", "Marcelo Ebrard", "ministry");
    }

    @Test
    void wordsAroundAnAttributionInTheMiddleAreBothReported() {
        List<S> claims = ofType(suggest("The more energy there is, the team said, the more likely life is."), "claim");
        assertThat(claims).extracting(S::text).containsExactlyInAnyOrder("The more energy there is", "the more likely life is");
    }

    @Test
    void aReportInsideAnotherIsPartOfIt() {
        List<S> claims = ofType(suggest("Mr. LeBeau says his students find the physical message easy to change."), "claim");
        assertThat(claims).containsExactly(claim("his students find the physical message easy to change", "LeBeau", "Mr. LeBeau"));
    }

    @Test
    void beliefIsNotReportedSpeech() {
        assertThat(suggest("Astronomers believe it sits 48 light years away. Grammy thinks personality is not lost.")).isEmpty();
    }

    @Test
    void wireStylePatterns() {
        String text = "BERLIN (Reuters) - Germany will raise its defense budget, Chancellor Olaf Scholz said on Sunday, "
                + "a move that critics called \"long overdue.\"\n\n"
                + "Shares of DataCorp fell. The company said in a statement that it had \"no evidence\" of misuse.\n\n"
                + "The agency \"is reviewing it,\" spokeswoman Maria Gonzalez said.\n\n"
                + "\"This is a disaster,\" said Priya Natarajan of Wedbush Securities. She said she expected lawsuits.\n\n"
                + "Their leader, Friedrich Merz, said the government had woken up but warned that money must be spent wisely.";
        List<S> s = suggest(text);
        assertThat(ofType(s, "claim")).containsExactly(
                claim("Germany will raise its defense budget", "Olaf Scholz", "Chancellor Olaf Scholz"),
                claim("it had \"no evidence\" of misuse", "DataCorp", "company"),
                claim("The agency \"is reviewing it,\"", "Maria Gonzalez", "spokeswoman Maria Gonzalez"),
                claim("she expected lawsuits", "Priya Natarajan", "Priya Natarajan of Wedbush Securities"),
                claim("the government had woken up", "Friedrich Merz", "Friedrich Merz"),
                claim("money must be spent wisely", "Friedrich Merz", "Friedrich Merz"));
        assertThat(ofType(s, "quote")).containsExactly(
                quote("long overdue.", "partial", "critics", "critics"),
                quote("no evidence", "partial", "DataCorp", "company"),
                quote("is reviewing it,", "partial", "Maria Gonzalez", "spokeswoman Maria Gonzalez"),
                quote("This is a disaster,", "direct", "Priya Natarajan", "Priya Natarajan of Wedbush Securities"));
    }

    @Test
    void commasOutsideTheMarksAndQuotesAfterThat() {
        String text = "\"We are ready\", Smith said. Jones said that \"the plan is dead\". "
                + "In a statement, the union said: \"Workers will strike on Monday.\" According to police, two people were hurt.";
        List<S> s = suggest(text);
        assertThat(ofType(s, "quote")).containsExactly(
                quote("We are ready", "direct", "Smith", "Smith"),
                quote("the plan is dead", "partial", "Jones", "Jones"),
                quote("Workers will strike on Monday.", "direct", "union", "union"));
        assertThat(ofType(s, "claim")).containsExactly(claim("two people were hurt", "police", "police"));
    }

    // ---- offsets and robustness

    @Test
    void offsetsAreCodePoints() {
        String text = "😀😀 “We are ready,” Jane Doe said. 𝄞";
        SourceText src = SourceText.of("t.txt", text);
        Suggestions s = new Suggester().suggest(src);
        assertThat(s.annotations()).extracting(a -> src.slice(a.start(), a.end()))
                .containsExactlyInAnyOrder("We are ready,", "Jane Doe");
    }

    @Test
    void emptyAndQuotelessTextsGiveNothing() {
        assertThat(raw("").annotations()).isEmpty();
        assertThat(raw("\n\n").annotations()).isEmpty();
        assertThat(raw("The weather was fine. Nobody spoke.").annotations()).isEmpty();
        assertThat(raw("\"").annotations()).isEmpty();
    }
}
