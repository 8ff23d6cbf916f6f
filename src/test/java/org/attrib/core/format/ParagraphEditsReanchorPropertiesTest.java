package org.attrib.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;
import org.attrib.testsupport.Coverage;
import org.attrib.testsupport.RepeatedNameArticles;

/**
 * Whole paragraphs deleted, inserted or moved in articles where names come back again and again
 * (generated ones, and the sample corpus with its annotation files): every annotation whose
 * paragraph is still there, and whose text with a few characters on each side within that
 * paragraph occurs once, is placed exactly where the paragraph put it; and no link from a quote
 * or claim to the mention it was attributed through is lost.
 */
class ParagraphEditsReanchorPropertiesTest {

    private static final Path FILE = Path.of("story.annotations.json");
    private static final Path SAMPLES = Path.of(System.getProperty("attrib.sample.dir", "annotations"));
    /** Characters on each side, within the paragraph, that make an annotation's passage recognisable. */
    private static final int WINDOW = 8;

    /** A paragraph of the new text: one of the old ones (by index) or a new one. */
    private record Piece(int oldIndex, String text) {
    }

    @Test
    void annotationsInParagraphsThatSurviveArePlacedExactly() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        Coverage checked = new Coverage("examples with annotations checked exactly");
        Coverage repeated = new Coverage("annotations checked whose text occurs more than once in the new text");
        qt().withExamples(300).forAll(longs().all())
                .checkAssert(checking(seed -> annotationsInParagraphsThatSurviveArePlacedExactly(seed, samples, checked, repeated)));
        System.out.println(checked);
        System.out.println(repeated);
        checked.assertAtLeast(true, 60);
        // Not vacuous: many of the annotations checked share their text with others.
        repeated.assertAtLeast(true, 20);
    }

    private void annotationsInParagraphsThatSurviveArePlacedExactly(long seed, List<Path> samples, Coverage checked,
            Coverage repeated) throws Exception {
        Random r = new Random(seed);
        List<String> paragraphs;
        AnnotationFileContent content;
        if (r.nextInt(3) == 0) {
            Path article = samples.get(r.nextInt(samples.size()));
            paragraphs = Arrays.asList(SourceTextLoader.load(article).text().split("\n\n", -1));
            content = AnnotationFileReader.read(AnnotationFormat.annotationFileFor(article));
        } else {
            RepeatedNameArticles.Article a = RepeatedNameArticles.article(r, "story.txt");
            paragraphs = a.paragraphs();
            content = AnnotationFileReader.parse(FILE, AnnotationFileWriter.toBytes(a.annotations()));
        }
        SourceText old = SourceText.of(content.source().file(), String.join("\n\n", paragraphs));

        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            pieces.add(new Piece(i, paragraphs.get(i)));
        }
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int kind = r.nextInt(3);
            if (kind == 0 && pieces.size() > 1) {
                pieces.remove(r.nextInt(pieces.size()));
            } else if (kind == 1) {
                pieces.add(r.nextInt(pieces.size() + 1), new Piece(-1, RepeatedNameArticles.paragraph(r)));
            } else {
                Piece moved = pieces.remove(r.nextInt(pieces.size()));
                pieces.add(r.nextInt(pieces.size() + 1), moved);
            }
        }
        StringBuilder now = new StringBuilder();
        Map<Integer, Integer> newStart = new HashMap<>();
        for (Piece p : pieces) {
            if (p != pieces.get(0)) {
                now.append("\n\n");
            }
            if (p.oldIndex() >= 0) {
                newStart.put(p.oldIndex(), now.length());
            }
            now.append(p.text());
        }
        SourceText text = SourceText.of(old.fileName(), now.toString());

        AnnotatedDocument doc = DocumentBinder.bind(FILE, content, text).document();

        int[] oldStart = new int[paragraphs.size()];
        for (int i = 1; i < paragraphs.size(); i++) {
            oldStart[i] = oldStart[i - 1] + paragraphs.get(i - 1).length() + 2;
        }
        boolean any = false;
        for (StoredAnnotation s : content.annotations()) {
            Annotation a = s.annotation();
            int from = old.toChar(a.start());
            int to = old.toChar(a.end());
            int k = paragraphOf(oldStart, from);
            int paragraphEnd = oldStart[k] + paragraphs.get(k).length();
            if (to > paragraphEnd || !newStart.containsKey(k)) {
                continue;
            }
            String window = old.text().substring(Math.max(oldStart[k], from - WINDOW), Math.min(paragraphEnd, to + WINDOW));
            if (count(old.text(), window) != 1 || count(text.text(), window) != 1) {
                continue;
            }
            int expected = text.toCodePoint(newStart.get(k) + from - oldStart[k]);
            Annotation placed = doc.annotation(a.id()).orElse(null);
            assertThat(placed).as("%s \"%s\" in paragraph %d, now at %d; orphans %s", a.id(), s.text(), k, expected,
                    doc.orphans().stream().map(o -> o.annotation().id()).toList()).isNotNull();
            assertThat(placed.start()).as("start of %s \"%s\"", a.id(), s.text()).isEqualTo(expected);
            any = true;
            repeated.collect(count(text.text(), s.text()) > 1);
        }
        checked.collect(any);

        // No link is lost: every mention is placed or kept as an orphan, and so is what went through it.
        Map<String, String> links = new HashMap<>();
        doc.annotations().forEach(a -> links.put(a.id(), a.viaId()));
        doc.orphans().forEach(o -> links.put(o.annotation().id(), o.annotation().viaId()));
        for (StoredAnnotation s : content.annotations()) {
            assertThat(links.get(s.annotation().id())).as("link of %s", s.annotation().id()).isEqualTo(s.annotation().viaId());
        }
        // And the result saves and reads back.
        byte[] bytes = AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc));
        assertThat(AnnotationFileReader.parse(FILE, bytes).orphans()).hasSameSizeAs(doc.orphans());
    }

    private static int paragraphOf(int[] starts, int at) {
        int k = 0;
        while (k + 1 < starts.length && starts[k + 1] <= at) {
            k++;
        }
        return k;
    }

    private static int count(String s, String piece) {
        int n = 0;
        for (int at = s.indexOf(piece); at >= 0; at = s.indexOf(piece, at + 1)) {
            n++;
        }
        return n;
    }
}
