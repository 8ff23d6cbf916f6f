package org.attrib.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.core.corpus.TestCorpus.groups;
import static org.attrib.core.corpus.TestCorpus.ref;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.EntityKind;

class SpeakerMatchingTest {

    @Test
    void theSameNormalisedNameIsOneSpeakerAcrossArticles() {
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "López Obrador", "López Obrador's")
                .person("b.txt", "e7", "Lopez  Obrador", "Lopez Obrador")
                .person("c.txt", "e2", "lopez obrador", "he")
                .build();
        assertThat(groups(speakers)).containsExactly(List.of("a.txt#e1", "b.txt#e7", "c.txt#e2"));
        CorpusSpeaker amlo = speakers.speakers().get(0);
        assertThat(amlo.documents()).isEqualTo(3);
        assertThat(amlo.stored()).isFalse();
        assertThat(amlo.names()).containsExactly("Lopez  Obrador", "López Obrador", "lopez obrador");
    }

    @Test
    void theNameUsedInMostArticlesNamesTheSpeakerThenTheLongest() {
        CorpusSpeakers speakers = new TestCorpus()
                .organisation("a.txt", "e1", "NASA")
                .organisation("b.txt", "e1", "N.A.S.A.")
                .organisation("c.txt", "e1", "NASA")
                .build();
        assertThat(speakers.speakers()).singleElement().extracting(CorpusSpeaker::name).isEqualTo("NASA");

        CorpusSpeakers tie = new TestCorpus()
                .person("a.txt", "e1", "Lopez Obrador")
                .person("b.txt", "e1", "Andres Manuel Lopez Obrador", "Lopez Obrador")
                .build();
        assertThat(tie.speakers()).singleElement().extracting(CorpusSpeaker::name).isEqualTo("Andres Manuel Lopez Obrador");
    }

    @Test
    void anEntityCalledByAnotherArticlesMentionJoinsIt() {
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "Andres Manuel Lopez Obrador", "Mexican President Andres Manuel Lopez Obrador", "Lopez Obrador")
                .person("b.txt", "e1", "Lopez Obrador", "Lopez Obrador")
                .organisation("b.txt", "e2", "U.S. State Department", "The U.S. State Department")
                .organisation("c.txt", "e5", "The U.S. State Department")
                .build();
        assertThat(groups(speakers)).containsExactly(List.of("a.txt#e1", "b.txt#e1"), List.of("b.txt#e2", "c.txt#e5"));
    }

    @Test
    void aSurnameJoinsTheOnePersonItCanBe() {
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "Charles LeBeau", "Charles LeBeau")
                .person("b.txt", "e1", "LeBeau", "LeBeau")
                .person("c.txt", "e1", "Mr. LeBeau", "Mr. LeBeau", "he")
                .person("d.txt", "e1", "Obrador")
                .person("e.txt", "e1", "Andres Manuel Lopez Obrador")
                .build();
        assertThat(groups(speakers)).containsExactly(List.of("a.txt#e1", "b.txt#e1", "c.txt#e1"), List.of("d.txt#e1", "e.txt#e1"));
        assertThat(speakers.speakerOf(ref("b.txt", "e1")).orElseThrow().name()).isEqualTo("Charles LeBeau");
    }

    @Test
    void aSurnameTwoPeopleShareJoinsNeither() {
        TestCorpus corpus = new TestCorpus()
                .person("a.txt", "e1", "John Smith", "John Smith", "Smith")
                .person("b.txt", "e1", "Smith", "Smith")
                .person("c.txt", "e1", "Jane Smith", "Jane Smith");
        assertThat(groups(corpus.build())).containsExactly(List.of("a.txt#e1"), List.of("b.txt#e1"), List.of("c.txt#e1"));

        // Only one Smith in the corpus: the surname is unambiguous.
        CorpusSpeakers one = new TestCorpus()
                .person("a.txt", "e1", "John Smith", "John Smith")
                .person("b.txt", "e1", "Smith", "Smith")
                .build();
        assertThat(groups(one)).containsExactly(List.of("a.txt#e1", "b.txt#e1"));
    }

    @Test
    void courtesyTitlesAreLeftOutButMrAndMrsAreNeverOnePerson() {
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "Mr. Smith")
                .person("b.txt", "e1", "Mrs Smith")
                .person("c.txt", "e1", "Dr. Smith")
                .build();
        assertThat(groups(speakers)).hasSize(3);

        CorpusSpeakers titled = new TestCorpus()
                .person("a.txt", "e1", "John Smith", "John Smith", "Mr. Smith")
                .person("b.txt", "e1", "Jane Smith", "Ms. Smith")
                .person("c.txt", "e1", "Mrs. Smith")
                .person("d.txt", "e1", "Sir Smith")
                .build();
        assertThat(groups(titled)).containsExactly(List.of("a.txt#e1", "d.txt#e1"), List.of("b.txt#e1", "c.txt#e1"));
    }

    @Test
    void initialsMatchWithOrWithoutFullStops() {
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "J. K. Rowling")
                .person("b.txt", "e1", "JK Rowling")
                .organisation("c.txt", "e1", "U.S. State Department")
                .organisation("d.txt", "e1", "US State Department")
                .build();
        assertThat(groups(speakers)).containsExactly(List.of("a.txt#e1", "b.txt#e1"), List.of("c.txt#e1", "d.txt#e1"));
    }

    @Test
    void aFirstNameAloneJoinsNoOne() {
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "Charles Thomas", "Thomas")
                .person("b.txt", "e1", "Charles")
                .build();
        assertThat(groups(speakers)).hasSize(2);
    }

    @Test
    void aMentionTwoSpeakersShareIsAmbiguous() {
        TestCorpus corpus = new TestCorpus()
                .person("a.txt", "e1", "Andres Manuel Lopez Obrador", "Mexican president")
                .person("c.txt", "e1", "Mexican president");
        assertThat(groups(corpus.build())).containsExactly(List.of("a.txt#e1", "c.txt#e1"));

        corpus.person("b.txt", "e1", "Claudia Sheinbaum", "Mexican president");
        assertThat(groups(corpus.build())).containsExactly(List.of("a.txt#e1"), List.of("b.txt#e1"), List.of("c.txt#e1"));
    }

    @Test
    void twoEntitiesOfOneArticleAreNeverMatchedTogether() {
        // The analyst kept two John Smiths apart in a.txt: which one the name means elsewhere is unknown,
        // so neither joins; the other articles' John Smith is one speaker, and "Smith" could be any of them.
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "John Smith")
                .person("a.txt", "e2", "John Smith")
                .person("b.txt", "e1", "John Smith")
                .person("c.txt", "e1", "Smith")
                .person("d.txt", "e1", "John Smith")
                .build();
        assertThat(groups(speakers)).containsExactly(List.of("a.txt#e1"), List.of("a.txt#e2"), List.of("b.txt#e1", "d.txt#e1"),
                List.of("c.txt#e1"));
    }

    @Test
    void personsOrganisationsAndOtherSourcesOfOneNameStayApart() {
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "Jordan")
                .organisation("b.txt", "e1", "Jordan")
                .other("c.txt", "e1", "Jordan")
                .build();
        assertThat(groups(speakers)).hasSize(3);
        assertThat(speakers.speakers()).extracting(CorpusSpeaker::kind)
                .containsExactlyInAnyOrder(EntityKind.PERSON, EntityKind.ORGANISATION, EntityKind.OTHER);
    }

    @Test
    void genericSourcesAreMatchedByTheirDisplayNameOnly() {
        CorpusSpeakers speakers = new TestCorpus()
                .other("a.txt", "e1", "Enceladus study team", "researchers", "team")
                .other("b.txt", "e1", "Thomas Watters's research team", "researchers", "team")
                .other("c.txt", "e1", "researchers", "Researchers")
                .other("d.txt", "e1", "Researchers")
                .other("e.txt", "e1", "scientists")
                .other("f.txt", "e1", "Scientists")
                .build();
        assertThat(groups(speakers)).containsExactly(List.of("a.txt#e1"), List.of("b.txt#e1"), List.of("c.txt#e1", "d.txt#e1"),
                List.of("e.txt#e1", "f.txt#e1"));
    }

    @Test
    void pronounsAndUnnamableMentionsAreNoAliases() {
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "Hugo Rodriguez", "Hugo Rodriguez", "he", "...")
                .person("b.txt", "e1", "He")
                .person("c.txt", "e1", "Zoë 😀", "😀")
                .person("d.txt", "e1", "😀")
                .build();
        assertThat(groups(speakers)).hasSize(4);
    }

    @Test
    void namesWithoutLettersMatchOnlyTheSameName() {
        CorpusSpeakers speakers = new TestCorpus()
                .other("a.txt", "e1", "👩‍👩‍👧")
                .other("b.txt", "e1", " 👩‍👩‍👧 ")
                .other("c.txt", "e1", "🚀")
                .build();
        assertThat(groups(speakers)).containsExactly(List.of("a.txt#e1", "b.txt#e1"), List.of("c.txt#e1"));
    }

    @Test
    void countsAndStatementsAddUpOverTheMembers() {
        CorpusSpeakers speakers = new TestCorpus()
                .add("b.txt", "e1", "NASA", EntityKind.ORGANISATION, 2, "NASA", "the agency")
                .add("a.txt", "e4", "NASA", EntityKind.ORGANISATION, 1, "NASA")
                .add("a.txt", "e5", "Suzanne Dodd", EntityKind.PERSON, 0)
                .build();
        CorpusSpeaker nasa = speakers.speakers().get(0);
        assertThat(nasa.name()).isEqualTo("NASA");
        assertThat(nasa.kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(nasa.documents()).isEqualTo(2);
        assertThat(nasa.mentions()).isEqualTo(3);
        assertThat(nasa.quotes()).isEqualTo(2);
        assertThat(nasa.claims()).isEqualTo(3);
        assertThat(nasa.statements()).extracting(s -> s.document() + " " + s.annotationId() + " " + s.type() + " " + s.start())
                .containsExactly("a.txt e4-q QUOTE 0", "a.txt e4-c0 CLAIM 20", "b.txt e1-q QUOTE 0", "b.txt e1-c0 CLAIM 20",
                        "b.txt e1-c1 CLAIM 30");
        assertThat(nasa.statements()).allSatisfy(s -> assertThat(s.type()).isIn(AnnotationType.QUOTE, AnnotationType.CLAIM));
        assertThat(speakers.statements()).isEqualTo(6);
        assertThat(speakers.speakers()).extracting(CorpusSpeaker::name).containsExactly("NASA", "Suzanne Dodd");
    }

    @Test
    void rowsAreFoundByIdMemberAndAnyOfTheirNames() {
        CorpusSpeakers speakers = new TestCorpus()
                .person("a.txt", "e1", "Andres Manuel Lopez Obrador", "Mexican President Andres Manuel Lopez Obrador")
                .person("b.txt", "e1", "Andrés Manuel López Obrador")
                .build();
        CorpusSpeaker amlo = speakers.speakers().get(0);
        assertThat(speakers.speaker(amlo.id())).contains(amlo);
        assertThat(speakers.speakerOf(ref("b.txt", "e1"))).contains(amlo);
        assertThat(speakers.speakerOf(ref("b.txt", "e9"))).isEmpty();
        assertThat(speakers.named("mexican president andrés manuel lópez obrador")).containsExactly(amlo);
        assertThat(speakers.named("Lopez")).isEmpty();
    }
}
