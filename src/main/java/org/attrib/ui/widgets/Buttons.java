package org.attrib.ui.widgets;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Toolbar buttons as Attrib's panels make them: an id for tests, a tooltip, no keyboard focus. */
public final class Buttons {

    private Buttons() {
    }

    /**
     * A button that leaves the keyboard focus where it is (on the article), so that clicking it
     * never takes the analyst's next key press away from the text.
     */
    public static Button toolbar(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        if (tip != null) {
            b.setTooltip(new Tooltip(tip));
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}
