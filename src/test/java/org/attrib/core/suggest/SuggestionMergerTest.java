package org.attrib.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.DocumentBinder;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;

class SuggestionMergerTest {

    private static final String TEXT = "\"We have to work with them,\" Hugo Rodriguez said. Rodriguez said the plan works. "
            + "Officials said nothing more.";

    private final AnnotatedDocument doc = new AnnotatedDocument(SourceText.of("story.txt", TEXT));
    private final UndoHistory history = new UndoHistory();
    private final AnnotationEditor editor = new AnnotationEditor(doc);

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    private static int end(String s) {
        return TEXT.indexOf(s) + s.length();
    }

    /** Suggestions: Hugo Rodriguez (mention), a quote through it, a claim attributed without a mention. */
    private static Suggestions suggestions() {
        Entity hugo = new Entity("s-e1", "Hugo Rodriguez", EntityKind.PERSON);
        Annotation mention = Annotation.of("s-m1", AnnotationType.SPEAKER, at("Hugo Rodriguez"), end("Hugo Rodriguez"))
                .withEntity("s-e1").withPending(true);
        Annotation quote = Annotation.of("s-q1", AnnotationType.QUOTE, 1, at(",\"") + 1)
                .withSpeaker("s-e1", "s-m1").withForm(QuoteForm.DIRECT).withPending(true);
        Annotation claim = Annotation.of("s-c1", AnnotationType.CLAIM, at("the plan"), end("the plan works"))
                .withSpeaker("s-e1", null).withPending(true);
        return new Suggestions(List.of(hugo), List.of(mention, quote, claim));
    }

    private Annotation only(AnnotationType type) {
        List<Annotation> list = doc.annotations().stream().filter(a -> a.type() == type).toList();
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private Annotation tag(AnnotationType type, int start, int end) {
        AnnotationEditor.Tagging t = editor.tag(type, start, end);
        history.execute(t.edit());
        return t.annotation();
    }

    @Test
    void addsSuggestionsAsPendingAnnotationsLinkedToANewEntityAndUndoesCleanly() throws Exception {
        SuggestionMerger.Merge merge = SuggestionMerger.merge(doc, suggestions());
        history.execute(merge.edit());

        assertThat(merge.addedTotal()).isEqualTo(3);
        assertThat(merge.newEntities()).isEqualTo(1);
        assertThat(doc.pendingCount()).isEqualTo(3);
        Entity hugo = doc.entityNamed("Hugo Rodriguez").orElseThrow();
        Annotation mention = only(AnnotationType.SPEAKER);
        Annotation quote = only(AnnotationType.QUOTE);
        assertThat(mention.entityId()).isEqualTo(hugo.id());
        assertThat(quote.speakerId()).isEqualTo(hugo.id());
        assertThat(quote.viaId()).isEqualTo(mention.id());
        assertThat(quote.form()).isEqualTo(QuoteForm.DIRECT);
        assertThat(doc.textOf(quote)).isEqualTo("We have to work with them,");
        assertThat(only(AnnotationType.CLAIM).speakerId()).isEqualTo(hugo.id());

        // What the merge made is a valid file.
        byte[] bytes = AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc));
        Path file = Path.of("story.annotations.json");
        AnnotatedDocument reread = DocumentBinder.bind(file, AnnotationFileReader.parse(file, bytes), doc.source()).document();
        assertThat(reread.annotations()).containsExactlyElementsOf(doc.annotations());

