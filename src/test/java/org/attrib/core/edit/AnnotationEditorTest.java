package org.attrib.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;

/** Speakers as entities: joining by name, merging, splitting, deleting, and what follows from each. */
class AnnotationEditorTest {

    private static final String TEXT = "Mexican President Andres Manuel Lopez Obrador said no. "
            + "\"Never,\" Lopez Obrador said. Andres Manuel Lopez Obrador repeated it. lopez obrador's aides agreed.";

    private AnnotatedDocument doc;
    private AnnotationEditor editor;
    private UndoHistory history;

    @BeforeEach
    void setUp() {
        doc = new AnnotatedDocument(SourceText.of("t.txt", TEXT));
        editor = new AnnotationEditor(doc);
        history = new UndoHistory();
    }

    private Annotation tag(AnnotationType type, String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = TEXT.indexOf(text, at + 1);
        }
        AnnotationEditor.Tagging t = editor.tag(type, at, at + text.length());
        history.execute(t.edit());
        return doc.annotation(t.annotation().id()).orElseThrow();
    }

    private Entity entityOf(Annotation mention) {
        return doc.entity(doc.annotation(mention.id()).orElseThrow().entityId()).orElseThrow();
    }

    @Test
    void aSpeakerTagJoinsTheEntityOfTheSameNormalisedNameOrCreatesOne() {
        Annotation full = tag(AnnotationType.SPEAKER, "Mexican President Andres Manuel Lopez Obrador", 0);
        Annotation shortName = tag(AnnotationType.SPEAKER, "Lopez Obrador", 1);
        Annotation possessive = tag(AnnotationType.SPEAKER, "lopez obrador's", 0);
        assertThat(entityOf(shortName)).isNotEqualTo(entityOf(full));
        assertThat(entityOf(possessive)).as("case, accents and possessive ignored").isEqualTo(entityOf(shortName));
        assertThat(entityOf(shortName).name()).isEqualTo("Lopez Obrador");
        assertThat(doc.entities()).hasSize(2);
    }

    @Test
    void mergeMovesMentionsAndAttributionsAndLaterTagsOfEitherNameJoinTheMergedEntity() {
        Annotation full = tag(AnnotationType.SPEAKER, "Mexican President Andres Manuel Lopez Obrador", 0);
        Annotation shortName = tag(AnnotationType.SPEAKER, "Lopez Obrador", 1);
        Annotation quote = tag(AnnotationType.QUOTE, "Never,", 0);
        history.execute(editor.attribute(quote, entityOf(shortName), shortName));
        Entity keep = entityOf(full);
        history.execute(editor.merge(keep, List.of(keep, entityOf(shortName))));
        assertThat(doc.entities()).containsExactly(keep);
        assertThat(doc.annotation(quote.id()).orElseThrow().speakerId()).isEqualTo(keep.id());
        assertThat(doc.annotation(quote.id()).orElseThrow().viaId()).isEqualTo(shortName.id());
        assertThat(doc.stats(keep.id()).mentions()).isEqualTo(2);
        assertThat(doc.stats(keep.id()).quotes()).isEqualTo(1);
        Annotation third = tag(AnnotationType.SPEAKER, "lopez obrador's", 0);
        assertThat(entityOf(third)).as("the merged entity is known by its mentions' names too").isEqualTo(keep);
        history.undo();
        history.undo();
        assertThat(doc.entities()).hasSize(2);
        assertThat(doc.annotation(quote.id()).orElseThrow().speakerId()).isEqualTo(entityOf(shortName).id());
    }

    @Test
    void aNameTheAnalystGaveOneOfTheMergedSpeakersIsKept() {
        Annotation full = tag(AnnotationType.SPEAKER, "Mexican President Andres Manuel Lopez Obrador", 0);
        Annotation shortName = tag(AnnotationType.SPEAKER, "Lopez Obrador", 1);
        history.execute(editor.renameEntity(entityOf(shortName), "AMLO"));
        history.execute(editor.merge(entityOf(full), List.of(entityOf(full), entityOf(shortName))));
        Entity merged = entityOf(full);
        assertThat(merged.name()).as("not the longest mention: the analyst's name").isEqualTo("AMLO");
        assertThat(merged.named()).isTrue();
        assertThat(doc.entities()).containsExactly(merged);
        history.undo();
        assertThat(entityOf(full).name()).isEqualTo("Mexican President Andres Manuel Lopez Obrador");
        assertThat(entityOf(shortName).name()).isEqualTo("AMLO");
    }

    @Test
    void splittingAMentionOffTakesWhatWasAttributedThroughIt() {
        Annotation full = tag(AnnotationType.SPEAKER, "Mexican President Andres Manuel Lopez Obrador", 0);
        Annotation other = tag(AnnotationType.SPEAKER, "Andres Manuel Lopez Obrador", 1);
        history.execute(editor.merge(entityOf(full), List.of(entityOf(other))));
        Annotation quote = tag(AnnotationType.QUOTE, "Never,", 0);
        history.execute(editor.attribute(quote, entityOf(full), doc.annotation(other.id()).orElseThrow()));
        history.execute(editor.splitMention(doc.annotation(other.id()).orElseThrow()));
        Entity fresh = entityOf(other);
        assertThat(fresh).isNotEqualTo(entityOf(full));
        assertThat(fresh.name()).isEqualTo("Andres Manuel Lopez Obrador");
        assertThat(doc.annotation(quote.id()).orElseThrow().speakerId()).isEqualTo(fresh.id());
    }

    @Test
    void deletingAMentionUnlinksWhatWentThroughItAndAnUnusedEntityGoesWithIt() {
        Annotation mention = tag(AnnotationType.SPEAKER, "Lopez Obrador", 1);
        Annotation quote = tag(AnnotationType.QUOTE, "Never,", 0);
        Entity e = entityOf(mention);
        history.execute(editor.attribute(quote, e, mention));
        history.execute(editor.delete(doc.annotation(mention.id()).orElseThrow()));
        assertThat(doc.annotation(quote.id()).orElseThrow().viaId()).isNull();
        assertThat(doc.annotation(quote.id()).orElseThrow().speakerId()).as("the attribution stays").isEqualTo(e.id());
        assertThat(doc.entity(e.id())).as("still used by the quote").isPresent();
        history.execute(editor.unattribute(doc.annotation(quote.id()).orElseThrow()));
        assertThat(doc.entity(e.id())).as("used by nothing any more").isEmpty();
    }

    @Test
    void deletingAnEntityDeletesItsMentionsAndUnattributes() {
        Annotation mention = tag(AnnotationType.SPEAKER, "Lopez Obrador", 1);
        Annotation claim = tag(AnnotationType.CLAIM, "repeated it", 0);
        history.execute(editor.attribute(claim, entityOf(mention), mention));
        history.execute(editor.deleteEntity(entityOf(mention)));
        assertThat(doc.annotations()).extracting(Annotation::type).containsExactly(AnnotationType.CLAIM);
        assertThat(doc.annotations().get(0).speakerId()).isNull();
        assertThat(doc.entities()).isEmpty();
    }

    @Test
    void retypingAMentionIntoAQuoteDropsItsEntityAndRetypingBackJoinsByName() {
        Annotation mention = tag(AnnotationType.SPEAKER, "Lopez Obrador", 1);
        String entity = mention.entityId();
        history.execute(editor.retype(mention, AnnotationType.QUOTE));
        assertThat(doc.annotation(mention.id()).orElseThrow().entityId()).isNull();
        assertThat(doc.entity(entity)).isEmpty();
        history.execute(editor.retype(doc.annotation(mention.id()).orElseThrow(), AnnotationType.SPEAKER));
        assertThat(doc.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Lopez Obrador"));
    }

    @Test
    void theDirtyFlagFollowsTheSavedMark() {
        tag(AnnotationType.QUOTE, "Never,", 0);
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
        tag(AnnotationType.CLAIM, "repeated it", 0);
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).as("back at the saved state").isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
        history.redo();
        assertThat(history.isDirty()).isFalse();
        history.undo();
        tag(AnnotationType.SPEAKER, "Lopez Obrador", 1);
        history.undo();
        assertThat(history.isDirty()).as("the saved state can no longer be reached by redo").isTrue();
    }
}
