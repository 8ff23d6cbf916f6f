package org.attrib.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.Gens;

/**
 * Any sequence of the analyst's commands, undone fully, gives back the original document;
 * redone fully, gives the final one; and no state on the way breaks a link.
 */
class UndoRedoPropertiesTest {

    private static final SourceText TEXT = SourceText.of("story.txt",
            "Mexican President Andres Manuel Lopez Obrador said, \"We will not permit it.\" Lopez Obrador added that "
            + "Mexico would respond. \"We have tools,\" Hugo Rodriguez told reporters. Rodriguez, the deputy, said more. "
            + "The U.S. State Department said it was working with Mexico 😀 on tools.");

    /** One command, as numbers interpreted against the document as it is when the command runs. */
    record Op(int kind, int a, int b, int c) {
    }

    static Gen<List<Op>> ops() {
        Gen<Integer> n = integers().between(0, 10_000);
        return Gens.listsOf(integers().between(0, 15).zip(n, n, n, Op::new), 1, 40);
    }

    @Test
    void undoingEverythingRestoresTheStartAndRedoingRestoresTheEnd() {
        qt().withExamples(400).forAll(ops()).checkAssert(this::undoingEverythingRestoresTheStartAndRedoingRestoresTheEnd);
    }

    private void undoingEverythingRestoresTheStartAndRedoingRestoresTheEnd(List<Op> ops) {
        AnnotatedDocument doc = new AnnotatedDocument(TEXT);
        UndoHistory history = new UndoHistory();
        AnnotationEditor editor = new AnnotationEditor(doc);
        String start = state(doc);
        int applied = 0;
        for (Op op : ops) {
            UndoableEdit e = build(op, doc, editor);
            if (e != null) {
                history.execute(e);
                applied++;
                assertConsistent(doc);
            }
        }
        String end = state(doc);
        assertThat(history.isDirty()).isEqualTo(history.canUndo());
        while (history.canUndo()) {
            history.undo();
            assertConsistent(doc);
        }
        assertThat(state(doc)).isEqualTo(start);
        assertThat(history.isDirty()).isFalse();
        while (history.canRedo()) {
            history.redo();
        }
        assertThat(state(doc)).isEqualTo(end);
        assertThat(history.size()).isLessThanOrEqualTo(applied);
    }

    private static UndoableEdit build(Op op, AnnotatedDocument doc, AnnotationEditor editor) {
        List<Annotation> all = doc.annotations();
        List<Entity> entities = new ArrayList<>(doc.entities());
        Annotation any = all.isEmpty() ? null : all.get(op.a() % all.size());
        List<Annotation> attributable = all.stream().filter(x -> x.type().isAttributable()).toList();
        List<Annotation> mentions = all.stream().filter(x -> x.type() == AnnotationType.SPEAKER).toList();
        return switch (op.kind()) {
            case 0, 1, 2 -> {
                int s = op.a() % (TEXT.length() - 1);
                int e = Math.min(TEXT.length(), s + 1 + op.b() % 30);
                yield editor.tag(AnnotationType.values()[op.kind()], s, e).edit();
            }
            case 3 -> any == null ? null : editor.delete(any);
            case 4 -> any == null ? null : editor.retype(any, AnnotationType.values()[op.b() % 3]);
            case 5 -> {
                if (any == null) {
                    yield null;
                }
                int s = Math.max(0, any.start() - op.b() % 4);
                int e = Math.min(TEXT.length(), any.end() + op.c() % 4);
                yield editor.resize(any, s, e);
            }
            case 6 -> {
                if (attributable.isEmpty() || mentions.isEmpty()) {
                    yield null;
                }
                Annotation m = mentions.get(op.b() % mentions.size());
                yield editor.attribute(attributable.get(op.a() % attributable.size()),
                        doc.entity(m.entityId()).orElseThrow(), op.c() % 2 == 0 ? m : null);
            }
            case 7 -> attributable.isEmpty() ? null : editor.unattribute(attributable.get(op.a() % attributable.size()));
            case 8 -> entities.size() < 2 ? null
                    : editor.merge(entities.get(op.a() % entities.size()), List.of(entities.get(op.b() % entities.size()),
                            entities.get(op.c() % entities.size())));
            case 9 -> entities.isEmpty() ? null : editor.renameEntity(entities.get(op.a() % entities.size()), "Name " + op.b());
            case 10 -> {
                List<Annotation> splittable = mentions.stream().filter(x -> doc.stats(x.entityId()).mentions() > 1).toList();
                yield splittable.isEmpty() ? null : editor.splitMention(splittable.get(op.a() % splittable.size()));
            }
            case 11 -> entities.isEmpty() ? null : editor.deleteEntity(entities.get(op.a() % entities.size()));
            case 12 -> any == null ? null : editor.setNote(any, op.b() % 3 == 0 ? null : "note " + op.b());
            case 13 -> {
                List<Annotation> quotes = all.stream().filter(x -> x.type() == AnnotationType.QUOTE).toList();
                yield quotes.isEmpty() ? null : editor.setForm(quotes.get(op.a() % quotes.size()), QuoteForm.values()[op.b() % 4]);
            }
            case 14 -> entities.isEmpty() ? null
                    : editor.setEntityKind(entities.get(op.a() % entities.size()), EntityKind.values()[op.b() % 3]);
            default -> editor.markDone(op.a() % 2 == 0);
        };
    }

    /** Every link points at something that exists: entities of mentions and speakers, via mentions of that speaker. */
    private static void assertConsistent(AnnotatedDocument doc) {
        Set<String> entities = new HashSet<>();
        doc.entities().forEach(e -> entities.add(e.id()));
        for (Annotation a : doc.annotations()) {
            if (a.type() == AnnotationType.SPEAKER) {
                assertThat(entities).as("entity of mention %s", a.id()).contains(a.entityId());
            }
            if (a.speakerId() != null) {
                assertThat(entities).as("speaker of %s", a.id()).contains(a.speakerId());
            }
            if (a.viaId() != null) {
                Annotation via = doc.annotation(a.viaId()).orElse(null);
                assertThat(via).as("via of %s", a.id()).isNotNull();
                assertThat(via.entityId()).isEqualTo(a.speakerId());
            }
        }
        for (Entity e : doc.entities()) {
            assertThat(doc.stats(e.id()).isUnused()).as("entity %s is used", e.name()).isFalse();
        }
    }

    /** The document's whole content as a string: annotations in order, entities by id, status. */
    private static String state(AnnotatedDocument doc) {
        List<Entity> entities = new ArrayList<>(doc.entities());
        entities.sort(java.util.Comparator.comparing(Entity::id));
        return doc.annotations() + "|" + entities + "|" + doc.status() + "|" + doc.orphans();
    }
}
