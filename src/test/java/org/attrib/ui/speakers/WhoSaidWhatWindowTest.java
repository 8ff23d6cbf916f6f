package org.attrib.ui.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.speakers.SpeakersViewModel;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.CartelSample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who said what at a glance: speaker labels in the article, and speakers that keep their place. */
class WhoSaidWhatWindowTest extends WindowTestBase {

    private static final String CARTEL = CartelSample.NAME;
    private static final String QUOTE = CartelSample.QUOTE;
    private static final String HUGO = CartelSample.HUGO;
    private static final String MEXICO = CartelSample.MEXICO;
    private static final String AMLO = CartelSample.AMLO;

    private MainWindow w;

    @BeforeEach
    void openTheSample() throws Exception {
        w = harness.open(CartelSample.copy(dir));
    }

    private DocumentViewModel doc() {
        return WindowHarness.document(w);
    }

    private SpeakersViewModel speakers() {
        return w.mainViewModel().current().speakers();
    }

    private Annotation annotation(String id) {
        return doc().annotations().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private Entity entity(String id) {
        return speakers().entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** The speaker label beside the line where an annotation ends, if one is shown. */
    private Optional<String> labelBeside(Annotation a) {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> labelBesideNow(a));
    }

    private Optional<String> labelBesideNow(Annotation a) {
        int end = doc().charRange(a)[1];
        Bounds line = WindowHarness.area(w).getCharacterBoundsOnScreen(end - 1, end).orElseThrow();
        List<Label> labels = w.article().speakerLabels();
        return labels.stream().filter(l -> {
            Bounds b = l.localToScreen(l.getBoundsInLocal());
            return b.getCenterY() >= line.getMinY() - 1 && b.getCenterY() <= line.getMaxY() + 1 && b.getMinX() > line.getMaxX();
        }).map(Label::getText).findFirst();
    }

    @Test
    void everyAttributedQuoteShowsItsSpeakerAndTheLabelFollowsAReattributionAndAnUndo() {
        Annotation quote = annotation(QUOTE);
        assertThat(labelBeside(quote)).contains("Mexico");
        long shown = w.article().speakerLabels().size();
        assertThat(shown).as("labels on the visible lines only, and some").isBetween(3L, 40L);

        robot.interact(() -> doc().select(quote));
        robot.interact(() -> w.mainViewModel().current().tagging().attributeTo(entity(HUGO)));
        harness.settle();
        assertThat(labelBeside(annotation(QUOTE))).contains("Hugo Rodriguez");

        robot.interact(doc().history()::undo);
        harness.settle();
        assertThat(labelBeside(annotation(QUOTE))).contains("Mexico");

        robot.interact(() -> speakers().rename(entity(MEXICO), "Mexican government"));
        harness.settle();
        assertThat(labelBeside(annotation(QUOTE))).as("a rename shows at once").contains("Mexican government");
    }

    @Test
    void labelsCanBeSwitchedOffFromTheViewMenuAndThatIsRemembered() {
        assertThat(w.article().speakerLabels()).isNotEmpty();
        // The View menu's check item, as a click leaves it (menu bar popups are not driven under Monocle).
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.CheckMenuItem toggle = (javafx.scene.control.CheckMenuItem) bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "view-speaker-labels".equals(i.getId())).findFirst().orElseThrow();
        assertThat(toggle.isSelected()).isTrue();
        robot.interact(() -> toggle.setSelected(false));
        harness.settle();
        assertThat(w.mainViewModel().speakerLabelsProperty().get()).isFalse();
        assertThat(w.article().speakerLabels()).isEmpty();
        assertThat(WindowHarness.area(w).getPadding().getRight()).as("the margin goes with them").isLessThan(40);

        robot.interact(() -> w.stage().hide());
        MainWindow again = harness.openKeepingPreferences(dir.resolve(CARTEL + ".txt"));
        harness.settle();
        assertThat(again.mainViewModel().speakerLabelsProperty().get()).as("remembered").isFalse();
        assertThat(again.article().speakerLabels()).as("still off in a new window").isEmpty();
        robot.interact(() -> again.mainViewModel().speakerLabelsProperty().set(true));
        harness.settle();
        assertThat(again.article().speakerLabels()).isNotEmpty();
    }

