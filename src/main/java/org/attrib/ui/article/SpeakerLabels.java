package org.attrib.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import org.attrib.ui.widgets.PulseHook;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Who said what, without clicking: beside every line where an attributed quote or claim ends,
 * its speaker's name in the speaker's colour, in a margin the article keeps free for them. Only
 * the visible lines get labels, placed after the pulse's layout, so that the cost follows the
 * screen, not the document, and an edit costs what it cost before plus a few labels.
 */
final class SpeakerLabels {

    /** The margin's width: what a name gets before it is cut with an ellipsis. */
    static final double GUTTER = 150;
    private static final double GAP = 10;

    private final StyleClassedTextArea area;
    private final Pane layer = new Pane();
    private final Rectangle clip = new Rectangle();
    private final List<Label> pool = new ArrayList<>();
    private final PulseHook hook;
    private final PulseHook afterFirstFrame;
    private BiFunction<Integer, Integer, List<SpeakerLabel>> source;
    private boolean on = true;

    SpeakerLabels(StyleClassedTextArea area) {
        this.area = area;
        this.hook = new PulseHook(area, PulseHook.When.AFTER_LAYOUT, this::place);
        this.afterFirstFrame = new PulseHook(area, PulseHook.When.AFTER_LAYOUT, this::request);
        layer.setId("speaker-labels");
        layer.setMouseTransparent(true);
        layer.setManaged(true);
        layer.setClip(clip);
        clip.widthProperty().bind(layer.widthProperty());
        clip.heightProperty().bind(layer.heightProperty());
        // Change listeners that compare values, not invalidation listeners: the flow invalidates its
        // scroll position on every layout, and placing labels on each would ask for a pulse after
        // every pulse, drawing frames for ever.
        area.estimatedScrollYProperty().addListener((o, before, after) -> {
            if (!java.util.Objects.equals(before, after)) {
                request();
            }
        });
        area.widthProperty().addListener((o, before, after) -> request());
        area.heightProperty().addListener((o, before, after) -> request());
    }

    Node layer() {
        return layer;
    }

    /**
     * The labels of chars {@code [from, to)}, from the view-model, for a document just shown:
     * placed a frame after the text, so that an opening article is not kept off the screen by
     * its labels.
     */
    void setSource(BiFunction<Integer, Integer, List<SpeakerLabel>> source) {
        this.source = source;
        for (Label l : pool) {
            l.setVisible(false);
        }
        afterFirstFrame.request();
    }

    boolean isOn() {
        return on;
    }

    /** Shows or hides the labels; the margin goes with them. */
    void setOn(boolean show) {
        on = show;
        layer.setVisible(show);
        Insets p = area.getPadding();
        area.setPadding(new Insets(p.getTop(), ArticleView.RIGHT_PADDING + (show ? GUTTER : 0), p.getBottom(), p.getLeft()));
        request();
    }

    /** Places the labels after the next layout (an edit, a scroll, a rename). */
    void request() {
        if (on && source != null) {
            hook.request();
        }
    }

    /** The labels shown now, top to bottom (for tests and the curious). */
    List<Label> shown() {
        if (!on) {
            return List.of();
        }
        return layer.getChildren().stream().filter(Node::isVisible).map(n -> (Label) n).toList();
    }

    private void place() {
        int used = 0;
        if (on && source != null && !area.getVisibleParagraphs().isEmpty() && area.getLength() > 0) {
            int first = area.firstVisibleParToAllParIndex();
            int last = area.lastVisibleParToAllParIndex();
            int from = area.getAbsolutePosition(first, 0);
            int to = area.getAbsolutePosition(last, area.getParagraphLength(last));
            List<SpeakerLabel> labels = source.apply(from, Math.min(area.getLength(), to + 1));
            Bounds areaBounds = layer.sceneToLocal(area.localToScene(area.getLayoutBounds()));
            double x = areaBounds.getMaxX() - area.getPadding().getRight() + GAP;
            double lastBottom = Double.NEGATIVE_INFINITY;
            double lastLineY = Double.NaN;
            String lastName = null;
            for (SpeakerLabel l : labels) {
                Optional<Bounds> onScreen = area.getCharacterBoundsOnScreen(Math.max(0, l.endChar() - 1), l.endChar());
                if (onScreen.isEmpty()) {
                    continue;
                }
                Bounds end = layer.screenToLocal(onScreen.get());
                if (end == null) {
                    continue;
                }
                if (l.name().equals(lastName) && end.getMinY() == lastLineY) {
                    continue; // a claim and the quote inside it, ending together: one label says it
                }
                Label label = label(used++);
                List<String> classes = new ArrayList<>(List.of("speaker-label", "speaker-label-" + l.colour()));
                if (l.pending()) {
                    classes.add("speaker-label-pending");
                }
                if (l.selected()) {
                    classes.add("speaker-label-selected");
                }
                // Nodes are touched only where they change: an unchanged label costs no frame.
                if (!l.name().equals(label.getText()) || !label.getStyleClass().equals(classes)) {
                    label.setText(l.name());
                    label.getStyleClass().setAll(classes);
                    label.applyCss();
                }
                double h = label.prefHeight(-1);
                double w = Math.min(GUTTER - GAP, label.prefWidth(-1));
                double y = Math.max(end.getMinY() + (end.getHeight() - h) / 2, lastBottom + 1);
                if (label.getLayoutX() != x || label.getLayoutY() != y || label.getWidth() != w || label.getHeight() != h) {
                    label.resizeRelocate(x, y, w, h);
                    label.layout();
                }
                if (!label.isVisible()) {
                    label.setVisible(true);
                }
                lastBottom = y + h;
                lastLineY = end.getMinY();
                lastName = l.name();
            }
        }
        for (int i = used; i < pool.size(); i++) {
            if (pool.get(i).isVisible()) {
                pool.get(i).setVisible(false);
            }
        }
    }

    private Label label(int i) {
        while (pool.size() <= i) {
            Label l = new Label();
            l.setManaged(false);
            l.setTextOverrun(OverrunStyle.ELLIPSIS);
            pool.add(l);
            layer.getChildren().add(l);
        }
        return pool.get(i);
    }
}
