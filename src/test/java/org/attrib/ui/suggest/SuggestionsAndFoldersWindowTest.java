package org.attrib.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.attrib.ui.article.NavigationViewModel;
import org.attrib.core.corpus.DocumentSummary;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.Test;

/** Suggestions accepted and rejected with one key; a folder worked through with the document list. */
class SuggestionsAndFoldersWindowTest extends WindowTestBase {

    @Test
    void suggestionsAreDrawnApartAndEnterAcceptsBackspaceRejects() throws Exception {
        MainWindow w = harness.open(UiTestSupport.copySample(dir));
        DocumentViewModel d = WindowHarness.document(w);
        robot.type(KeyCode.F5);
        UiTestSupport.waitUntil("suggestions arrive", () -> d.pendingCountProperty().get() > 0);
        int suggested = d.pendingCountProperty().get();
        Annotation first = d.getSelected();
        assertThat(first).as("the first suggestion is selected").isNotNull();
        assertThat(first.pending()).isTrue();
        int[] r = d.charRange(first);
        assertThat(WindowHarness.styleAt(w, r[0])).contains(first.type().id() + "-pending").doesNotContain(first.type().id());
        assertThat(d.countProperty(AnnotationType.QUOTE).get()).isPositive();

        robot.type(KeyCode.ENTER);
        harness.settle();
        Annotation accepted = d.annotations().stream().filter(a -> a.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(accepted.pending()).isFalse();
        assertThat(WindowHarness.styleAt(w, r[0])).contains(first.type().id());
        assertThat(d.pendingCountProperty().get()).isLessThan(suggested);

        Annotation next = d.getSelected();
        assertThat(next.pending()).as("accepting moves to the next suggestion").isTrue();
        int before = d.annotations().size();
        robot.type(KeyCode.BACK_SPACE);
        harness.settle();
        assertThat(d.annotations()).hasSize(before - 1).noneMatch(a -> a.id().equals(next.id()));
        Annotation afterReject = d.getSelected();
        assertThat(afterReject).as("rejecting moves on too").isNotNull();
        assertThat(afterReject.pending()).isTrue();
        assertThat(Annotation.DOCUMENT_ORDER.compare(afterReject, next)).as("onwards, the way accepting went").isPositive();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(d.annotations()).anyMatch(a -> a.id().equals(next.id()) && a.pending());
    }

    @Test
    void reviewingGoesOnPastTheLastSuggestionToTheFirstAndSaysWhenNoneAreLeft() throws Exception {
        MainWindow w = harness.open(UiTestSupport.copySample(dir));
        DocumentViewModel d = WindowHarness.document(w);
        robot.type(KeyCode.F5);
        UiTestSupport.waitUntil("suggestions arrive", () -> d.pendingCountProperty().get() > 0);
        Annotation last = d.annotations().stream().filter(Annotation::pending).max(Annotation.DOCUMENT_ORDER).orElseThrow();
        Annotation firstPending = d.annotations().stream().filter(Annotation::pending).min(Annotation.DOCUMENT_ORDER).orElseThrow();
        robot.interact(() -> d.select(last));
        robot.type(KeyCode.BACK_SPACE);
        harness.settle();
        assertThat(d.getSelected()).as("round to the first").isEqualTo(firstPending);
        int steps = 0;
        while (d.pendingCountProperty().get() > 0 && steps++ < 500) {
            robot.interact(() -> w.mainViewModel().current().suggest().rejectSuggestion(0));
        }
        harness.settle();
        assertThat(d.pendingCountProperty().get()).isZero();
        assertThat(d.getSelected()).isNull();
        assertThat(d.messageProperty().get()).endsWith("No suggestions left.");
    }

    @Test
    void stepThroughSuggestionsLeastCertainFirst() throws Exception {
        MainWindow w = harness.open(UiTestSupport.copySample(dir));
        DocumentViewModel d = WindowHarness.document(w);
        robot.type(KeyCode.F5);
        UiTestSupport.waitUntil("suggestions arrive", () -> d.pendingCountProperty().get() > 0);
        int pending = d.pendingCountProperty().get();
        robot.interact(() -> {
            w.mainViewModel().current().navigation().navigationFilterProperty().unbind();
            w.mainViewModel().current().navigation().navigationFilterProperty().set(NavigationViewModel.NavigationFilter.LEAST_CERTAIN);
            d.select(null);
        });
        java.util.List<Double> seen = new java.util.ArrayList<>();
        for (int i = 0; i < pending; i++) {
            robot.interact(() -> w.mainViewModel().current().navigation().navigate(true));
            Annotation a = d.getSelected();
            assertThat(a.pending()).isTrue();
            assertThat(a.confidence()).as("every suggestion says how sure it is").isNotNull().isBetween(0.0, 1.0);
            seen.add(a.confidence());
        }
        assertThat(seen).as("least certain first").isSorted();
        assertThat(seen.get(0)).isLessThan(seen.get(seen.size() - 1));
        assertThat(d.messageProperty().get()).contains("certainty").contains("of " + pending);
    }

    @Test
    void stepThroughUnattributedQuotesAndClaims() throws Exception {
        MainWindow w = harness.open(UiTestSupport.copySample(dir));
        DocumentViewModel d = WindowHarness.document(w);
        String text = d.text();
        int q = text.indexOf("interventionism");
        int h = text.indexOf("Hugo Rodriguez");
        robot.interact(() -> {
            w.mainViewModel().current().tagging().tag(AnnotationType.SPEAKER, h, h + 14, false);
            w.mainViewModel().current().tagging().tag(AnnotationType.QUOTE, q, q + 15, false);
            int c = text.indexOf("it would respond in kind");
            w.mainViewModel().current().tagging().tag(AnnotationType.CLAIM, c, c + 24, false);
            w.mainViewModel().current().tagging().attributeToNearest();
            d.select(null);
            w.mainViewModel().current().navigation().navigationFilterProperty().unbind();
            w.mainViewModel().current().navigation().navigationFilterProperty().set(NavigationViewModel.NavigationFilter.UNATTRIBUTED);
        });
        robot.interact(() -> w.mainViewModel().current().navigation().navigate(true));
        assertThat(d.getSelected().type()).isEqualTo(AnnotationType.QUOTE);
        assertThat(d.getSelected().speakerId()).isNull();
        robot.interact(() -> w.mainViewModel().current().navigation().navigate(true));
        assertThat(d.messageProperty().get()).as("the attributed claim is skipped").startsWith("No other");
    }

    @Test
    void aFolderListsItsArticlesAndCtrlPageDownMovesThroughThem() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        for (String name : new String[] {"a.txt", "b.txt", "sub/c.txt"}) {
            Path p = folder.resolve(name);
            Files.createDirectories(p.getParent());
            Files.copy(UiTestSupport.SAMPLE, p);
        }
        MainWindow w = harness.open(folder);
        @SuppressWarnings("unchecked")
        TableView<DocumentSummary> list = (TableView<DocumentSummary>) robot.lookup("#documents-table").query();
        UiTestSupport.waitUntil("three articles listed", () -> list.getItems().size() == 3);
        assertThat(WindowHarness.document(w).sourcePath().getFileName().toString()).isEqualTo("a.txt");

        int at = WindowHarness.document(w).text().indexOf("Hugo Rodriguez");
        harness.select(w, at, at + 14);
        robot.type(KeyCode.S);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(list.getItems().get(0).status()).isEqualTo(DocumentStatus.DONE);
        assertThat(list.getItems().get(0).speakers()).isEqualTo(1);
        assertThat(robot.lookup("#corpus-progress").queryAs(ProgressBar.class).getProgress()).isCloseTo(1 / 3.0,
                org.assertj.core.data.Offset.offset(0.001));

        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        UiTestSupport.waitUntil("b.txt is open", () -> WindowHarness.document(w).sourcePath().getFileName().toString().equals("b.txt"));
        // The save runs on the autosaver's thread, the next article opens on another: wait for both.
        Path aJson = folder.resolve("a.annotations.json");
        UiTestSupport.waitUntil("a.txt saved on the way", () -> Files.exists(aJson));
        assertThat(Files.readString(aJson)).as("saved on the way")
                .contains("\"status\": \"done\"").contains("Hugo Rodriguez");
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        UiTestSupport.waitUntil("sub/c.txt is open", () -> WindowHarness.document(w).sourcePath().endsWith(Path.of("sub", "c.txt")));
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_UP).release(KeyCode.CONTROL);
        UiTestSupport.waitUntil("back to b.txt", () -> WindowHarness.document(w).sourcePath().getFileName().toString().equals("b.txt"));
    }

    @Test
    void aSingleClickOpensAnArticleAndTheOpenOneStaysMarkedAfterCtrlD() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        String longName = "2024-03-22-voa-learning-english-a-very-long-scraped-name-that-ends-differently-";
        for (String name : new String[] {longName + "one.txt", longName + "two.txt"}) {
            Files.copy(UiTestSupport.SAMPLE, folder.resolve(name));
        }
        MainWindow w = harness.open(folder);
        @SuppressWarnings("unchecked")
        TableView<DocumentSummary> list = (TableView<DocumentSummary>) robot.lookup("#documents-table").query();
        UiTestSupport.waitUntil("two articles listed", () -> list.getItems().size() == 2);
        harness.settle();
        var cells = robot.lookup("#documents-table .table-cell").lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().startsWith("2024")).queryAllAs(javafx.scene.control.TableCell.class);
        assertThat(cells).hasSize(2).allSatisfy(c -> {
            assertThat(c.getTooltip().getText()).as("the whole name").endsWith(".txt");
            String shown = ((javafx.scene.text.Text) c.lookup(".text")).getText();
            assertThat(shown).as("cut in the middle: the distinguishing end stays").matches("(?s).*(one|two)\\.txt$");
        });

        javafx.scene.Node second = cells.stream().filter(c -> ((String) c.getItem()).contains("two")).findFirst().orElseThrow();
        robot.clickOn(second);
        UiTestSupport.waitUntil("the second article is open",
                () -> WindowHarness.document(w).sourcePath().getFileName().toString().endsWith("two.txt"));
        harness.settle();
        robot.interact(w.article()::focus);
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(list.getItems().get(1).status()).isEqualTo(DocumentStatus.DONE);
        assertThat(list.getSelectionModel().getSelectedIndex()).as("still selected after Ctrl+D").isEqualTo(1);
        var currentRows = robot.lookup("#documents-table .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("current"))).toList();
        assertThat(currentRows).singleElement().satisfies(r -> assertThat(r.getIndex()).isEqualTo(1));
    }
}
