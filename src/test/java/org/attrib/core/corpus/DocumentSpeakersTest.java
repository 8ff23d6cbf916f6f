package org.attrib.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

class DocumentSpeakersTest {

    private static final String TEXT = "Zoë Ångström 😀 said “we won”. Ångström added that it was fine. Nobody replied.";

    @Test
    void takesTheUsedEntitiesWithTheirMentionsAndStatements() {
        SourceText text = SourceText.of("z.txt", TEXT);
        Entity zoe = new Entity("e1", "Zoë Ångström", EntityKind.PERSON);
        Entity unused = new Entity("e2", "Nobody", EntityKind.PERSON);
        Entity quiet = new Entity("e3", "Quiet", EntityKind.OTHER);
        int zoeEnd = cp("Zoë Ångström");
        int quoteStart = cp("Zoë Ångström 😀 said ");
        int quoteEnd = cp("Zoë Ångström 😀 said “we won”");
        int second = cp("Zoë Ångström 😀 said “we won”. ");
        int claimStart = cp("Zoë Ångström 😀 said “we won”. Ångström added that ");
        int claimEnd = cp("Zoë Ångström 😀 said “we won”. Ångström added that it was fine");
        List<Annotation> annotations = List.of(
                Annotation.of("m1", AnnotationType.SPEAKER, 0, zoeEnd).withEntity("e1"),
                Annotation.of("q1", AnnotationType.QUOTE, quoteStart, quoteEnd).withSpeaker("e1", "m1").withForm(QuoteForm.DIRECT),
                Annotation.of("m2", AnnotationType.SPEAKER, second, second + "Ångström".length()).withEntity("e1"),
                Annotation.of("m3", AnnotationType.SPEAKER, 0, zoeEnd).withEntity("e1"),
                Annotation.of("c1", AnnotationType.CLAIM, claimStart, claimEnd).withSpeaker("e1", "m2").withCheckWorthy(true)
                        .withPending(true),
                Annotation.of("c2", AnnotationType.CLAIM, claimStart, claimEnd));
        StoredAnnotation orphan = new StoredAnnotation(Annotation.of("q9", AnnotationType.QUOTE, 0, 3).withSpeaker("e3", null),
                "gone", "", "");
        DocumentSnapshot snapshot = new DocumentSnapshot(text, DocumentStatus.IN_PROGRESS, List.of(zoe, unused, quiet), annotations,
                List.of(orphan));

        DocumentSpeakers speakers = DocumentSpeakers.of("news/z.txt", Path.of("/corpus/news/z.txt"), snapshot);

        assertThat(speakers.entities()).singleElement().satisfies(e -> {
            assertThat(e.ref()).isEqualTo(new EntityRef("news/z.txt", "e1"));
            assertThat(e.mentionTexts()).containsExactly("Zoë Ångström", "Ångström");
            assertThat(e.mentions()).isEqualTo(3);
            assertThat(e.quotes()).isEqualTo(1);
            assertThat(e.claims()).isEqualTo(1);
            assertThat(e.statements()).containsExactly(
                    new Statement(e.ref(), Path.of("/corpus/news/z.txt"), "q1", AnnotationType.QUOTE, quoteStart, quoteEnd,
                            "“we won”", QuoteForm.DIRECT, null, false),
                    new Statement(e.ref(), Path.of("/corpus/news/z.txt"), "c1", AnnotationType.CLAIM, claimStart, claimEnd,
                            "it was fine", null, true, true));
        });
    }

    @Test
    void anArticleIsReplacedInTheCorpusWithoutReadingTheFolder() {
        CorpusDocuments corpus = new CorpusDocuments(Path.of("/corpus"), new TestCorpus()
                .person("b.txt", "e1", "Smith").person("d.txt", "e1", "Smith").documents(), List.of());
        DocumentSpeakers changed = new TestCorpus().person("b.txt", "e1", "Jones").documents().get(0);
        DocumentSpeakers added = new TestCorpus().person("c.txt", "e1", "Jones").documents().get(0);

        CorpusDocuments next = corpus.with(changed).with(added);
        assertThat(next.documents()).extracting(DocumentSpeakers::document).containsExactly("b.txt", "c.txt", "d.txt");
        assertThat(CorpusSpeakers.build(next, CorpusIdentity.EMPTY).speakers()).extracting(CorpusSpeaker::name, CorpusSpeaker::documents)
                .containsExactly(tuple("Jones", 2), tuple("Smith", 1));
        assertThat(next.nameOf(Path.of("/corpus/world/x.txt"))).isEqualTo("world/x.txt");
    }

    /** Code points in a prefix of the text. */
    private static int cp(String prefix) {
        assertThat(TEXT).startsWith(prefix);
        return prefix.codePointCount(0, prefix.length());
    }
}
