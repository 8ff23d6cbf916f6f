package org.attrib.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.edit.UndoableSetStatus;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.io.FileStamp;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.SampleArticle;

/**
 * Three-way merges of the sample's annotations: two analysts open the same file, each edits a
 * copy, and one merges the other's saved version into theirs.
 */
class AnnotationMergeTest {

    @TempDir
    Path dir;
    Path source;
    DocumentSnapshot base;
    Side mine;
    Side theirs;

    /** One analyst's copy of the document, with an editor and history. */
    static final class Side {
        final AnnotatedDocument doc;
        final AnnotationEditor editor;
        final UndoHistory history = new UndoHistory();

        Side(AnnotatedDocument doc) {
            this.doc = doc;
            this.editor = new AnnotationEditor(doc);
        }

        Annotation find(AnnotationType type, String textStart) {
            return doc.annotations().stream().filter(a -> a.type() == type && doc.textOf(a).startsWith(textStart))
                    .findFirst().orElseThrow();
        }

        Entity entity(String name) {
            return doc.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        }

        DocumentSnapshot snapshot() {
            return DocumentSnapshot.of(doc);
        }
    }

    @BeforeEach
    void open() throws Exception {
        source = SampleArticle.withAnnotations(dir);
        base = DocumentSnapshot.of(DocumentFiles.open(source).document());
        mine = new Side(DocumentFiles.open(source).document());
        theirs = new Side(DocumentFiles.open(source).document());
    }

    private MergeResult merge() {
        return AnnotationMerge.merge(base, mine.snapshot(), theirs.snapshot());
    }

    Annotation quote(Side s) {
        return s.find(AnnotationType.QUOTE, "\"We have to work");
    }

    Annotation claim(Side s) {
        return s.find(AnnotationType.CLAIM, "the U.S. agencies");
    }

    @Test
    void nothingChangedMergesToTheSame() {
        MergeResult r = merge();
        assertThat(r.conflicts()).isEmpty();
        assertSame(r.keepingMine().snapshot(), base);
        assertThat(r.changesTakenFromTheirs()).isZero();
    }

    @Test
    void whatOnlyTheyChangedIsTaken() {
        theirs.history.execute(theirs.editor.setNote(claim(theirs), "verify with State Dept"));
        theirs.history.execute(theirs.editor.delete(theirs.find(AnnotationType.SPEAKER, "Marcelo Ebrard")));
        Annotation added = SampleArticle.tag(theirs.editor, theirs.history, theirs.doc.source(), AnnotationType.QUOTE,
                "\"arms and dollars.\"").annotation();
        MergeResult r = merge();
        assertThat(r.conflicts()).isEmpty();
        DocumentSnapshot merged = r.keepingMine().snapshot();
        assertSame(merged, theirs.snapshot());
        assertThat(merged.annotations()).extracting(Annotation::id).contains(added.id());
        assertThat(r.changesTakenFromTheirs()).isEqualTo(4);
    }

    @Test
    void whatOnlyIChangedIsKept() {
        mine.history.execute(mine.editor.setForm(quote(mine), QuoteForm.DIRECT));
        MergeResult r = merge();
        assertThat(r.conflicts()).isEmpty();
        assertSame(r.keepingMine().snapshot(), mine.snapshot());
    }

    @Test
    void bothAddingDifferentAnnotationsKeepsBoth() {
        Annotation a = SampleArticle.tag(mine.editor, mine.history, mine.doc.source(), AnnotationType.CLAIM,
                "Mexico would not permit another operation").annotation();
        Annotation b = SampleArticle.tag(theirs.editor, theirs.history, theirs.doc.source(), AnnotationType.SPEAKER,
                "William Barr").annotation();
        DocumentSnapshot merged = merge().keepingMine().snapshot();
        assertThat(merged.annotations()).extracting(Annotation::id).contains(a.id(), b.id());
        assertThat(merged.entities()).extracting(Entity::name).contains("William Barr");
    }

