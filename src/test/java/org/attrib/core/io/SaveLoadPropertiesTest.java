package org.attrib.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;
import org.attrib.testsupport.RandomDocuments;
import org.attrib.testsupport.TempFolder;

/** Saving a document and opening it again gives the same document, whatever the text holds. */
class SaveLoadPropertiesTest {

    @Test
    void saveThenLoadIsTheIdentity() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(checking(this::saveThenLoadIsTheIdentity));
    }

    private void saveThenLoadIsTheIdentity(long seed) throws Exception {
        Random r = new Random(seed);
        try (TempFolder dir = new TempFolder()) {
            Path source = dir.resolve("story.txt");
            Files.write(source, RandomDocuments.rawFile(RandomDocuments.text(r, 1 + r.nextInt(120)), r));
            SourceText text = SourceTextLoader.load(source);
            DocumentSnapshot saved = RandomDocuments.document(r, text, 25);

            DocumentFiles.save(saved, AnnotationFormat.annotationFileFor(source));
            DocumentFiles.Opened opened = DocumentFiles.open(source);
            DocumentSnapshot loaded = DocumentSnapshot.of(opened.document());

            assertThat(opened.report().sourceChanged()).isFalse();
            assertThat(loaded.source().text()).isEqualTo(text.text());
            assertThat(loaded.annotations()).isEqualTo(sorted(saved.annotations()));
            assertThat(byId(loaded.entities())).isEqualTo(byId(saved.entities()));
            assertThat(loaded.orphans()).isEqualTo(sortedOrphans(saved.orphans()));
            assertThat(loaded.status()).isEqualTo(saved.status());
            for (Annotation a : loaded.annotations()) {
                assertThat(opened.document().textOf(a)).isEqualTo(text.slice(a.start(), a.end()));
            }
        }
    }

    static List<Annotation> sorted(List<Annotation> list) {
        List<Annotation> out = new ArrayList<>(list);
        out.sort(Annotation.DOCUMENT_ORDER);
        return out;
    }

    static List<StoredAnnotation> sortedOrphans(List<StoredAnnotation> list) {
        List<StoredAnnotation> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(StoredAnnotation::annotation, Annotation.DOCUMENT_ORDER));
        return out;
    }

    static List<Entity> byId(java.util.Collection<Entity> list) {
        List<Entity> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(Entity::id));
        return out;
    }
}