    @Test
    void theSpeakersTableKeepsItsSelectionAndOrderThroughRenameKindMergeAndSplit() {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        var table = w.speakers().table();
        robot.interact(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).entity().id().equals(MEXICO)) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
        });
        List<String> order = table.getItems().stream().map(r -> r.entity().id()).toList();
        int at = order.indexOf(MEXICO);

        robot.interact(() -> speakers().rename(entity(MEXICO), "Mexican government"));
        harness.settle();
        assertThat(table.getItems().stream().map(r -> r.entity().id()).toList()).as("no row moved").isEqualTo(order);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(at);

        robot.type(KeyCode.K);
        harness.settle();
        assertThat(entity(MEXICO).kind()).as("K: the next kind").isEqualTo(EntityKind.OTHER);
        assertThat(table.getSelectionModel().getSelectedItem().entity().id()).isEqualTo(MEXICO);

        // Attributing a quote to Mexico changes its counts, not its place.
        robot.interact(() -> {
            doc().select(annotation(CartelSample.HUGO_QUOTE));
            w.mainViewModel().current().tagging().attributeTo(entity(MEXICO));
        });
        harness.settle();
        assertThat(table.getItems().stream().map(r -> r.entity().id()).toList()).as("no row moved").isEqualTo(order);
        assertThat(table.getSelectionModel().getSelectedItem().entity().id()).isEqualTo(MEXICO);

        // Split one of Lopez Obrador's mentions off: his row stays, the new one goes at the end.
        robot.interact(() -> {
            doc().select(annotation(CartelSample.AMLO_MENTION));
            speakers().splitSelectedMention();
        });
        harness.settle();
        assertThat(table.getItems().stream().map(r -> r.entity().id()).toList().subList(0, order.size())).isEqualTo(order);
        assertThat(table.getSelectionModel().getSelectedItem().entity().id()).isEqualTo(MEXICO);

        // Merge Mexico and Lopez Obrador: the row of the one kept is selected.
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                String id = table.getItems().get(i).entity().id();
                if (id.equals(MEXICO) || id.equals(AMLO)) {
                    table.getSelectionModel().select(i);
                }
            }
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(table.getSelectionModel().getSelectedItems()).singleElement()
                .satisfies(r -> assertThat(r.entity().id()).isIn(MEXICO, AMLO));
    }

    @Test
    void thePickerCreatesASpeakerFromWhatWasTypedAndEnterOnNoMatchDoesNothing() {
        Annotation quote = annotation(QUOTE);
        robot.interact(() -> doc().select(quote));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        harness.settle();
        robot.write("Foreign Ministry");
        harness.settle();
        var picker = w.details().speakerPicker();
        assertThat(picker.choices().getItems()).extracting(c -> c.label()).containsExactly("Create speaker \u201cForeign Ministry\u201d");
        robot.type(KeyCode.ENTER);
        harness.settle();
        assertThat(annotation(QUOTE).speakerId()).as("Enter with no match changes nothing").isEqualTo(MEXICO);
        assertThat(picker.node().getText()).as("nor blanks the field").isEqualTo("Foreign Ministry");

        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        harness.settle();
        Entity created = doc().speakerOf(annotation(QUOTE)).orElseThrow();
        assertThat(created.name()).isEqualTo("Foreign Ministry");
        assertThat(doc().history().undoDescriptionProperty().get()).startsWith("Attribute quote to new speaker");
        assertThat(WindowHarness.area(w).isFocused()).as("back in the article").isTrue();
        robot.interact(doc().history()::undo);
        assertThat(annotation(QUOTE).speakerId()).isEqualTo(MEXICO);
        assertThat(speakers().entities()).noneMatch(e -> e.name().equals("Foreign Ministry"));
    }

    @Test
    void kInTheArticleGivesTheSelectedMentionsSpeakerTheNextKind() {
        Annotation mention = doc().annotations().stream().filter(a -> MEXICO.equals(a.entityId())).findFirst().orElseThrow();
        robot.interact(() -> {
            doc().select(mention);
            w.article().focus();
        });
        assertThat(entity(MEXICO).kind()).isEqualTo(EntityKind.ORGANISATION);
        robot.type(KeyCode.K);
        harness.settle();
        assertThat(entity(MEXICO).kind()).isEqualTo(EntityKind.OTHER);
        robot.type(KeyCode.K);
        harness.settle();
        assertThat(entity(MEXICO).kind()).as("round").isEqualTo(EntityKind.PERSON);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        harness.settle();
        assertThat(entity(MEXICO).kind()).as("each press one undoable step").isEqualTo(EntityKind.OTHER);
    }

    @Test
    void aSettledWindowDrawsNoFramesOfItsOwn() throws Exception {
        harness.settle();
        java.util.concurrent.atomic.AtomicInteger frames = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> com.sun.javafx.perf.PerformanceTracker.getSceneTracker(w.stage().getScene())
                .setOnRenderedFrameTask(frames::incrementAndGet));
        // Not a wait for a condition: the absence of work over a span of time is what is measured.
        // Labels placed on every pulse would draw a frame each pulse, about 36 here; the caret's
        // blink draws one or two.
        Thread.sleep(600);
        robot.interact(() -> com.sun.javafx.perf.PerformanceTracker.getSceneTracker(w.stage().getScene())
                .setOnRenderedFrameTask(null));
        assertThat(frames.get()).as("frames drawn in 600 ms by an idle window").isLessThanOrEqualTo(6);
    }
}
