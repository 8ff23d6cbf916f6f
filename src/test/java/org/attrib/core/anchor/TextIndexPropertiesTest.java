package org.attrib.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.RandomDocuments;

/** The index that long texts get finds exactly what a scan finds, and placements do not depend on it. */
class TextIndexPropertiesTest {

    @Test
    void theIndexFindsWhatIndexOfFinds() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(this::theIndexFindsWhatIndexOfFinds);
    }

    private void theIndexFindsWhatIndexOfFinds(long seed) {
        Random r = new Random(seed);
        String body = RandomDocuments.text(r, 20 + r.nextInt(300));
        TextIndex index = new TextIndex(body);
        for (int i = 0; i < 20; i++) {
            int from = r.nextInt(Math.max(1, body.length() - TextIndex.K));
            String piece = r.nextInt(4) == 0 ? "the said" + r.nextInt(3)
                    : body.substring(from, Math.min(body.length(), from + TextIndex.K + r.nextInt(20)));
            if (piece.length() < TextIndex.K) {
                continue;
            }
            List<Integer> expected = new ArrayList<>();
            for (int at = body.indexOf(piece); at >= 0; at = body.indexOf(piece, at + 1)) {
                expected.add(at);
            }
            assertThat(index.occurrences(piece)).as("'%s'", piece).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    @Test
    void placementsAreTheSameWithAndWithoutTheIndex() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(checking(this::placementsAreTheSameWithAndWithoutTheIndex));
    }

    private void placementsAreTheSameWithAndWithoutTheIndex(long seed) throws Exception {
        Random r = new Random(seed);
        SourceText old = SourceText.of("story.txt", RandomDocuments.text(r, 50 + r.nextInt(300)));
        DocumentSnapshot saved = RandomDocuments.document(r, old, 20);
        AnnotationFileContent content = AnnotationFileReader.parse(java.nio.file.Path.of("story.annotations.json"),
                AnnotationFileWriter.toBytes(saved));
        StringBuilder now = new StringBuilder(old.text());
        for (int i = 0; i < 1 + r.nextInt(6); i++) {
            int at = r.nextInt(now.length());
            now.insert(at, RandomDocuments.text(r, 1 + r.nextInt(4)));
            if (r.nextBoolean() && now.length() > 20) {
                int from = r.nextInt(now.length() - 10);
                now.delete(from, from + r.nextInt(10));
            }
        }
        SourceText changed = SourceText.of("story.txt", now.toString());
        Anchorer scanning = new Anchorer(changed, 32, Integer.MAX_VALUE, 0);
        Anchorer indexed = new Anchorer(changed, 32, 0, 0);
        for (StoredAnnotation s : content.annotations()) {
            assertThat(indexed.place(s)).as("%s", s.annotation()).isEqualTo(scanning.place(s));
        }
    }
}
