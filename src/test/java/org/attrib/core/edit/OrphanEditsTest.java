package org.attrib.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

class OrphanEditsTest {

    static final String TEXT = "Hugo Rodriguez said the tools are ready. \"We are looking at it,\" he said.";

    AnnotatedDocument doc;
    AnnotationEditor editor;
    UndoHistory history;
    Entity hugo;
    StoredAnnotation orphanMention;
    StoredAnnotation orphanQuote;

    @BeforeEach
    void setUp() {
        doc = new AnnotatedDocument(SourceText.of("story.txt", TEXT));
        editor = new AnnotationEditor(doc);
        history = new UndoHistory();
        hugo = new Entity("e1", "Hugo Rodriguez", EntityKind.PERSON);
        // As the binder leaves them: orphans linked to an entity and to each other.
        doc.putEntity(hugo);
        orphanMention = new StoredAnnotation(Annotation.of("o1", AnnotationType.SPEAKER, 0, 5).withEntity("e1"),
                "Hugo.", "", " said");
        orphanQuote = new StoredAnnotation(Annotation.of("o2", AnnotationType.QUOTE, 50, 72)
                .withSpeaker("e1", "o1").withForm(QuoteForm.DIRECT).withNote("check"), "\"We are looking at it\"", "x", "y");
        doc.addOrphan(orphanMention);
        doc.addOrphan(orphanQuote);
        assertValidFile();
    }

    @Test
    void rePlacingAnOrphanMakesItAnOrdinaryAnnotationWithItsDetails() {
        int start = TEXT.indexOf("\"We are");
        int end = TEXT.indexOf(",\" he") + 2;
        AnnotationEditor.Tagging t = editor.replaceOrphan(orphanQuote, start, end);
        history.execute(t.edit());

        Annotation placed = doc.annotation("o2").orElseThrow();
        assertThat(placed.start()).isEqualTo(start);
        assertThat(placed.speakerId()).isEqualTo("e1");
        assertThat(placed.viaId()).as("its mention, still an orphan, is still there").isEqualTo("o1");
        assertThat(placed.form()).isEqualTo(QuoteForm.DIRECT);
        assertThat(placed.note()).isEqualTo("check");
        assertThat(doc.orphans()).extracting(o -> o.annotation().id()).containsExactly("o1");
        assertValidFile();

        history.undo();
        assertThat(doc.annotation("o2")).isEmpty();
        assertThat(doc.orphans()).containsExactly(orphanMention, orphanQuote);
        history.redo();
        assertThat(doc.annotation("o2")).contains(placed);
        assertValidFile();
    }

    @Test
    void rePlacingAMentionKeepsTheOrphansAttributedThroughIt() {
        history.execute(editor.replaceOrphan(orphanMention, 0, 14).edit());
        assertThat(doc.annotation("o1").orElseThrow().entityId()).isEqualTo("e1");
        StoredAnnotation quote = doc.orphans().get(0);
        assertThat(quote.annotation().speakerId()).isEqualTo("e1");
        assertThat(quote.annotation().viaId()).isEqualTo("o1");
        assertValidFile();

        // Deleting the placed mention unlinks the orphan, which keeps its speaker.
        history.execute(editor.delete(doc.annotation("o1").orElseThrow()));
        assertThat(doc.orphans().get(0).annotation().viaId()).isNull();
        assertThat(doc.orphans().get(0).annotation().speakerId()).isEqualTo("e1");
        assertValidFile();
    }

    @Test
    void deletingAnOrphanedMentionUnlinksWhatWasPlacedThroughIt() {
        int start = TEXT.indexOf("\"We are");
        history.execute(editor.replaceOrphan(orphanQuote, start, TEXT.indexOf(",\" he") + 2).edit());
        assertThat(doc.annotation("o2").orElseThrow().viaId()).isEqualTo("o1");

        history.execute(editor.deleteOrphan(orphanMention));
        assertThat(doc.annotation("o2").orElseThrow().viaId()).isNull();
        assertThat(doc.annotation("o2").orElseThrow().speakerId()).isEqualTo("e1");
        assertValidFile();
        history.undo();
        assertThat(doc.annotation("o2").orElseThrow().viaId()).isEqualTo("o1");
    }

    @Test
    void aSpeakerOrphanWithoutEntityJoinsTheEntityOfItsNewText() {
        StoredAnnotation old = new StoredAnnotation(Annotation.of("o3", AnnotationType.SPEAKER, 3, 8), "Hugo ", "", "");
        doc.addOrphan(old);
        history.execute(editor.replaceOrphan(old, 0, 14).edit());
        assertThat(doc.annotation("o3").orElseThrow().entityId()).isEqualTo("e1");
        assertValidFile();
    }

    @Test
    void deletingOrphansKeepsTheFileValidAndUndoes() {
        history.execute(editor.deleteOrphan(orphanMention));
        assertThat(doc.orphans()).extracting(o -> o.annotation().viaId()).containsOnlyNulls();
        assertThat(doc.entity("e1")).as("the quote still uses it").isPresent();
        assertValidFile();

        history.execute(editor.deleteOrphan(doc.orphans().get(0)));
        assertThat(doc.orphans()).isEmpty();
        assertThat(doc.entity("e1")).as("nothing uses it any more").isEmpty();
        assertValidFile();

        history.undo();
        history.undo();
        assertThat(doc.orphans()).containsExactly(orphanMention, orphanQuote);
        assertThat(doc.entity("e1")).contains(hugo);
    }

    @Test
    void anEntityUsedOnlyByOrphansSurvivesDeletingItsLastPlacedUse() {
        AnnotationEditor.Tagging t = editor.tagMention(hugo, 0, 14);
        history.execute(t.edit());
        history.execute(editor.delete(t.annotation()));
        assertThat(doc.entity("e1")).isPresent();
        assertValidFile();
    }

    @Test
    void deletingOrMergingAnEntityFollowsItIntoTheOrphans() {
        Entity other = new Entity("e2", "Rodriguez", EntityKind.PERSON);
        history.execute(new UndoableAddEntity(doc, other));
        history.execute(editor.merge(other, List.of(hugo)));
        assertThat(doc.orphans()).extracting(o -> o.annotation().type() == AnnotationType.SPEAKER
                ? o.annotation().entityId() : o.annotation().speakerId()).containsOnly("e2");
        assertValidFile();

        history.execute(editor.deleteEntity(other));
        assertThat(doc.orphans()).extracting(o -> o.annotation().id()).containsExactly("o2");
        assertThat(doc.orphans().get(0).annotation().speakerId()).isNull();
        assertValidFile();
    }

    /** What the document holds now saves to a file the reader accepts. */
    private void assertValidFile() {
        try {
            AnnotationFileReader.parse(Path.of("story.annotations.json"), AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc)));
        } catch (Exception e) {
            throw new AssertionError("the document would save to a file Attrib cannot read: " + e.getMessage(), e);
        }
    }
}
