package org.attrib.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.speakers.SpeakersViewModel;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.attrib.ui.testing.CartelSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Nothing changes that the analyst did not change: refreshing a control (its list rebuilt, its
 * value synced to the selection) never writes to the document.
 */
class NoSilentChangesWindowTest extends WindowTestBase {

    private static final String CARTEL = CartelSample.NAME;
    private static final String OTHER = "voa-le-2024-03-22-virtual-fences-for-cows";
    private static final String QUOTE = CartelSample.QUOTE;
    private static final String CLAIM = CartelSample.CLAIM;
    private static final String MEXICO = CartelSample.MEXICO;
    private static final String AMLO = CartelSample.AMLO;
    private static final String AMLO_MENTION = CartelSample.AMLO_MENTION;

    private MainWindow w;

    @BeforeEach
    void openTheSampleWithItsAnnotations() throws Exception {
        CartelSample.copy(OTHER, dir);
        w = harness.open(CartelSample.copy(dir));
    }

    private MainViewModel.Loaded loaded() {
        return w.mainViewModel().current();
    }

    private SpeakersViewModel speakers() {
        return loaded().speakers();
    }

    private Annotation annotation(String id) {
        return doc().annotations().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private Entity entity(String id) {
        return speakers().entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** What the document holds: its annotations and its speakers. */
    private record State(Set<Annotation> annotations, Set<Entity> entities) {
    }

    private State state() {
        return new State(new HashSet<>(doc().annotations()), new HashSet<>(speakers().entities()));
    }

    private static State state(AnnotatedDocument d) {
        return new State(new HashSet<>(d.annotations()), new HashSet<>(d.entities()));
    }

    /** The controls that can write to the document, and how the analyst would have left each one. */
    enum Control {
        PICKER, FORM, CHECK_WORTHY, NOTE, KIND, SPEAKER_TABLE
    }

    /** Leaves a control as the analyst would when the program then changes what it shows. */
    private void activate(Control c) {
        robot.interact(() -> doc().select(annotation(c == Control.CHECK_WORTHY ? CLAIM : QUOTE)));
        switch (c) {
            case PICKER -> robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
            case FORM -> robot.interact(() -> robot.lookup("#quote-form").query().requestFocus());
            case CHECK_WORTHY -> robot.interact(() -> robot.lookup("#check-worthy").query().requestFocus());
            case NOTE -> robot.clickOn("#note");
            case KIND, SPEAKER_TABLE -> {
                robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
                robot.interact(() -> {
                    var table = w.speakers().table();
                    for (int i = 0; i < table.getItems().size(); i++) {
                        if (table.getItems().get(i).entity().id().equals(MEXICO)) {
                            table.getSelectionModel().clearAndSelect(i);
                        }
                    }
                });
                if (c == Control.KIND) {
                    robot.interact(() -> robot.lookup("#speaker-kind").query().requestFocus());
                }
            }
        }
        harness.settle();
    }

    /** An edit the program makes (not through the control under test), as the view-models' callers make it. */
    private record Refresh(String name, Runnable apply, String description) {
    }

    private List<Refresh> edits() {
        return List.of(
                new Refresh("rename", () -> speakers().rename(entity(MEXICO), "Mexican government"),
                        "Rename speaker to Mexican government"),
                new Refresh("merge", () -> speakers().merge(List.of(entity(MEXICO), entity(AMLO))), "Merge 2 speakers"),
                new Refresh("split", () -> {
                    Annotation before = doc().getSelected();
                    doc().select(annotation(AMLO_MENTION));
                    speakers().splitSelectedMention();
                    doc().select(before);
                }, "Split off Mexican president"),
                new Refresh("delete", () -> speakers().delete(entity(MEXICO)), "Delete speaker Mexico"));
    }

    @ParameterizedTest
    @EnumSource(Control.class)
    void noControlWritesWhenTheProgramChangesWhatItShows(Control control) throws Exception {
        State original = state();
        for (Refresh r : edits()) {
            activate(control);
            robot.interact(r.apply());
            harness.settle();
            assertThat(doc().history().undoDescriptionProperty().get()).as(r.name() + ": the last step is the refresh itself")
                    .startsWith(r.description());
            assertThat(doc().history().canRedoProperty().get()).as(r.name() + ": nothing was done after it").isFalse();
            State after = state();
            assertThat(after).as(r.name() + " changed something").isNotEqualTo(original);

            activate(control);
            robot.interact(doc().history()::undo);
            harness.settle();
            assertThat(state()).as(r.name() + ", undone: one step takes the document back").isEqualTo(original);
            assertThat(doc().history().canUndoProperty().get()).as(r.name() + ", undone: no other step").isFalse();
            assertThat(doc().history().redoDescriptionProperty().get()).as(r.name() + ", undone: redo is still there")
                    .startsWith(r.description());

            activate(control);
            robot.interact(doc().history()::redo);
            harness.settle();
            assertThat(state()).as(r.name() + ", redone").isEqualTo(after);
            assertThat(doc().history().canRedoProperty().get()).as(r.name() + ", redone: nothing was done after it").isFalse();
            robot.interact(doc().history()::undo);
            harness.settle();
            assertThat(state()).isEqualTo(original);
        }

        // Reload: someone renamed Mexico in the file meanwhile; the window takes their version.
        Path cartel = dir.resolve(CARTEL + ".txt");
        DocumentFiles.Opened theirs = DocumentFiles.open(cartel);
        AnnotationEditor editor = new AnnotationEditor(theirs.document());
        editor.renameEntity(theirs.document().entity(MEXICO).orElseThrow(), "Mexico's government").redo();
        DocumentFiles.save(DocumentSnapshot.of(theirs.document()), AnnotationFormat.annotationFileFor(cartel));
        activate(control);
        robot.interact(() -> doc().saving().reloadTheirs());
        UiTestSupport.waitUntil("the file is reloaded", () -> doc().history().undoDescriptionProperty().get().equals("Reload from disk"));
        harness.settle();
        assertThat(state()).as("reloaded: the document is the file").isEqualTo(state(theirs.document()));
        assertThat(doc().history().canRedoProperty().get()).isFalse();
        assertThat(doc().history().dirtyProperty().get()).as("reloaded: nothing to save").isFalse();

        // Switching to another article and back: neither document gains a step.
        activate(control);
        DocumentViewModel first = doc();
        State firstState = state();
        robot.interact(() -> w.openAfterAsking(dir.resolve(OTHER + ".txt")));
        UiTestSupport.waitUntil("the other article is shown", () -> doc() != first);
        harness.settle();
        assertThat(doc().history().canUndoProperty().get()).as("the article switched to gains no step").isFalse();
        assertThat(new State(new HashSet<>(first.annotations()), firstState.entities())).isEqualTo(firstState);
        assertThat(first.history().undoDescriptionProperty().get()).isEqualTo("Reload from disk");
        DocumentViewModel second = doc();
        robot.interact(() -> w.openAfterAsking(cartel));
        UiTestSupport.waitUntil("the first article is back", () -> doc() != second);
        harness.settle();
        activate(control);
        assertThat(doc().history().canUndoProperty().get()).as("the article switched back to gains no step").isFalse();
        assertThat(second.history().canUndoProperty().get()).isFalse();
        assertThat(state()).isEqualTo(state(theirs.document()));
    }

    private DocumentViewModel doc() {
        return WindowHarness.document(w);
    }

    private Set<Annotation> annotations() {
        return new HashSet<>(doc().annotations());
    }

    @Test
    void renamingASpeakerLeavesTheSelectedQuoteAttributedAsItWas() {
        // "interventionism", attributed to Mexico, as found in issue 11.
        Annotation quote = doc().annotations().stream().filter(a -> "adxs2fmbya6".equals(a.id())).findFirst().orElseThrow();
        robot.interact(() -> doc().select(quote));
        harness.settle();
        Entity mexico = doc().speakerOf(quote).orElseThrow();
        assertThat(mexico.name()).isEqualTo("Mexico");
        Set<Annotation> before = annotations();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        harness.settle();
        robot.interact(() -> {
            var table = w.speakers().table();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).entity().id().equals(mexico.id())) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.getFocusModel().focus(i);
                }
            }
        });
        robot.type(KeyCode.F2);
        UiTestSupport.waitUntil("the rename dialog shows", () -> robot.lookup("#rename-dialog").tryQuery().isPresent());
        TextField name = robot.lookup("#rename-dialog .text-field").queryAs(TextField.class);
        robot.interact(() -> name.setText(""));
        robot.clickOn(name).write("Mexican government");
        robot.type(KeyCode.ENTER);
        harness.settle();

        assertThat(doc().speakerOf(quote).orElseThrow().name()).as("the quote's speaker, renamed").isEqualTo("Mexican government");
        assertThat(annotations()).as("no annotation changed").isEqualTo(before);
        assertThat(doc().getSelected()).as("still selected").isEqualTo(quote);
        robot.interact(doc().history()::undo);
        assertThat(doc().speakerOf(quote).orElseThrow().name()).as("one undo takes back the rename, and only it").isEqualTo("Mexico");
        assertThat(doc().history().canUndoProperty().get()).as("the rename was the only step").isFalse();
    }

    /** Tags "Breaking News" with Q and, before anything settles, opens {@code opener} and types "csq". */
    private void tagThenOpenAndType(KeyCode opener) {
        robot.interact(w.article()::focus);
        int at = doc().text().indexOf("Breaking News");
        harness.select(w, at, at + "Breaking News".length());
        int before = doc().annotations().size();
        robot.type(KeyCode.Q);
        robot.press(KeyCode.CONTROL).type(opener).release(KeyCode.CONTROL);
        robot.type(KeyCode.C, KeyCode.S, KeyCode.Q);
        harness.settle();
        assertThat(doc().annotations()).as("Q tagged once; the keys after the opener were not commands").hasSize(before + 1);
    }

    @Test
    void keysTypedRightAfterATagAndCtrlFGoToTheFindField() {
        tagThenOpenAndType(KeyCode.F);
        assertThat(w.find().field().isFocused()).isTrue();
        assertThat(w.find().field().getText()).isEqualTo("csq");
    }

    @Test
    void keysTypedRightAfterATagAndCtrl4GoToTheSpeakerPicker() {
        tagThenOpenAndType(KeyCode.DIGIT4);
        assertThat(w.details().speakerPicker().node().isFocused()).isTrue();
        assertThat(w.details().speakerPicker().node().getText()).isEqualTo("csq");
    }

    @Test
    void singleLetterCommandsActOnlyInTheArticle() {
        int before = doc().annotations().size();
        Annotation quote = annotation(QUOTE);
        robot.interact(() -> doc().select(quote));
        for (KeyCode panel : List.of(KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT5, KeyCode.DIGIT6)) {
            robot.press(KeyCode.CONTROL).type(panel).release(KeyCode.CONTROL);
            robot.interact(() -> doc().select(quote));
            robot.type(KeyCode.Q, KeyCode.C, KeyCode.S, KeyCode.A, KeyCode.N, KeyCode.P, KeyCode.DELETE, KeyCode.BACK_SPACE,
                    KeyCode.ENTER);
            harness.settle();
            assertThat(doc().annotations()).as("after Ctrl+" + panel).hasSize(before);
            assertThat(annotation(QUOTE)).as("after Ctrl+" + panel).isEqualTo(quote);
            robot.type(KeyCode.ESCAPE);
        }
        assertThat(doc().history().canUndoProperty().get()).isFalse();
    }

    @Test
    void anArticleThatOpensWhileTheAnalystTypesInTheFindBarLeavesTheKeyboardThere() {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        DocumentViewModel first = doc();
        robot.interact(() -> w.openAfterAsking(dir.resolve(OTHER + ".txt")));
        UiTestSupport.waitUntil("the other article is shown", () -> doc() != first);
        robot.type(KeyCode.Q, KeyCode.S);
        harness.settle();
        assertThat(w.find().field().getText()).isEqualTo("qs");
        assertThat(doc().history().canUndoProperty().get()).as("Q and S were typed, not commands").isFalse();
    }
}