    @Test
    void changesToDifferentFieldsOfOneAnnotationMerge() {
        mine.history.execute(mine.editor.setNote(quote(mine), "strong quote"));
        Entity ebrard = theirs.entity("Marcelo Ebrard");
        theirs.history.execute(theirs.editor.attribute(quote(theirs), ebrard, theirs.find(AnnotationType.SPEAKER, "Marcelo")));
        MergeResult r = merge();
        assertThat(r.conflicts()).isEmpty();
        Annotation q = r.keepingMine().snapshot().annotations().stream().filter(a -> a.id().equals(quote(mine).id()))
                .findFirst().orElseThrow();
        assertThat(q.note()).isEqualTo("strong quote");
        assertThat(q.speakerId()).isEqualTo(ebrard.id());
    }

    @Test
    void theSameFieldChangedDifferentlyIsAConflict() {
        mine.history.execute(mine.editor.setNote(claim(mine), "mine"));
        theirs.history.execute(theirs.editor.setNote(claim(theirs), "theirs"));
        theirs.history.execute(theirs.editor.resize(claim(theirs), claim(theirs).start(), claim(theirs).end() - 7));
        MergeResult r = merge();
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.Kind.CHANGED_ON_BOTH_SIDES);
            assertThat(c.subject()).isEqualTo(MergeConflict.Subject.ANNOTATION);
            assertThat(c.description()).isEqualTo("Claim \"the U.S. agencies have been looking at this iss…\": "
                    + "you changed its note; they moved its span and changed its note.");
        });
        assertThat(note(r.keepingMine().snapshot(), claim(mine).id())).isEqualTo("mine");
        assertThat(note(r.keepingTheirs().snapshot(), claim(mine).id())).isEqualTo("theirs");
        String key = r.conflicts().get(0).key();
        assertThat(note(r.resolve(Map.of(key, MergeResult.Side.THEIRS)).snapshot(), claim(mine).id())).isEqualTo("theirs");
    }

    @Test
    void changesThatMakeAnInconsistentAnnotationAreAConflict() {
        mine.history.execute(mine.editor.retype(quote(mine), AnnotationType.CLAIM));
        theirs.history.execute(theirs.editor.setForm(quote(theirs), QuoteForm.DIRECT));
        MergeResult r = merge();
        assertThat(r.conflicts()).singleElement().satisfies(c -> assertThat(c.description())
                .endsWith(": you made it a claim; they changed its quote form."));
    }

    @Test
    void changedByMeDeletedByThemIsAConflict() {
        mine.history.execute(mine.editor.setCheckWorthy(claim(mine), true));
        theirs.history.execute(theirs.editor.delete(claim(theirs)));
        MergeResult r = merge();
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.Kind.CHANGED_BY_ME_DELETED_BY_THEM);
            assertThat(c.description()).endsWith(": you changed whether it is check-worthy; they deleted it.");
        });
        assertThat(r.keepingMine().snapshot().annotations()).extracting(Annotation::id).contains(claim(mine).id());
        assertThat(r.keepingTheirs().snapshot().annotations()).extracting(Annotation::id).doesNotContain(claim(mine).id());
    }

    @Test
    void deletedByMeChangedByThemIsAConflict() {
        String id = claim(mine).id();
        mine.history.execute(mine.editor.delete(claim(mine)));
        theirs.history.execute(theirs.editor.setNote(claim(theirs), "keep this"));
        MergeResult r = merge();
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MergeConflict.Kind.DELETED_BY_ME_CHANGED_BY_THEM);
            assertThat(c.description()).endsWith(": you deleted it; they changed its note.");
        });
        assertThat(r.keepingMine().snapshot().annotations()).extracting(Annotation::id).doesNotContain(id);
        assertThat(note(r.keepingTheirs().snapshot(), id)).isEqualTo("keep this");
    }

    @Test
    void speakersMergeByFieldAndConflictByName() {
        Entity hugo = mine.entity("Hugo Rodriguez");
        mine.history.execute(mine.editor.renameEntity(hugo, "Hugo Rodriguez (State Dept)"));
        theirs.history.execute(theirs.editor.setEntityKind(theirs.entity("Hugo Rodriguez"), EntityKind.OTHER));
        MergeResult r = merge();
        assertThat(r.conflicts()).isEmpty();
        Entity merged = r.keepingMine().snapshot().entities().stream().filter(e -> e.id().equals(hugo.id())).findFirst().orElseThrow();
        // My rename made the name mine (named), their kind came in.
        assertThat(merged).isEqualTo(new Entity(hugo.id(), "Hugo Rodriguez (State Dept)", EntityKind.OTHER, true));

        theirs.history.execute(theirs.editor.renameEntity(theirs.entity("Hugo Rodriguez"), "H. Rodriguez"));
        MergeResult again = merge();
        assertThat(again.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo(MergeConflict.Subject.ENTITY);
            assertThat(c.description()).isEqualTo("Speaker \"Hugo Rodriguez\": you renamed it \"Hugo Rodriguez (State Dept)\"; "
                    + "they renamed it \"H. Rodriguez\" and made it other.");
        });
        assertThat(again.keepingTheirs().snapshot().entities()).extracting(Entity::name).contains("H. Rodriguez");
    }

    @Test
    void aSuggestionAcceptedOnOneSideAndAnnotatedOnTheOtherMergesFieldByField() {
        SourceText text = SourceText.of("t.txt", "\"We will,\" said Ana.");
        Entity ana = new Entity("e1", "Ana", EntityKind.PERSON);
        Annotation suggested = Annotation.of("q", AnnotationType.QUOTE, 1, 8).withSpeaker("e1", null).withPending(true)
                .withConfidence(0.9);
        DocumentSnapshot b = snapshot(text, ana, suggested);
        DocumentSnapshot m = snapshot(text, ana.withNamed(true), suggested.withPending(false));
        DocumentSnapshot t = snapshot(text, ana.withKind(EntityKind.OTHER), suggested.withNote("check"));
        MergeResult r = AnnotationMerge.merge(b, m, t);
        assertThat(r.conflicts()).isEmpty();
        DocumentSnapshot merged = r.keepingMine().snapshot();
        assertThat(merged.annotations()).containsExactly(suggested.withPending(false).withNote("check"));
        assertThat(merged.annotations().get(0).confidence()).as("accepted: no confidence").isNull();
        assertThat(merged.entities()).containsExactly(new Entity("e1", "Ana", EntityKind.OTHER, true));
    }

    @Test
    void aNameMarkedAsTheAnalystsIsSaidInWords() {
        SourceText text = SourceText.of("t.txt", "\"We will,\" said Ana.");
        Entity ana = new Entity("e1", "Ana", EntityKind.PERSON);
        Annotation mention = Annotation.of("m", AnnotationType.SPEAKER, 16, 19).withEntity("e1");
        DocumentSnapshot b = snapshot(text, ana, mention);
        DocumentSnapshot m = new DocumentSnapshot(text, DocumentStatus.IN_PROGRESS, java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        DocumentSnapshot t = snapshot(text, ana.withNamed(true), mention);
        assertThat(AnnotationMerge.merge(b, m, t).conflicts()).anySatisfy(c -> assertThat(c.description())
                .isEqualTo("Speaker \"Ana\": you deleted it; they marked its name as the analyst's."));
    }

    private static DocumentSnapshot snapshot(SourceText text, Entity e, Annotation a) {
        return new DocumentSnapshot(text, DocumentStatus.IN_PROGRESS, java.util.List.of(e), java.util.List.of(a), java.util.List.of());
    }

    @Test
    void aSpeakerTheyDeletedThatIStillUseIsKept() {
        Entity ebrard = mine.entity("Marcelo Ebrard");
        mine.history.execute(mine.editor.attribute(claim(mine), ebrard, null));
        theirs.history.execute(theirs.editor.delete(theirs.find(AnnotationType.SPEAKER, "Marcelo Ebrard")));
        assertThat(theirs.doc.entity(ebrard.id())).as("their deletion took the speaker with it").isEmpty();
        MergeResult.Merged m = merge().keepingMine();
        assertThat(m.snapshot().entities()).contains(ebrard);
        assertThat(m.notes()).containsExactly("Speaker \"Marcelo Ebrard\" was deleted on one side but is still used, so it is kept.");
        assertValid(m.snapshot());
    }

    @Test
    void anAttributionThroughAMentionTheyDeletedLosesOnlyTheMention() {
        Annotation q = quote(mine);
        mine.history.execute(mine.editor.setNote(q, "mine"));
        theirs.history.execute(theirs.editor.delete(theirs.find(AnnotationType.SPEAKER, "Hugo Rodriguez")));
        MergeResult r = merge();
        // Their deletion also unlinked the quote (a change to it): both sides changed it, different fields.
        assertThat(r.conflicts()).isEmpty();
        MergeResult.Merged m = r.keepingMine();
        Annotation merged = m.snapshot().annotations().stream().filter(a -> a.id().equals(q.id())).findFirst().orElseThrow();
        assertThat(merged.note()).isEqualTo("mine");
        assertThat(merged.viaId()).isNull();
        assertValid(m.snapshot());
    }

    @Test
    void aDocumentMarkedDoneOnOneSideIsDone() {
        theirs.history.execute(new UndoableSetStatus(theirs.doc, DocumentStatus.IN_PROGRESS, DocumentStatus.DONE, "Done"));
        assertThat(merge().keepingMine().snapshot().status()).isEqualTo(DocumentStatus.DONE);
    }

    @Test
    void theMergeAppliesToMyDocumentAsOneUndoableEdit() {
        mine.history.execute(mine.editor.setNote(claim(mine), "mine"));
        theirs.history.execute(theirs.editor.delete(theirs.find(AnnotationType.SPEAKER, "Marcelo Ebrard")));
        SampleArticle.tag(theirs.editor, theirs.history, theirs.doc.source(), AnnotationType.SPEAKER, "William Barr");
        DocumentSnapshot before = mine.snapshot();
        DocumentSnapshot merged = merge().keepingMine().snapshot();

        mine.history.execute(mine.editor.replaceAll(merged, "Merge their changes"));
        assertSame(mine.snapshot(), merged);
        mine.history.undo();
        assertSame(mine.snapshot(), before);
        mine.history.redo();
        assertSame(mine.snapshot(), merged);
    }

    @Test
    void aFileChangedOnDiskIsMergedAndSavedOverTheirs() throws Exception {
        Path file = AnnotationFormat.annotationFileFor(source);
        DocumentFiles.Opened opened = DocumentFiles.open(source);
        Side me = new Side(opened.document());
        DocumentSnapshot loaded = me.snapshot();
        me.history.execute(me.editor.setNote(claim(me), "mine"));

        // Another analyst saves their version.
        theirs.history.execute(theirs.editor.setForm(quote(theirs), QuoteForm.PARTIAL));
        DocumentFiles.save(theirs.snapshot(), file);

        assertThat(DocumentFiles.changedOnDisk(file, opened.stamp())).isTrue();
        DocumentFiles.Theirs read = DocumentFiles.readTheirs(file, me.doc.source());
        MergeResult r = AnnotationMerge.merge(loaded, me.snapshot(), read.snapshot());
        assertThat(r.conflicts()).isEmpty();
        me.history.execute(me.editor.replaceAll(r.keepingMine().snapshot(), "Merge"));
        FileStamp written = DocumentFiles.saveIfUnchanged(me.snapshot(), file, read.stamp());

        assertThat(FileStamp.read(file)).isEqualTo(written);
        AnnotatedDocument reopened = DocumentFiles.open(source).document();
        assertThat(note(DocumentSnapshot.of(reopened), claim(me).id())).isEqualTo("mine");
        assertThat(reopened.annotation(quote(me).id()).orElseThrow().form()).isEqualTo(QuoteForm.PARTIAL);
    }

    /** The same annotations, orphans, speakers (in any order) and status; the source texts are equal by construction. */
    private static void assertSame(DocumentSnapshot actual, DocumentSnapshot expected) {
        assertThat(actual.source().text()).isEqualTo(expected.source().text());
        assertThat(actual.annotations()).isEqualTo(expected.annotations());
        assertThat(actual.orphans()).isEqualTo(expected.orphans());
        assertThat(actual.entities()).containsExactlyInAnyOrderElementsOf(expected.entities());
        assertThat(actual.status()).isEqualTo(expected.status());
    }

    private static String note(DocumentSnapshot s, String id) {
        return s.annotations().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow().note();
    }

    private static void assertValid(DocumentSnapshot s) {
        try {
            AnnotationFileReader.parse(Path.of("merged.annotations.json"), AnnotationFileWriter.toBytes(s));
        } catch (Exception e) {
            throw new AssertionError("the merge would save to an unreadable file: " + e.getMessage(), e);
        }
    }
}
