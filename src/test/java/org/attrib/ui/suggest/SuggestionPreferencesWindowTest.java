package org.attrib.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.ui.app.AppPreferences;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.Test;

/** The Suggest menu's preference to suggest on open, and accepting or rejecting all suggestions of one type. */
class SuggestionPreferencesWindowTest extends WindowTestBase {

    @Test
    void withSuggestOnOpenAnOpenedArticleShowsSuggestionsUnasked() throws Exception {
        AppPreferences.load().clear();
        AppPreferences prefs = AppPreferences.load();
        prefs.setAutosaveDelay(Duration.ZERO);
        prefs.setSuggestOnOpen(true);

        MainWindow w = harness.openKeepingPreferences(UiTestSupport.copySample(dir));

        assertThat(w.mainViewModel().suggestOnOpenProperty().get()).isTrue();
        assertThat(menuItem(w, "_Suggest", "Suggest when an article opens"))
                .isInstanceOfSatisfying(javafx.scene.control.CheckMenuItem.class, c -> assertThat(c.isSelected()).isTrue());
        DocumentViewModel d = WindowHarness.document(w);
        UiTestSupport.waitUntil("suggestions arrive without F5", () -> d.pendingCountProperty().get() > 0);
        assertThat(d.annotations()).allMatch(Annotation::pending);
    }

    @Test
    void withoutSuggestOnOpenNothingIsSuggested() throws Exception {
        MainWindow w = harness.open(UiTestSupport.copySample(dir));
        assertThat(w.mainViewModel().suggestOnOpenProperty().get()).as("off by default").isFalse();

        // A suggestion run would have been started on the JavaFX thread when the article was shown and
        // queued on the background thread: once that queue and then the JavaFX queue are drained, it
        // would have arrived.
        assertThat(w.mainViewModel().current().suggest().runningProperty().get()).isFalse();
        io.submit(() -> { }).get();
        harness.settle();
        assertThat(WindowHarness.document(w).pendingCountProperty().get()).isZero();
        assertThat(WindowHarness.document(w).annotations()).isEmpty();

        // Turning it on from the menu is kept in the preferences for the next run.
        MenuItem onOpen = menuItem(w, "_Suggest", "Suggest when an article opens");
        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) onOpen).setSelected(true));
        assertThat(AppPreferences.load().suggestOnOpen()).isTrue();
    }

    @Test
    void rejectAllOfOneTypeRemovesOnlyThoseAndUndoBringsThemBack() throws Exception {
        MainWindow w = harness.open(UiTestSupport.copySample(dir));
        DocumentViewModel d = suggested(w);
        Map<String, Annotation> before = byId(d);
        assertThat(before.values()).as("the suggester finds quotes and other types").anyMatch(a -> a.type() == AnnotationType.QUOTE)
                .anyMatch(a -> a.type() != AnnotationType.QUOTE);

        fire(menuItem(w, "_Suggest", "Reject all quote suggestions"));

        Map<String, Annotation> after = byId(d);
        assertThat(after.values()).noneMatch(a -> a.type() == AnnotationType.QUOTE);
        before.values().stream().filter(a -> a.type() != AnnotationType.QUOTE)
                .forEach(a -> assertThat(after.get(a.id())).as("untouched: " + a.id()).isEqualTo(a));
        assertThat(after).hasSize((int) before.values().stream().filter(a -> a.type() != AnnotationType.QUOTE).count());

        robot.interact(d.history()::undo);
        assertThat(byId(d)).isEqualTo(before);
    }

    @Test
    void acceptAllOfOneTypeAcceptsOnlyThoseAndUndoMakesThemPendingAgain() throws Exception {
        MainWindow w = harness.open(UiTestSupport.copySample(dir));
        DocumentViewModel d = suggested(w);
        Map<String, Annotation> before = byId(d);
        assertThat(before.values()).as("the suggester finds claims").anyMatch(a -> a.type() == AnnotationType.CLAIM);

        fire(menuItem(w, "_Suggest", "Accept all claim suggestions"));

        Map<String, Annotation> after = byId(d);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        // A claim is accepted with the mention it is attributed through; nothing else changes.
        java.util.Set<String> vias = after.values().stream().filter(a -> a.type() == AnnotationType.CLAIM && a.viaId() != null)
                .map(Annotation::viaId).collect(Collectors.toSet());
        for (Annotation a : before.values()) {
            Annotation now = after.get(a.id());
            if (a.type() == AnnotationType.CLAIM || vias.contains(a.id())) {
                assertThat(now.pending()).as("accepted: " + a.id()).isFalse();
                assertThat(now.confidence()).as("an accepted suggestion is the analyst's, without a confidence").isNull();
                assertThat(now.withPending(true).withConfidence(a.confidence())).isEqualTo(a);
            } else {
                assertThat(now).as("untouched: " + a.id()).isEqualTo(a);
            }
        }
        assertThat(after.values()).as("quotes are still suggestions")
                .filteredOn(a -> a.type() == AnnotationType.QUOTE).isNotEmpty().allMatch(Annotation::pending);

        robot.interact(d.history()::undo);
        assertThat(byId(d)).isEqualTo(before);
    }

    /** The open article with the suggester's proposals, all pending. */
    private DocumentViewModel suggested(MainWindow w) {
        DocumentViewModel d = WindowHarness.document(w);
        fire(menuItem(w, "_Suggest", "Suggest quotes, speakers and claims"));
        UiTestSupport.waitUntil("suggestions arrive", () -> d.pendingCountProperty().get() > 0
                && !w.mainViewModel().current().suggest().runningProperty().get());
        assertThat(d.annotations()).allMatch(Annotation::pending);
        return d;
    }

    private static Map<String, Annotation> byId(DocumentViewModel d) {
        return d.annotations().stream().collect(Collectors.toMap(Annotation::id, a -> a));
    }

    private void fire(MenuItem item) {
        robot.interact(item::fire);
        harness.settle();
    }

    private MenuItem menuItem(MainWindow w, String... path) {
        return harness.menuItem(w, path);
    }
}
