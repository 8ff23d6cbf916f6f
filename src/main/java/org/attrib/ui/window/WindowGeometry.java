package org.attrib.ui.window;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

import org.attrib.ui.app.MainViewModel;

/**
 * Where the main window is and how its panels are divided: placed to fit the screens when it
 * opens (see {@link WindowPlacement}), and remembered, with its dividers and maximised state,
 * when it closes.
 */
final class WindowGeometry {

    private final Stage stage;
    private final MainViewModel main;
    private final SplitPane center;
    private final SplitPane right;
    /** The window's bounds when last neither maximised nor minimised: what is remembered. */
    private double[] normalBounds;

    WindowGeometry(Stage stage, MainViewModel main, SplitPane center, SplitPane right) {
        this.stage = stage;
        this.main = main;
        this.center = center;
        this.right = right;
    }

    /**
     * Sizes and places the window for these screens (their visible areas): where the analyst
     * left it, if it is still on one of them, else to fit {@code primary}; never larger than the
     * screen, never smaller than the panels need. The window tests call it with a laptop's screen.
     */
    void placeOn(List<Rectangle2D> screens, Rectangle2D primary) {
        double[] saved = main.savedWindowBounds();
        Rectangle2D r = WindowPlacement.place(saved == null ? null
                : new Rectangle2D(saved[0], saved[1], saved[2], saved[3]), screens, primary);
        double[] min = WindowPlacement.minimumSize(primary);
        stage.setMinWidth(min[0]);
        stage.setMinHeight(min[1]);
        stage.setX(r.getMinX());
        stage.setY(r.getMinY());
        stage.setWidth(r.getWidth());
        stage.setHeight(r.getHeight());
        if (main.savedWindowMaximized()) {
            stage.setMaximized(true);
        }
    }

    void rememberNormalBounds() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normalBounds = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        }
    }

    /** Saved divider positions of a split pane, or the defaults when none are saved (or they do not fit). */
    double[] dividers(String split, double... defaults) {
        double[] saved = main.savedDividers(split);
        if (saved == null || saved.length != defaults.length) {
            return defaults;
        }
        for (double d : saved) {
            if (d <= 0.02 || d >= 0.98) {
                return defaults;
            }
        }
        return saved;
    }

    void restoreDividers() {
        right.setDividerPositions(dividers("right", 0.68));
        if (center.getItems().size() == 3) {
            center.setDividerPositions(dividers("center.3", 0.18, 0.68));
        } else {
            center.setDividerPositions(dividers("center.2", 0.62));
        }
    }

    void save() {
        Map<String, double[]> splits = new HashMap<>();
        splits.put("center." + center.getItems().size(), center.getDividerPositions());
        splits.put("right", right.getDividerPositions());
        main.saveWindow(normalBounds, stage.isMaximized(), splits);
    }
}
