package org.attrib.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * A speaker is named after its longest mention until the analyst names it, in the same undoable
 * step as the mention that makes it longer; a new speaker's kind is guessed from its name.
 */
class SpeakerNamingTest {

    private static final String TEXT = "Lopez Obrador said no. Andres Manuel Lopez Obrador repeated it. "
            + "Acme Inc said so; Acme Inc., NASA and JPL’s Jonah Peter did not. The U.S. State Department agreed. "
            + "\"Never,\" said Obrador. Peter spoke.";

    private AnnotatedDocument doc;
    private AnnotationEditor editor;
    private UndoHistory history;

    @BeforeEach
    void setUp() {
        doc = new AnnotatedDocument(SourceText.of("t.txt", TEXT));
        editor = new AnnotationEditor(doc);
        history = new UndoHistory();
    }

    private int at(String text, int occurrence) {
        int i = -1;
        for (int k = 0; k <= occurrence; k++) {
            i = TEXT.indexOf(text, i + 1);
        }
        assertThat(i).as(text).isNotNegative();
        return i;
    }

    private Annotation tag(AnnotationType type, String text, int occurrence) {
        int i = at(text, occurrence);
        AnnotationEditor.Tagging t = editor.tag(type, i, i + text.length());
        history.execute(t.edit());
        return doc.annotation(t.annotation().id()).orElseThrow();
    }

    private Entity entityOf(Annotation mention) {
        return doc.entity(doc.annotation(mention.id()).orElseThrow().entityId()).orElseThrow();
    }

