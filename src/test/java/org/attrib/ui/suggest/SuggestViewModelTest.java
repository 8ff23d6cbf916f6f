package org.attrib.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.ui.testing.SampleViewModelTest;
import org.junit.jupiter.api.Test;

/** Reviewing suggestions one by one and settling a type at once, without a window: executors run at once on the test's thread. */
class SuggestViewModelTest extends SampleViewModelTest {

    @Test
    void reviewingSuggestionsGoesOneWayAndSettlingATypeIsOneStep() {
        s.suggest.suggest();
        assertThat(s.doc.pendingCountProperty().get()).isPositive();
        Annotation first = s.doc.getSelected();
        assertThat(first.pending()).isTrue();
        s.suggest.acceptSuggestion(0);
        Annotation second = s.doc.getSelected();
        assertThat(Annotation.DOCUMENT_ORDER.compare(second, first)).isPositive();
        s.suggest.rejectSuggestion(0);
        assertThat(Annotation.DOCUMENT_ORDER.compare(s.doc.getSelected(), second)).isPositive();
        int pending = s.doc.pendingCountProperty().get();
        s.suggest.settleAllSuggestions(AnnotationType.QUOTE, false);
        assertThat(s.doc.annotations()).noneMatch(a -> a.pending() && a.type() == AnnotationType.QUOTE);
        s.doc.history().undo();
        assertThat(s.doc.pendingCountProperty().get()).isEqualTo(pending);
    }

    @Test
    void acceptingTheSureOnesFollowsThePreferenceAndTheUnsureSayWhy() {
        s.suggest.suggest();
        s.doc.confidentFromProperty().set(0.8);
        List<Annotation> unsure = s.doc.annotations().stream()
                .filter(a -> a.pending() && a.type().isAttributable() && a.confidence() != null && a.confidence() < 0.8).toList();
        long sure = s.doc.annotations().stream().filter(a -> a.pending() && a.confidence() != null && a.confidence() >= 0.8).count();
        assertThat(sure).as("the sample has sure suggestions").isPositive();
        assertThat(unsure).as("and unsure quotes or claims (a mention may go with a sure one)").isNotEmpty();
        assertThat(s.doc.describe(unsure.get(0))).contains(", unsure (" + unsure.get(0).confidence() + ")");

        s.suggest.acceptSure();

        assertThat(s.doc.annotations()).filteredOn(Annotation::pending)
                .allSatisfy(a -> assertThat(a.confidence() == null || a.confidence() < 0.8).isTrue())
                .extracting(Annotation::id).containsAll(unsure.stream().map(Annotation::id).toList());
        assertThat(s.doc.messageProperty().get()).startsWith("Accepted ").contains("of certainty 0.8 or more");
        assertThat(s.doc.history().undoDescriptionProperty().get()).isEqualTo("Accept suggestions of certainty 0.8 or more");
    }
}
