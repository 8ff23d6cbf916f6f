package org.attrib.ui.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;

import org.attrib.core.model.Annotation;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.widgets.PulseHook;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * The article: a read-only, wrapped, virtualized RichTextFX area in which the analyst moves the
 * caret and selects as in any editor. Highlights come from the view-model; after an edit only
 * the chars it touched are restyled, and the ranges asked for within one pulse are merged first.
 * Hovering over an annotation tells what it is and who it is attributed to.
 */
public final class ArticleView {

    /** The article's right padding, beside the margin of the speaker labels. */
    static final double RIGHT_PADDING = 18;

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final SpeakerLabels labels = new SpeakerLabels(area);
    private final StackPane stack = new StackPane(scroll, labels.layer());
    private final Popup hover = new Popup();
    private final Label hoverLabel = new Label();
    private final List<int[]> pending = new ArrayList<>();
    private DocumentViewModel vm;
    private HighlightsViewModel highlights;
    private boolean mouseDown;
    private final PulseHook restyleHook = new PulseHook(area, PulseHook.When.BEFORE_LAYOUT, this::flush);

    public ArticleView() {
        area.setId("article");
        area.getStyleClass().add("article");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setPadding(new Insets(12, RIGHT_PADDING, 12, 18));
        labels.setOn(true);

        // The annotation selection follows the caret: moving out of the selected annotation clears it,
        // so that a type key pressed elsewhere never retypes an annotation the analyst has left.
        area.caretPositionProperty().addListener((obs, before, caret) -> {
            if (!mouseDown) {
                leaveSelectedIfOutside(caret);
            }
        });
        // Mouse picks are decided on release. Nothing is restyled while the button is down: a
        // restyle replaces the text nodes of the paragraph, and the release would then go to a
        // node no longer in the scene, lost to both Attrib and the area's own behaviour.
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            mouseDown = e.isPrimaryButtonDown();
            hover.hide();
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!mouseDown || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            mouseDown = false;
            if (vm != null) {
                if (area.getSelection().getLength() == 0) {
                    vm.selectAt(area.getCaretPosition());
                } else {
                    leaveSelectedIfOutside(area.getCaretPosition());
                }
            }
            scheduleFlush();
        });

        hoverLabel.getStyleClass().add("hover-card");
        hover.getContent().add(hoverLabel);
        hover.setAutoHide(true);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> showHover(e.getCharacterIndex(), e.getScreenPosition()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
    }

    private void leaveSelectedIfOutside(int caret) {
        Annotation sel = vm == null ? null : vm.getSelected();
        if (sel != null) {
            int[] range = vm.charRange(sel);
            if (caret < range[0] || caret > range[1]) {
                vm.select(null);
            }
        }
    }

    private void showHover(int charIndex, javafx.geometry.Point2D at) {
        if (vm == null || mouseDown) {
            return;
        }
        List<Annotation> here = vm.annotationsAt(charIndex);
        if (here.isEmpty()) {
            hover.hide();
            return;
        }
        StringBuilder s = new StringBuilder();
        for (Annotation a : here) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(vm.describe(a));
        }
        hoverLabel.setText(s.toString());
        if (area.getScene() != null && area.getScene().getWindow() != null) {
            hover.show(area.getScene().getWindow(), at.getX() + 12, at.getY() + 16);
        }
    }

    public Node node() {
        return stack;
    }

    /** Shows or hides the speakers' names beside attributed quotes and claims. */
    public void setSpeakerLabels(boolean on) {
        labels.setOn(on);
    }

    /** The speaker labels on screen now, top to bottom. */
    public List<Label> speakerLabels() {
        return labels.shown();
    }

    /** The text area itself, for focus and keys. */
    public StyleClassedTextArea area() {
        return area;
    }

    public void setContextMenu(ContextMenu menu) {
        area.setContextMenu(menu);
    }

    /**
     * Shows a document: its text with its highlights, built beforehand off the JavaFX thread
     * ({@link StyledArticle#of}, because its cost grows with the document); the caret goes to
     * {@code caret} (where the analyst left it last time).
     */
    public void show(DocumentViewModel model, HighlightsViewModel highlightsModel, StyledArticle styled, int caret) {
        this.vm = model;
        this.highlights = highlightsModel;
        pending.clear();
        hover.hide();
        String text = DisplayText.of(model.text());
        var document = styled == null ? null : styled.take();
        if (document != null && document.length() == text.length() && !text.isEmpty()) {
            // One replace with the styles already in place: setting the spans after the text
            // would rebuild every paragraph a second time (half a second for 5 MB, 50,000 spans).
            area.replace(0, area.getLength(), document);
        } else {
            area.replaceText(text);
            if (!text.isEmpty()) {
                // Not prepared in the background (or already shown once): correct, if slower.
                area.setStyleSpans(0, highlightsModel.styleSpans(0, text.length()));
            }
        }
        area.getUndoManager().forgetHistory();
        area.moveTo(Math.min(caret, area.getLength()));
        area.requestFollowCaret();
        model.addRestyleListener(this::restyle);
        model.selectedProperty().addListener((obs, before, after) -> {
            if (vm == model) {
                labels.request();
                if (after != null) {
                    reveal(after);
                }
            }
        });
        model.entityVersionProperty().addListener((obs, before, after) -> {
            if (vm == model) {
                labels.request();
            }
        });
        labels.setSource(highlightsModel::speakerLabels);
    }

    /** Queues a range for restyling; all ranges queued within one pulse are applied together. */
    private void restyle(int from, int to) {
        if (to <= from) {
            return;
        }
        pending.add(new int[] {from, to});
        scheduleFlush();
        labels.request();
    }

    /**
     * Restyles in the next pulse, before its layout: queued with {@code runLater}, a pulse that
     * came between the edit and the restyle would draw a frame without the edit's highlight.
     */
    private void scheduleFlush() {
        if (!pending.isEmpty()) {
            restyleHook.request();
        }
    }

    private void flush() {
        if (vm == null || mouseDown) {
            return; // the release schedules the flush again
        }
        pending.sort((x, y) -> Integer.compare(x[0], y[0]));
        int length = area.getLength();
        int i = 0;
        while (i < pending.size()) {
            int from = pending.get(i)[0];
            int to = pending.get(i)[1];
            i++;
            while (i < pending.size() && pending.get(i)[0] <= to) {
                to = Math.max(to, pending.get(i)[1]);
                i++;
            }
            to = Math.min(to, length);
            if (from < to) {
                area.setStyleSpans(from, highlights.styleSpans(from, to));
            }
        }
        pending.clear();
    }

    /** Brings an annotation into view; the caret moves to its start unless it is already in it. */
    public void reveal(Annotation a) {
        int[] range = vm.charRange(a);
        int caret = area.getCaretPosition();
        if (caret < range[0] || caret > range[1]) {
            area.moveTo(range[0]);
        } else if (area.getSelection().getLength() > 0 && !mouseDown) {
            area.deselect();
        }
        area.requestFollowCaret();
    }

    /** Selects chars (a find match) and brings them into view. */
    public void showRange(int from, int to) {
        area.selectRange(from, to);
        area.requestFollowCaret();
    }

    public void focus() {
        area.requestFocus();
    }

    /** The selection as UTF-16 offsets {start, end}. */
    public int[] selection() {
        return new int[] {area.getSelection().getStart(), area.getSelection().getEnd()};
    }

    public int caret() {
        return area.getCaretPosition();
    }
}
