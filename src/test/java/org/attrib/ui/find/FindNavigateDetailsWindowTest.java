package org.attrib.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.attrib.ui.article.NavigationViewModel;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.QuoteForm;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.document.SaveState;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Find and its "tag every match" command, navigation filtered by type or speaker, a speaker's
 * focus highlight, the details pane (speaker picker, form, check-worthy, note) and the F1 list.
 */
@ExtendWith(ApplicationExtension.class)
class FindNavigateDetailsWindowTest {

    private static final String AMLO = "Mexican President Andres Manuel Lopez Obrador";
    private static final String HUGO = "Hugo Rodriguez";
    private static final String CLAIM = "Mexico would not permit another operation";
    private static final String QUOTE_1 = "What we are looking to do is put at the service";
    private static final String QUOTE_2 = "We have to work with them (Mexico)";

    @TempDir
    Path dir;

    private ExecutorService io;
    private WindowHarness harness;
    private MainWindow w;
    private FxRobot robot;
    private Path story;
    private String text;

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        this.robot = robot;
        io = UiTestSupport.io();
        harness = new WindowHarness(robot, io);
        story = UiTestSupport.copySample(dir);
        w = harness.open(story);
        text = doc().text();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdownNow();
    }

    private DocumentViewModel doc() {
        return WindowHarness.document(w);
    }

    private void shortcut(KeyCode... keys) {
        robot.press(KeyCode.CONTROL);
        for (KeyCode k : keys) {
            robot.press(k);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        robot.release(KeyCode.CONTROL);
        harness.settle();
    }

    private void key(KeyCode k) {
        robot.type(k);
        harness.settle();
    }

    /** Selects the first occurrence of {@code s} in the article and tags it with {@code key}; returns the new annotation. */
    private Annotation tag(String s, KeyCode key) {
        int at = text.indexOf(s);
        assertThat(at).as(s + " is in the article").isNotNegative();
        harness.select(w, at, at + s.length());
        key(key);
        Annotation a = doc().getSelected();
        assertThat(doc().textOf(a)).isEqualTo(s);
        return a;
    }

    private Annotation now(Annotation a) {
        return doc().annotations().stream().filter(x -> x.id().equals(a.id())).findFirst().orElseThrow();
    }

    private Entity speakerOf(Annotation a) {
        return doc().speakerOf(a).orElseThrow();
    }

    private List<int[]> occurrences(String s) {
        List<int[]> out = new ArrayList<>();
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
            out.add(new int[] {at, at + s.length()});
        }
        return out;
    }

    /** The shown item (of a menu, a choice box or a menu button's popup) labelled {@code label}. */
    private Node menuItem(String label) {
        UiTestSupport.waitUntil("the menu item " + label + " shows", () -> robot.lookup(".menu-item")
                .lookup((Node n) -> n instanceof Labeled l && label.equals(l.getText()) && n.isVisible()).tryQuery().isPresent());
        return robot.lookup(".menu-item").lookup((Node n) -> n instanceof Labeled l && label.equals(l.getText())).query();
    }

    @Test
    void findHighlightsEveryMatchAndTagsThemAllAsTheChosenSpeakerInOneUndoableEdit() {
        Annotation first = tag(AMLO, KeyCode.S);
        Entity amlo = speakerOf(first);

        shortcut(KeyCode.F);
        robot.write("lopez obrador");
        UiTestSupport.waitUntil("five matches", () -> w.mainViewModel().current().find().countProperty().get() == 5);
        List<int[]> matches = occurrences("Lopez Obrador");
        assertThat(matches).as("the search is case-insensitive").hasSize(5);
        for (int[] m : matches) {
            assertThat(WindowHarness.styleAt(w, m[0])).as("match at " + m[0]).contains("match");
            assertThat(WindowHarness.styleAt(w, m[1] - 1)).contains("match");
            assertThat(WindowHarness.styleAt(w, m[1])).as("only the match is marked").doesNotContain("match");
        }
        assertThat(WindowHarness.styleAt(w, text.indexOf(HUGO))).doesNotContain("match");
        assertThat(robot.lookup("#find-summary").queryLabeled().getText()).isEqualTo("5 matches");

        robot.clickOn("#tag-all-matches");
        robot.clickOn(menuItem(amlo.name()));
        harness.settle();
        List<Annotation> mentions = doc().annotations().stream()
                .filter(a -> a.type() == AnnotationType.SPEAKER && doc().textOf(a).equals("Lopez Obrador")).toList();
        assertThat(mentions).as("one mention per match").hasSize(5)
                .allSatisfy(a -> assertThat(a.entityId()).isEqualTo(amlo.id()));
        assertThat(mentions).extracting(a -> doc().charRange(a)[0]).containsExactlyElementsOf(matches.stream().map(m -> m[0]).toList());
        assertThat(doc().annotations()).hasSize(6);
        assertThat(w.mainViewModel().current().speakers().rows()).singleElement()
                .satisfies(r -> assertThat(r.mentions()).isEqualTo(6));

        // Escape in the find field closes the bar and clears the highlights.
        robot.clickOn("#find-field");
        key(KeyCode.ESCAPE);
        assertThat(WindowHarness.styleAt(w, matches.get(4)[0])).contains("speaker").doesNotContain("match");

        shortcut(KeyCode.Z);
        assertThat(doc().annotations()).as("one undo removes every mention tagged").containsExactly(now(first));
        assertThat(w.mainViewModel().current().speakers().rows()).singleElement()
                .satisfies(r -> assertThat(r.mentions()).isEqualTo(1));
        shortcut(KeyCode.Y);
        assertThat(doc().annotations()).as("and one redo brings them all back").hasSize(6);
    }

    @SuppressWarnings("unchecked")
    private void stepThrough(String label) {
        robot.clickOn("#navigation-filter");
        robot.clickOn(robot.lookup(".list-cell").lookup((Node n) -> n instanceof Labeled l && label.equals(l.getText())
                && n.getScene() != w.stage().getScene()).queryAs(Node.class));
        harness.settle();
        ComboBox<NavigationViewModel.NavigationFilter> combo = robot.lookup("#navigation-filter").queryAs(ComboBox.class);
        assertThat(combo.getValue().label()).isEqualTo(label);
        assertThat(w.mainViewModel().current().navigation().navigationFilterProperty().get().label()).isEqualTo(label);
        assertThat(WindowHarness.area(w).isFocused()).as("the article keeps the keyboard").isTrue();
    }

    @Test
    void tabAndNAndPStepOnlyThroughTheChosenTypeOrSpeaker() {
        Annotation amlo = tag(AMLO, KeyCode.S);
        Annotation hugo = tag(HUGO, KeyCode.S);
        Annotation claim = tag(CLAIM, KeyCode.C);
        Annotation q1 = tag(QUOTE_1, KeyCode.Q);
        key(KeyCode.A);
        assertThat(now(q1).speakerId()).isEqualTo(hugo.entityId());
        Annotation q2 = tag(QUOTE_2, KeyCode.Q);
        assertThat(now(q2).speakerId()).isNull();

        stepThrough("Quotes");
        key(KeyCode.TAB);
        assertThat(doc().getSelected().id()).as("from the last quote round to the first").isEqualTo(q1.id());
        key(KeyCode.TAB);
        assertThat(doc().getSelected().id()).isEqualTo(q2.id());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        harness.settle();
        assertThat(doc().getSelected().id()).isEqualTo(q1.id());
        key(KeyCode.N);
        assertThat(doc().getSelected().id()).isEqualTo(q2.id());
        key(KeyCode.P);
        assertThat(doc().getSelected().id()).isEqualTo(q1.id());

        stepThrough("Speaker: " + HUGO);
        key(KeyCode.TAB);
        assertThat(doc().getSelected().id()).as("Hugo's mention, skipping the other quote, claim and speaker").isEqualTo(hugo.id());
        key(KeyCode.N);
        assertThat(doc().getSelected().id()).as("the quote attributed to him").isEqualTo(q1.id());
        key(KeyCode.N);
        assertThat(doc().getSelected().id()).isEqualTo(hugo.id());

        stepThrough("Claims");
        key(KeyCode.TAB);
        assertThat(doc().getSelected().id()).isEqualTo(claim.id());
        key(KeyCode.TAB);
        assertThat(doc().getSelected().id()).as("the only claim: Tab stays").isEqualTo(claim.id());
        assertThat(doc().messageProperty().get()).isEqualTo("No other claims.");

        stepThrough("Speaker mentions");
        key(KeyCode.P);
        assertThat(doc().getSelected().id()).isEqualTo(amlo.id());
        key(KeyCode.P);
        assertThat(doc().getSelected().id()).as("backwards round to the last mention").isEqualTo(hugo.id());

        stepThrough("All annotations");
        key(KeyCode.TAB);
        assertThat(doc().getSelected().id()).isEqualTo(q1.id());
    }

    @SuppressWarnings("unchecked")
    private Node speakerRow(String name) {
        return robot.lookup("#speakers-table .table-cell")
                .lookup((Node n) -> n instanceof Labeled l && name.equals(l.getText())).query();
    }

    @Test
    void selectingASpeakerHighlightsItsMentionsAndAllAttributedToIt() {
        Annotation amlo = tag(AMLO, KeyCode.S);
        Annotation hugo = tag(HUGO, KeyCode.S);
        Annotation claim = tag(CLAIM, KeyCode.C);
        Annotation quote = tag(QUOTE_1, KeyCode.Q);
        key(KeyCode.A);
        assertThat(now(quote).speakerId()).isEqualTo(hugo.entityId());
        int amloAt = doc().charRange(amlo)[0] + 1;
        int hugoAt = doc().charRange(hugo)[0] + 1;
        int claimAt = doc().charRange(claim)[0] + 1;
        int quoteAt = doc().charRange(quote)[0] + 1;
        for (int at : new int[] {amloAt, hugoAt, claimAt, quoteAt}) {
            assertThat(WindowHarness.styleAt(w, at)).doesNotContain("focus");
        }

        shortcut(KeyCode.DIGIT3);
        robot.clickOn(speakerRow(HUGO));
        harness.settle();
        assertThat(w.mainViewModel().current().highlights().focusEntityProperty().get().id()).isEqualTo(hugo.entityId());
        assertThat(WindowHarness.styleAt(w, hugoAt)).contains("speaker", "focus");
        assertThat(WindowHarness.styleAt(w, quoteAt)).as("the quote attributed to him").contains("quote", "focus");
        assertThat(WindowHarness.styleAt(w, amloAt)).doesNotContain("focus");
        assertThat(WindowHarness.styleAt(w, claimAt)).doesNotContain("focus");

        robot.clickOn(speakerRow(AMLO));
        harness.settle();
        assertThat(w.mainViewModel().current().highlights().focusEntityProperty().get().id()).isEqualTo(amlo.entityId());
        assertThat(WindowHarness.styleAt(w, amloAt)).contains("focus");
        assertThat(WindowHarness.styleAt(w, hugoAt)).doesNotContain("focus");
        assertThat(WindowHarness.styleAt(w, quoteAt)).doesNotContain("focus");

        // Two speakers selected (to merge, say): no one is in focus.
        robot.press(KeyCode.CONTROL).clickOn(speakerRow(HUGO)).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(w.speakers().table().getSelectionModel().getSelectedItems()).hasSize(2);
        assertThat(w.mainViewModel().current().highlights().focusEntityProperty().get()).isNull();
        assertThat(WindowHarness.styleAt(w, amloAt)).doesNotContain("focus");
    }

    @Test
    void theDetailsPaneSetsSpeakerFormCheckWorthinessAndNoteUndoablyAndSavesThem() throws Exception {
        Annotation hugo = tag(HUGO, KeyCode.S);
        Annotation claim = tag(CLAIM, KeyCode.C);
        Annotation quote = tag(QUOTE_1, KeyCode.Q);

        // Ctrl+4: the searchable speaker picker; type part of a name, Enter.
        shortcut(KeyCode.DIGIT4);
        assertThat(w.details().speakerPicker().node().isFocused()).as("the keyboard is in the picker's search field").isTrue();
        assertThat(w.details().speakerPicker().isListShowing()).as("its list is open").isTrue();
        robot.write("Rodri");
        key(KeyCode.ENTER);
        assertThat(now(quote).speakerId()).as("attributed through the picker").isEqualTo(hugo.entityId());

        robot.clickOn("#quote-form");
        robot.clickOn(menuItem("indirect"));
        harness.settle();
        assertThat(now(quote).form()).isEqualTo(QuoteForm.INDIRECT);

        robot.interact(() -> doc().select(claim));
        assertThat(robot.lookup("#check-worthy").queryAs(javafx.scene.control.CheckBox.class).isIndeterminate())
                .as("not yet decided").isTrue();
        robot.clickOn("#check-worthy");
        harness.settle();
        assertThat(now(claim).checkWorthy()).isTrue();

        robot.interact(() -> doc().select(quote));
        robot.clickOn("#note");
        robot.write("Check the date with the desk");
        shortcut(KeyCode.ENTER);
        assertThat(now(quote).note()).isEqualTo("Check the date with the desk");

        shortcut(KeyCode.S);
        UiTestSupport.waitUntil("saved", () -> doc().saving().saveStateProperty().get() == SaveState.SAVED);
        AnnotatedDocument onDisk = DocumentFiles.open(story).document();
        Annotation savedQuote = onDisk.annotation(quote.id()).orElseThrow();
        assertThat(savedQuote.form()).isEqualTo(QuoteForm.INDIRECT);
        assertThat(savedQuote.note()).isEqualTo("Check the date with the desk");
        assertThat(savedQuote.speakerId()).isEqualTo(hugo.entityId());
        assertThat(onDisk.annotation(claim.id()).orElseThrow().checkWorthy()).isTrue();
        assertThat(Files.readString(AnnotationFormat.annotationFileFor(story))).contains("Check the date with the desk");

        // Each is one undo step, newest first.
        shortcut(KeyCode.DIGIT1);
        shortcut(KeyCode.Z);
        assertThat(now(quote).note()).isNull();
        assertThat(robot.lookup("#note").queryAs(TextArea.class).getText()).as("the pane follows").isEmpty();
        shortcut(KeyCode.Z);
        assertThat(now(claim).checkWorthy()).isNull();
        shortcut(KeyCode.Z);
        assertThat(now(quote).form()).isNull();
        shortcut(KeyCode.Z);
        assertThat(now(quote).speakerId()).isNull();
        assertThat(now(quote).type()).isEqualTo(AnnotationType.QUOTE);
    }

    @Test
    void f1ShowsTheKeyboardShortcuts() {
        assertThat(robot.lookup("#shortcuts-dialog").tryQuery()).isEmpty();
        key(KeyCode.F1);
        UiTestSupport.waitUntil("the shortcut list shows", () -> robot.lookup("#shortcuts-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#shortcuts-dialog").queryAs(DialogPane.class);
        assertThat(pane.getScene().getWindow().isShowing()).isTrue();
        String list = ((TextArea) pane.getContent()).getText();
        assertThat(list).contains("Tag the selection as a quote", "Tab, N", "Shift+Tab, P", "Ctrl+F", "Ctrl+4",
                "speaker picker", "F1, ?");
    }
}
