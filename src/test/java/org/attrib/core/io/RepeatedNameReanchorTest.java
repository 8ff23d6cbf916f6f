package org.attrib.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * The sample article on virtual fences mentions "Burnidge" in two paragraphs near its end, each
 * mention with a claim or quote attributed through it. Deleting either paragraph must leave the
 * other mention where it is, with its links, and keep the deleted one as an orphan, its links
 * too: two mentions of one name are told apart by the words around each.
 */
class RepeatedNameReanchorTest {

    static final Path DIR = Path.of(System.getProperty("attrib.sample.dir", "annotations"));
    static final String NAME = "voa-le-2024-03-22-virtual-fences-for-cows";
    /** Holds mention ajj701vp6m5 and the claim attributed through it. */
    static final String SOLUTION = "But in some areas, virtual fencing may not be the best solution, Burnidge said.";
    /** Holds mention ac0b5qhm1cz and the claim and quote attributed through it. */
    static final String STILL = "Still, Burnidge said, many people want to learn more about the technology.";

    @Test
    void deletingTheFirstParagraphKeepsTheSecondMentionAndItsLinks(@TempDir Path dir) throws Exception {
        Result r = deleteParagraphStarting(dir, SOLUTION);

        r.assertMovedWithTheText();
        assertThat(r.orphanIds()).containsExactlyInAnyOrder("ajj701vp6m5", "a14xq6cq98x");
        assertThat(r.placed("ach37aq4xan").viaId()).isEqualTo("ac0b5qhm1cz");
        assertThat(r.placed("ax8vqk3scg1").viaId()).isEqualTo("ac0b5qhm1cz");
        assertThat(r.orphan("a14xq6cq98x").viaId()).as("an orphan keeps its link to an orphaned mention").isEqualTo("ajj701vp6m5");
        r.assertSavesAndReadsBack();
    }

    @Test
    void deletingTheSecondParagraphKeepsTheFirstMentionAndItsLinks(@TempDir Path dir) throws Exception {
        Result r = deleteParagraphStarting(dir, STILL);

        r.assertMovedWithTheText();
        assertThat(r.orphanIds()).containsExactlyInAnyOrder("ac0b5qhm1cz", "ach37aq4xan", "ax8vqk3scg1");
        assertThat(r.placed("a14xq6cq98x").viaId()).isEqualTo("ajj701vp6m5");
        assertThat(r.orphan("ax8vqk3scg1").viaId()).isEqualTo("ac0b5qhm1cz");
        r.assertSavesAndReadsBack();
    }

    @Test
    void aQuoteWhoseMentionWasDeletedKeepsItsLinkToTheOrphanedMention(@TempDir Path dir) throws Exception {
        // The claim and quote of the second paragraph stay; only the sentence with the mention goes.
        Result r = deleteText(dir, "Still, Burnidge said, many people want to learn more about the technology. ");

        assertThat(r.orphanIds()).containsExactlyInAnyOrder("ac0b5qhm1cz", "ach37aq4xan");
        assertThat(r.placed("ax8vqk3scg1").viaId()).as("a placed quote keeps its link to an orphaned mention").isEqualTo("ac0b5qhm1cz");
        assertThat(r.placed("ajj701vp6m5").start()).isEqualTo(r.file.annotations().stream()
                .filter(s -> s.annotation().id().equals("ajj701vp6m5")).findFirst().orElseThrow().annotation().start());
        r.assertSavesAndReadsBack();
    }

    private Result deleteParagraphStarting(Path dir, String paragraphStart) throws Exception {
        String old = Files.readString(DIR.resolve(NAME + ".txt"), StandardCharsets.UTF_8);
        int from = old.indexOf(paragraphStart);
        int to = old.indexOf("\n\n", from) + 2;
        assertThat(from).isPositive();
        return edit(dir, old, from, to);
    }

    private Result deleteText(Path dir, String deleted) throws Exception {
        String old = Files.readString(DIR.resolve(NAME + ".txt"), StandardCharsets.UTF_8);
        int from = old.indexOf(deleted);
        assertThat(from).isPositive();
        return edit(dir, old, from, from + deleted.length());
    }

    private Result edit(Path dir, String old, int from, int to) throws Exception {
        Path source = dir.resolve(NAME + ".txt");
        Files.copy(DIR.resolve(NAME + ".annotations.json"), AnnotationFormat.annotationFileFor(source));
        Files.writeString(source, old.substring(0, from) + old.substring(to), StandardCharsets.UTF_8);
        AnnotationFileContent file = AnnotationFileReader.read(AnnotationFormat.annotationFileFor(source));
        DocumentFiles.Opened opened = DocumentFiles.open(source);
        assertThat(opened.report().sourceChanged()).isTrue();
        SourceText oldText = SourceText.of(NAME + ".txt", old);
        return new Result(file, opened.document(), oldText.toCodePoint(from), oldText.toCodePoint(to));
    }

    /** The file as it was, the document bound to the edited article, and the code points deleted. */
    record Result(AnnotationFileContent file, AnnotatedDocument doc, int from, int to) {

        /** Every annotation outside the deleted passage covers the same words, moved by the deletion. */
        void assertMovedWithTheText() {
            for (StoredAnnotation s : file.annotations()) {
                Annotation a = s.annotation();
                if (a.end() <= from || a.start() >= to) {
                    int shift = a.start() >= to ? from - to : 0;
                    Annotation now = placed(a.id());
                    assertThat(now.start()).as("start of %s \"%s\"", a.id(), s.text()).isEqualTo(a.start() + shift);
                    assertThat(doc.textOf(now)).isEqualTo(s.text());
                    assertThat(now.viaId()).as("link of %s", a.id()).isEqualTo(a.viaId());
                }
            }
        }

        Annotation placed(String id) {
            return doc.annotation(id).orElseThrow(() -> new AssertionError(id + " is not placed; orphans: " + orphanIds()));
        }

        Annotation orphan(String id) {
            return doc.orphans().stream().map(StoredAnnotation::annotation).filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        }

        java.util.List<String> orphanIds() {
            return doc.orphans().stream().map(o -> o.annotation().id()).toList();
        }

        /** What was bound saves to a file that reads back with the same links. */
        void assertSavesAndReadsBack() throws Exception {
            DocumentSnapshot snapshot = DocumentSnapshot.of(doc);
            AnnotationFileContent back = AnnotationFileReader.parse(Path.of(NAME + ".annotations.json"),
                    AnnotationFileWriter.toBytes(snapshot));
            Map<String, String> links = back.annotations().stream().filter(s -> s.annotation().viaId() != null)
                    .collect(Collectors.toMap(s -> s.annotation().id(), s -> s.annotation().viaId()));
            back.orphans().stream().filter(s -> s.annotation().viaId() != null)
                    .forEach(s -> links.put(s.annotation().id(), s.annotation().viaId()));
            Map<String, String> before = file.annotations().stream().filter(s -> s.annotation().viaId() != null)
                    .collect(Collectors.toMap(s -> s.annotation().id(), s -> s.annotation().viaId()));
            assertThat(links).as("no link was removed").isEqualTo(before);
        }
    }
}