        history.undo();
        assertThat(doc.size()).isZero();
        assertThat(doc.entities()).isEmpty();
    }

    @Test
    void neverTouchesOrRepeatsTheAnalystsAnnotations() {
        Annotation analystQuote = tag(AnnotationType.QUOTE, 1, at(",\""));   // the quote without its comma
        Annotation analystClaim = tag(AnnotationType.CLAIM, at("plan"), end("plan works."));
        List<Annotation> before = doc.annotations();

        history.execute(SuggestionMerger.merge(doc, suggestions()).edit());

        assertThat(doc.annotations()).containsAll(before);
        assertThat(doc.annotation(analystQuote.id())).contains(analystQuote);
        assertThat(doc.annotation(analystClaim.id())).contains(analystClaim);
        assertThat(doc.count(AnnotationType.QUOTE)).isEqualTo(1);
        assertThat(doc.count(AnnotationType.CLAIM)).isEqualTo(1);
        assertThat(doc.count(AnnotationType.SPEAKER)).isEqualTo(1);
    }

    @Test
    void aSuggestionOverlappingLessThanHalfOfTheShorterSpanIsStillAdded() {
        Annotation a = Annotation.of("x", AnnotationType.QUOTE, 0, 50);
        assertThat(SuggestionMerger.heavilyOverlaps(a, Annotation.of("y", AnnotationType.QUOTE, 5, 45))).isTrue();
        assertThat(SuggestionMerger.heavilyOverlaps(a, Annotation.of("y", AnnotationType.QUOTE, 25, 200))).isTrue();
        assertThat(SuggestionMerger.heavilyOverlaps(a, Annotation.of("y", AnnotationType.QUOTE, 40, 100))).isFalse();
        assertThat(SuggestionMerger.heavilyOverlaps(a, Annotation.of("y", AnnotationType.QUOTE, 50, 100))).isFalse();

        tag(AnnotationType.CLAIM, at("Rodriguez said the"), end("Rodriguez said the"));
        history.execute(SuggestionMerger.merge(doc, suggestions()).edit());
        assertThat(doc.count(AnnotationType.CLAIM)).isEqualTo(2);
    }

    @Test
    void suggestedSpeakersJoinTheDocumentsEntityOfTheSameName() {
        Annotation analystMention = tag(AnnotationType.SPEAKER, at("Rodriguez said the"), at("Rodriguez said the") + 9);
        Entity rodriguez = doc.entity(analystMention.entityId()).orElseThrow();
        Entity hugo = new Entity("s-e1", "Rodriguez", EntityKind.PERSON);
        Annotation claim = Annotation.of("s-c1", AnnotationType.CLAIM, at("nothing"), end("nothing more"))
                .withSpeaker("s-e1", null).withPending(true);

        history.execute(SuggestionMerger.merge(doc, new Suggestions(List.of(hugo), List.of(claim))).edit());

        assertThat(doc.entities()).containsExactly(rodriguez);
        assertThat(only(AnnotationType.CLAIM).speakerId()).isEqualTo(rodriguez.id());
    }

    @Test
    void aSuggestedMentionRepeatingTheAnalystsOneLinksToItInstead() {
        Annotation analystMention = tag(AnnotationType.SPEAKER, at("Hugo Rodriguez"), end("Hugo Rodriguez"));
        history.execute(SuggestionMerger.merge(doc, suggestions()).edit());

        Annotation quote = only(AnnotationType.QUOTE);
        assertThat(quote.viaId()).isEqualTo(analystMention.id());
        assertThat(quote.speakerId()).isEqualTo(analystMention.entityId());
        assertThat(doc.entities()).hasSize(1);
        assertThat(doc.annotation(analystMention.id())).contains(analystMention);
    }

    @Test
    void suggestingTwiceAddsNothingTheSecondTime() {
        history.execute(SuggestionMerger.merge(doc, suggestions()).edit());
        List<Annotation> once = doc.annotations();
        SuggestionMerger.Merge again = SuggestionMerger.merge(doc, suggestions());
        assertThat(again.addedTotal()).isZero();
        assertThat(again.skipped()).isEqualTo(3);
        history.execute(again.edit());
        assertThat(doc.annotations()).isEqualTo(once);
        assertThat(doc.entities()).hasSize(1);
    }

    @Test
    void acceptingAQuoteKeepsItsSpeakerAndAcceptsTheMentionItGoesThrough() {
        history.execute(SuggestionMerger.merge(doc, suggestions()).edit());
        Annotation quote = only(AnnotationType.QUOTE);

        history.execute(editor.accept(quote));

        Annotation accepted = doc.annotation(quote.id()).orElseThrow();
        assertThat(accepted.pending()).isFalse();
        assertThat(accepted.speakerId()).isEqualTo(quote.speakerId());
        assertThat(accepted.viaId()).isEqualTo(quote.viaId());
        assertThat(doc.annotation(quote.viaId()).orElseThrow().pending()).isFalse();
        assertThat(only(AnnotationType.CLAIM).pending()).isTrue();
        assertThat(doc.pendingCount()).isEqualTo(1);

        history.undo();
        assertThat(doc.pendingCount()).isEqualTo(3);
    }

    @Test
    void rejectingAMentionUnlinksWhatWentThroughItAndKeepsTheSpeaker() {
        history.execute(SuggestionMerger.merge(doc, suggestions()).edit());
        Annotation mention = only(AnnotationType.SPEAKER);

        history.execute(editor.reject(mention));

        assertThat(doc.count(AnnotationType.SPEAKER)).isZero();
        Annotation quote = only(AnnotationType.QUOTE);
        assertThat(quote.viaId()).isNull();
        assertThat(quote.speakerId()).isEqualTo(mention.entityId());
        assertThat(doc.entity(mention.entityId())).isPresent();

        history.undo();
        assertThat(doc.annotation(mention.id())).contains(mention);
        assertThat(only(AnnotationType.QUOTE).viaId()).isEqualTo(mention.id());
    }

    @Test
    void rejectingTheLastUseOfASuggestedSpeakerRemovesIt() {
        history.execute(SuggestionMerger.merge(doc, suggestions()).edit());
        history.execute(editor.rejectAll(AnnotationType.SPEAKER));
        history.execute(editor.rejectAll(AnnotationType.CLAIM));
        assertThat(doc.entities()).hasSize(1);
        history.execute(editor.reject(only(AnnotationType.QUOTE)));
        assertThat(doc.size()).isZero();
        assertThat(doc.entities()).isEmpty();
    }

    @Test
    void acceptingTheSureOnesLeavesTheUnsureAndThoseOfUnknownCertaintyAndIsOneStep() {
        Suggestions given = suggestions();
        List<Annotation> graded = List.of(
                given.annotations().get(0).withConfidence(0.6).withReason("speaker found by a pronoun"),
                given.annotations().get(1).withConfidence(0.9),
                given.annotations().get(2).withConfidence(0.5).withReason("no reporting verb found"));
        history.execute(SuggestionMerger.merge(doc, new Suggestions(given.entities(), graded)).edit());
        assertThat(only(AnnotationType.CLAIM).reason()).as("the merger keeps the reason").isEqualTo("no reporting verb found");
        Annotation analysts = tag(AnnotationType.CLAIM, at("Officials"), end("Officials said"));

        history.execute(editor.acceptConfident(0.8));

        Annotation quote = only(AnnotationType.QUOTE);
        assertThat(quote.pending()).isFalse();
        assertThat(quote.confidence()).as("accepted: the analyst's own").isNull();
        assertThat(only(AnnotationType.SPEAKER).pending()).as("the mention the sure quote goes through").isFalse();
        assertThat(doc.annotations()).filteredOn(a -> a.type() == AnnotationType.CLAIM && a.pending())
                .singleElement().satisfies(c -> assertThat(c.confidence()).isEqualTo(0.5));
        assertThat(doc.annotation(analysts.id())).contains(analysts);
        history.undo();
        assertThat(doc.pendingCount()).as("one step").isEqualTo(3);
    }

    @Test
    void acceptAllAndRejectAllActOnPendingSuggestionsOfOneTypeOnly() {
        Annotation analystClaim = tag(AnnotationType.CLAIM, at("Officials"), end("Officials said"));
        history.execute(SuggestionMerger.merge(doc, suggestions()).edit());

        history.execute(editor.acceptAll(AnnotationType.QUOTE));
        assertThat(only(AnnotationType.QUOTE).pending()).isFalse();
        assertThat(only(AnnotationType.SPEAKER).pending()).isFalse();   // the quote's mention

        history.execute(editor.rejectAll(AnnotationType.CLAIM));
        assertThat(doc.annotations()).filteredOn(a -> a.type() == AnnotationType.CLAIM).containsExactly(analystClaim);
        assertThat(doc.pendingCount()).isZero();

        history.undo();
        history.undo();
        assertThat(doc.pendingCount()).isEqualTo(3);
    }
}