    @Test
    void aNewSpeakerIsNamedAfterItsMentionAndItsKindIsGuessed() {
        assertThat(entityOf(tag(AnnotationType.SPEAKER, "Lopez Obrador", 0)))
                .isEqualTo(new Entity(doc.entities().iterator().next().id(), "Lopez Obrador", EntityKind.PERSON, false));
        assertThat(entityOf(tag(AnnotationType.SPEAKER, "NASA", 0)).kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(entityOf(tag(AnnotationType.SPEAKER, "U.S. State Department", 0)).kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(entityOf(tag(AnnotationType.SPEAKER, "JPL’s Jonah Peter", 0)).kind()).isEqualTo(EntityKind.PERSON);
    }

    @Test
    void aLongerMentionJoiningByNameRenamesTheSpeakerInTheSameStep() {
        Annotation shorter = tag(AnnotationType.SPEAKER, "Acme Inc", 0);
        Entity before = entityOf(shorter);
        assertThat(before.kind()).isEqualTo(EntityKind.ORGANISATION);
        Annotation longer = tag(AnnotationType.SPEAKER, "Acme Inc.", 0);
        assertThat(entityOf(longer).id()).as("the same speaker by its normalised name").isEqualTo(before.id());
        assertThat(entityOf(longer).name()).isEqualTo("Acme Inc.");

        history.undo();
        assertThat(doc.annotation(longer.id())).isEmpty();
        assertThat(doc.entity(before.id())).contains(before);
        history.redo();
        assertThat(doc.entity(before.id()).orElseThrow().name()).isEqualTo("Acme Inc.");
    }

    @Test
    void aShorterMentionLeavesTheNameAlone() {
        Annotation longer = tag(AnnotationType.SPEAKER, "Acme Inc.", 0);
        Annotation shorter = tag(AnnotationType.SPEAKER, "Acme Inc", 0);
        assertThat(entityOf(shorter)).isEqualTo(entityOf(longer));
        assertThat(entityOf(longer).name()).isEqualTo("Acme Inc.");
    }

    @Test
    void taggingAMentionOfAGivenSpeakerRenamesIt() {
        Entity speaker = entityOf(tag(AnnotationType.SPEAKER, "Lopez Obrador", 0));
        int i = at("Andres Manuel Lopez Obrador", 0);
        AnnotationEditor.Tagging t = editor.tagMention(speaker, i, i + "Andres Manuel Lopez Obrador".length());
        history.execute(t.edit());
        assertThat(doc.entity(speaker.id()).orElseThrow().name()).isEqualTo("Andres Manuel Lopez Obrador");
        history.undo();
        assertThat(doc.entity(speaker.id())).contains(speaker);
        assertThat(doc.annotation(t.annotation().id())).isEmpty();
    }

    @Test
    void theAnalystsNameStays() {
        Entity speaker = entityOf(tag(AnnotationType.SPEAKER, "Lopez Obrador", 0));
        history.execute(editor.renameEntity(speaker, "AMLO"));
        Entity named = doc.entity(speaker.id()).orElseThrow();
        assertThat(named.named()).isTrue();
        assertThat(named.withName("x").named()).as("withName keeps the flag").isTrue();
        assertThat(named.withKind(EntityKind.OTHER).named()).as("withKind keeps the flag").isTrue();
        int i = at("Andres Manuel Lopez Obrador", 0);
        history.execute(editor.tagMention(named, i, i + "Andres Manuel Lopez Obrador".length()).edit());
        assertThat(doc.entity(speaker.id()).orElseThrow().name()).isEqualTo("AMLO");
        history.undo();
        history.undo();
        assertThat(doc.entity(speaker.id())).as("undoing the rename takes the flag back too").contains(speaker);
    }

    @Test
    void aSpeakerTypedByTheAnalystIsNamedAndOfTheGuessedKind() {
        Annotation quote = tag(AnnotationType.QUOTE, "Never,", 0);
        AnnotationEditor.NewSpeaker s = editor.attributeToNewSpeaker(quote, "Reuters");
        history.execute(s.edit());
        assertThat(s.entity().named()).isTrue();
        assertThat(s.entity().kind()).isEqualTo(EntityKind.ORGANISATION);
    }

    @Test
    void taggingMatchesTrimsThemAndNamesTheSpeakerAfterTheLongest() {
        List<int[]> spans = List.of(span("\"Never", 0), span("Lopez Obrador said", 0), span("Andres Manuel Lopez Obrador ", 0),
                span(" Obrador.", 0));
        AnnotationEditor.MentionsTagging t = editor.tagMentions(null, "Obrador.", spans);
        history.execute(t.edit());
        assertThat(t.added()).isEqualTo(4);
        assertThat(doc.annotations()).extracting(doc::textOf)
                .containsExactly("Lopez Obrador said", "Andres Manuel Lopez Obrador", "Never", "Obrador");
        assertThat(doc.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Andres Manuel Lopez Obrador"));
        history.undo();
        assertThat(doc.entities()).isEmpty();
    }

    @Test
    void matchesThatAreOnlyPunctuationTagNothing() {
        AnnotationEditor.MentionsTagging t = editor.tagMentions(null, "“", List.of(span("\"", 0)));
        assertThat(t.added()).isZero();
        history.execute(t.edit());
        assertThat(doc.entities()).isEmpty();
    }

    private int[] span(String text, int occurrence) {
        int i = at(text, occurrence);
        return new int[] {i, i + text.length()};
    }

    @Test
    void theKeptSpeakerOfAMergeTakesTheLongestMention() {
        Annotation shortName = tag(AnnotationType.SPEAKER, "Obrador", 0);
        Annotation fullName = tag(AnnotationType.SPEAKER, "Andres Manuel Lopez Obrador", 0);
        Entity keep = entityOf(shortName);
        Entity other = entityOf(fullName);
        history.execute(editor.merge(keep, List.of(keep, other)));
        assertThat(doc.entities()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(keep.id());
            assertThat(e.name()).isEqualTo("Andres Manuel Lopez Obrador");
        });
        assertThat(history.undoDescription().orElseThrow()).endsWith("into Andres Manuel Lopez Obrador");
        history.undo();
        assertThat(doc.entity(keep.id())).contains(keep);
        assertThat(doc.entity(other.id())).contains(other);
    }

    @Test
    void aMergeKeepsTheAnalystsName() {
        Entity keep = entityOf(tag(AnnotationType.SPEAKER, "Obrador", 0));
        Entity other = entityOf(tag(AnnotationType.SPEAKER, "Andres Manuel Lopez Obrador", 0));
        history.execute(editor.renameEntity(keep, "AMLO"));
        history.execute(editor.merge(doc.entity(keep.id()).orElseThrow(), List.of(other)));
        assertThat(doc.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("AMLO"));
    }

    @Test
    void acceptingASuggestedMentionRenamesItsSpeaker() {
        Entity speaker = entityOf(tag(AnnotationType.SPEAKER, "Lopez Obrador", 0));
        int i = at("Andres Manuel Lopez Obrador", 0);
        Annotation suggested = Annotation.of("s1", AnnotationType.SPEAKER, i, i + "Andres Manuel Lopez Obrador".length())
                .withEntity(speaker.id()).withPending(true).withConfidence(0.9);
        history.execute(editor.add(suggested, "Suggest"));
        assertThat(doc.entity(speaker.id())).as("a suggestion renames nothing").contains(speaker);

        history.execute(editor.accept(suggested));
        assertThat(doc.annotation("s1").orElseThrow().confidence()).as("accepted: the analyst's").isNull();
        assertThat(doc.entity(speaker.id()).orElseThrow().name()).isEqualTo("Andres Manuel Lopez Obrador");
        history.undo();
        assertThat(doc.entity(speaker.id())).contains(speaker);
        assertThat(doc.annotation("s1").orElseThrow()).isEqualTo(suggested);
    }

    @Test
    void rePlacingAnOrphanedMentionRenamesItsSpeaker() {
        Entity speaker = entityOf(tag(AnnotationType.SPEAKER, "Peter", 1));
        StoredAnnotation orphan = new StoredAnnotation(Annotation.of("o1", AnnotationType.SPEAKER, 0, 11).withEntity(speaker.id()),
                "Jonah Peter", "", "");
        history.execute(new UndoableAddOrphan(doc, orphan, "orphan"));
        int i = at("Jonah Peter", 0);
        history.execute(editor.replaceOrphan(orphan, i, i + "Jonah Peter".length()).edit());
        assertThat(doc.entity(speaker.id()).orElseThrow().name()).isEqualTo("Jonah Peter");
    }

    @Test
    void aMentionSplitOffGetsTheKindItsNameSuggests() {
        Annotation person = tag(AnnotationType.SPEAKER, "Peter", 1);
        int i = at("NASA", 0);
        history.execute(editor.tagMention(entityOf(person), i, i + 4).edit());
        Annotation nasa = doc.annotations().stream().filter(a -> doc.textOf(a).equals("NASA")).findFirst().orElseThrow();
        history.execute(editor.splitMention(nasa));
        assertThat(entityOf(nasa).kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(entityOf(person).kind()).isEqualTo(EntityKind.PERSON);
    }
}
