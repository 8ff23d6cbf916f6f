package org.attrib.ui.article;

import java.util.Collection;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import org.attrib.core.model.Annotation;
import org.attrib.ui.document.DocumentViewModel;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The article: a read-only, wrapped, virtualized RichTextFX area in which the analyst moves the
 * caret and selects as in any editor. Highlights come from the view-model; after an edit only
 * the chars it touched are restyled.
 */
public final class ArticleView {

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private DocumentViewModel vm;
    private boolean mouseDown;

    public ArticleView() {
        area.setId("article");
        area.getStyleClass().add("article");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUseInitialStyleForInsertion(true);
        area.setPadding(new javafx.geometry.Insets(12, 18, 12, 18));
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
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> mouseDown = e.isPrimaryButtonDown());
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!mouseDown || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            mouseDown = false;
            if (vm == null) {
                return;
            }
            if (area.getSelection().getLength() == 0) {
                vm.selectAt(area.getCaretPosition());
            } else {
                leaveSelectedIfOutside(area.getCaretPosition());
            }
        });
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

    public Node node() {
        return scroll;
    }

    /** The text area itself, for focus and keys. */
    public StyleClassedTextArea area() {
        return area;
    }

    public void setContextMenu(ContextMenu menu) {
        area.setContextMenu(menu);
    }

    /**
     * Shows a document: its text, and the style spans computed for it beforehand (off the
     * JavaFX thread, because their number grows with the document).
     */
    public void show(DocumentViewModel model, StyleSpans<Collection<String>> initialSpans) {
        this.vm = model;
        area.replaceText(model.text());
        if (initialSpans != null && initialSpans.length() == area.getLength() && area.getLength() > 0) {
            area.setStyleSpans(0, initialSpans);
        }
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
        model.addRestyleListener(this::restyle);
        model.selectedProperty().addListener((obs, before, after) -> {
            if (after != null) {
                reveal(after);
            }
        });
    }

    private void restyle(int from, int to) {
        if (vm == null || to <= from || to > area.getLength()) {
            return;
        }
        area.setStyleSpans(from, vm.styleSpans(from, to));
    }

    /** Brings an annotation into view; the caret moves to its start unless it is already in it. */
    public void reveal(Annotation a) {
        int[] range = vm.charRange(a);
        int caret = area.getCaretPosition();
        if (caret < range[0] || caret > range[1]) {
            area.moveTo(range[0]);
        } else {
            area.deselect();
        }
        area.requestFollowCaret();
    }

    public void focus() {
        area.requestFocus();
    }

    /** The selection as UTF-16 offsets {start, end}. */
    public int[] selection() {
        return new int[] {area.getSelection().getStart(), area.getSelection().getEnd()};
    }
}
