package org.attrib.ui.viewmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.ui.article.HighlightsViewModel;
import org.attrib.ui.article.NavigationViewModel;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.document.SaveState;
import org.attrib.ui.speakers.SpeakersViewModel;
import org.attrib.ui.suggest.SuggestViewModel;
import org.attrib.ui.tagging.TaggingViewModel;
import org.attrib.testsupport.SampleArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view-models alone, without a window or a JavaFX thread: every executor runs at once, on the
 * test's thread. What needs no keys, focus or rendering is tested here, in milliseconds.
 */
class ViewModelsWithoutAWindowTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    private Path story;
    private DocumentViewModel doc;
    private TaggingViewModel tagging;
    private NavigationViewModel navigation;
    private SuggestViewModel suggest;
    private SpeakersViewModel speakers;
    private String text;

    @BeforeEach
    void open() throws Exception {
        story = dir.resolve("story.txt");
        Files.copy(SampleArticle.SAMPLE, story);
        doc = new DocumentViewModel(DocumentFiles.open(story), false, Duration.ZERO, NOW, NOW);
        HighlightsViewModel highlights = new HighlightsViewModel(doc);
        tagging = new TaggingViewModel(doc);
        navigation = new NavigationViewModel(doc);
        suggest = new SuggestViewModel(doc, navigation);
        speakers = new SpeakersViewModel(doc, highlights);
        text = doc.text();
    }

    private int[] span(String s) {
        int at = text.indexOf(s);
        assertThat(at).as(s).isNotNegative();
        return new int[] {at, at + s.length()};
    }

    private Annotation tag(AnnotationType type, String s) {
        int[] r = span(s);
        return tagging.tag(type, r[0], r[1], false).orElseThrow();
    }

    @Test
    void aTagSelectsItsAnnotationATypeKeyRetypesItAndEachIsOneUndoStep() {
        Annotation quote = tag(AnnotationType.QUOTE, "interventionism");
        assertThat(doc.getSelected()).isEqualTo(quote);
        assertThat(doc.countProperty(AnnotationType.QUOTE).get()).isEqualTo(1);
        Annotation claim = tagging.typeKey(AnnotationType.CLAIM, 0, 0, false).orElseThrow();
        assertThat(claim.type()).isEqualTo(AnnotationType.CLAIM);
        assertThat(doc.undoDescriptionProperty().get()).startsWith("Retype quote as claim");
        doc.undo();
        doc.undo();
        assertThat(doc.annotations()).isEmpty();
        assertThat(doc.canUndoProperty().get()).isFalse();
    }

    @Test
    void aSpeakerTagIsTrimmedAndAGuessedOrganisationAndATakesTheNearestSpeakerThenTheNext() {
        Annotation dept = tag(AnnotationType.SPEAKER, "The U.S. State Department");
        assertThat(doc.textOf(dept)).isEqualTo("U.S. State Department");
        Entity state = doc.speakerOf(dept).orElseThrow();
        assertThat(state.kind()).isEqualTo(EntityKind.ORGANISATION);
        tag(AnnotationType.SPEAKER, "President Donald Trump");
        Annotation claim = tag(AnnotationType.CLAIM, "he wanted to designate them as terrorist groups");
        assertThat(tagging.attributeToNearest()).isTrue();
        String first = doc.speakerOf(doc.getSelected()).orElseThrow().name();
        assertThat(tagging.attributeToNearest()).as("A again: the next candidate").isTrue();
        String second = doc.speakerOf(doc.getSelected()).orElseThrow().name();
        assertThat(List.of(first, second)).containsExactlyInAnyOrder("President Donald Trump", "U.S. State Department");
        assertThat(doc.getSelected().id()).isEqualTo(claim.id());
    }

    @Test
    void reviewingSuggestionsGoesOneWayAndSettlingATypeIsOneStep() {
        suggest.suggest();
        assertThat(doc.pendingCountProperty().get()).isPositive();
        Annotation first = doc.getSelected();
        assertThat(first.pending()).isTrue();
        suggest.acceptSuggestion(0);
        Annotation second = doc.getSelected();
        assertThat(Annotation.DOCUMENT_ORDER.compare(second, first)).isPositive();
        suggest.rejectSuggestion(0);
        assertThat(Annotation.DOCUMENT_ORDER.compare(doc.getSelected(), second)).isPositive();
        int pending = doc.pendingCountProperty().get();
        suggest.settleAllSuggestions(AnnotationType.QUOTE, false);
        assertThat(doc.annotations()).noneMatch(a -> a.pending() && a.type() == AnnotationType.QUOTE);
        doc.undo();
        assertThat(doc.pendingCountProperty().get()).isEqualTo(pending);
    }

    @Test
    void speakersMergeRenameAndKindAreUndoableAndTheMergedNameIsTheAnalysts() {
        Annotation amlo = tag(AnnotationType.SPEAKER, "Mexican President Andres Manuel Lopez Obrador");
        int at = text.indexOf("Lopez Obrador", span("Mexican President Andres Manuel Lopez Obrador")[1]);
        Annotation short1 = tagging.tag(AnnotationType.SPEAKER, at, at + "Lopez Obrador".length(), false).orElseThrow();
        Entity a = doc.speakerOf(amlo).orElseThrow();
        Entity b = doc.speakerOf(short1).orElseThrow();
        assertThat(a).isNotEqualTo(b);
        assertThat(speakers.rename(b, "AMLO")).isTrue();
        Entity kept = speakers.merge(List.of(doc.speakerOf(amlo).orElseThrow(), doc.speakerOf(short1).orElseThrow())).orElseThrow();
        assertThat(kept.name()).isEqualTo("AMLO");
        assertThat(speakers.rows()).hasSize(1);
        assertThat(speakers.cycleKind(List.of(kept))).isTrue();
        doc.undo();
        doc.undo();
        assertThat(speakers.rows()).hasSize(2);
    }

    @Test
    void theSaveStateFollowsTheHistoryAndASavedFileIsTheDocument() throws Exception {
        assertThat(doc.saving().saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        tag(AnnotationType.QUOTE, "interventionism");
        assertThat(doc.saving().saveStateProperty().get()).isEqualTo(SaveState.UNSAVED);
        assertThat(doc.titleProperty().get()).startsWith("story.txt*");
        assertThat(doc.saving().save()).isTrue();
        org.attrib.testsupport.Await.until("saved", () -> doc.saving().saveStateProperty().get() == SaveState.SAVED);
        assertThat(doc.titleProperty().get()).startsWith("story.txt ");
        assertThat(Files.readString(AnnotationFormat.annotationFileFor(story))).contains("\"text\": \"interventionism\"");
        doc.undo();
        assertThat(doc.saving().saveStateProperty().get()).as("undo past the save").isEqualTo(SaveState.UNSAVED);
        doc.redo();
        assertThat(doc.saving().saveStateProperty().get()).as("redo back to the saved state").isEqualTo(SaveState.SAVED);
    }

    @Test
    void stepThroughFiltersPickTheirAnnotations() {
        tag(AnnotationType.SPEAKER, "Hugo Rodriguez");
        tag(AnnotationType.QUOTE, "interventionism");
        tag(AnnotationType.CLAIM, "it would respond in kind to such a move");
        tagging.attributeToNearest();
        doc.select(null);
        navigation.navigationFilterProperty().set(NavigationViewModel.NavigationFilter.UNATTRIBUTED);
        assertThat(navigation.navigate(true)).get().satisfies(a -> assertThat(a.type()).isEqualTo(AnnotationType.QUOTE));
        navigation.navigationFilterProperty().set(NavigationViewModel.NavigationFilter.ALL);
        assertThat(navigation.navigate(true)).get().satisfies(a -> assertThat(a.type()).isEqualTo(AnnotationType.CLAIM));
    }
}
