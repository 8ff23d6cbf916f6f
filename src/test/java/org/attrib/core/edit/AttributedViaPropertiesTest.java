package org.attrib.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.RandomDocuments;

/**
 * {@link AnnotatedDocument#attributedVia} is an index kept on every change, so that deleting a
 * mention does not scan the document: it must always say what a scan would, through deletes,
 * retypes, attributions, splits and their undos.
 */
class AttributedViaPropertiesTest {

    @Test
    void theIndexAgreesWithAScanAfterEveryEditAndUndo() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(this::theIndexAgreesWithAScanAfterEveryEditAndUndo);
    }

    private void theIndexAgreesWithAScanAfterEveryEditAndUndo(long seed) {
        Random r = new Random(seed);
        SourceText source = SourceText.of("story.txt", RandomDocuments.text(r, 80));
        DocumentSnapshot snapshot = RandomDocuments.document(r, source, 30);
        AnnotatedDocument doc = new AnnotatedDocument(source);
        snapshot.entities().forEach(doc::putEntity);
        snapshot.annotations().forEach(doc::put);
        AnnotationEditor editor = new AnnotationEditor(doc);
        UndoHistory history = new UndoHistory();
        assertAgrees(doc);
        for (int step = 0; step < 25; step++) {
            List<Annotation> all = doc.annotations();
            if (all.isEmpty() || r.nextInt(4) == 0) {
                history.undo();
            } else {
                Annotation a = all.get(r.nextInt(all.size()));
                history.execute(edit(r, doc, editor, a));
            }
            assertAgrees(doc);
        }
        while (history.canUndo()) {
            history.undo();
            assertAgrees(doc);
        }
    }

    private static UndoableEdit edit(Random r, AnnotatedDocument doc, AnnotationEditor editor, Annotation a) {
        List<Entity> entities = new ArrayList<>(doc.entities());
        switch (r.nextInt(4)) {
            case 0:
                return editor.delete(a);
            case 1:
                return editor.retype(a, AnnotationType.values()[r.nextInt(3)]);
            case 2:
                if (a.type().isAttributable() && !entities.isEmpty()) {
                    Entity e = entities.get(r.nextInt(entities.size()));
                    Annotation via = doc.mentionsOf(e.id()).stream().findFirst().orElse(null);
                    return editor.attribute(a, e, via);
                }
                return editor.delete(a);
            default:
                return a.type() == AnnotationType.SPEAKER ? editor.splitMention(a) : editor.delete(a);
        }
    }

    private static void assertAgrees(AnnotatedDocument doc) {
        for (Annotation m : doc.annotations()) {
            List<Annotation> scanned = doc.annotations().stream().filter(a -> m.id().equals(a.viaId())).toList();
            assertThat(doc.attributedVia(m.id())).isEqualTo(scanned);
        }
    }
}
