package org.attrib.ui.widgets;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What the windows beside the main one (who said what across the folder, compare) share: the main
 * window owns them, so that they stay in front of it and close with it; Escape closes them; they
 * open over the main window's right-hand part, sized to the screen, and step aside when the span
 * they just showed in the article is under them.
 */
public final class SecondaryWindows {

    private SecondaryWindows() {
    }

    /** Owns, sizes and places {@code stage} over {@code owner}'s right-hand part, and lets Escape close it. */
    public static void setUp(Stage stage, Window owner, double preferredWidth, double preferredHeight) {
        stage.initOwner(owner);
        stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                stage.close();
                e.consume();
            }
        });
        Rectangle2D screen = screenOf(owner);
        double w = Math.min(preferredWidth, screen.getWidth() * 0.9);
        double h = Math.min(preferredHeight, screen.getHeight() * 0.9);
        double x = owner.getX() + owner.getWidth() - w;
        double y = owner.getY() + Math.max(0, (owner.getHeight() - h) / 2);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w)));
        stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h)));
    }

    /**
     * Moves {@code stage} off {@code span} (screen coordinates) when it covers it: to the span's
     * right if the screen has room there, else to its left, else below or above it.
     */
    public static void stepAside(Stage stage, Bounds span) {
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        if (!window.intersects(span.getMinX(), span.getMinY(), span.getWidth(), span.getHeight())) {
            return;
        }
        Rectangle2D screen = screenOf(stage);
        double w = stage.getWidth();
        double h = stage.getHeight();
        if (span.getMaxX() + 12 + w <= screen.getMaxX()) {
            stage.setX(span.getMaxX() + 12);
        } else if (span.getMinX() - 12 - w >= screen.getMinX()) {
            stage.setX(span.getMinX() - 12 - w);
        } else if (span.getMaxY() + 12 + h <= screen.getMaxY()) {
            stage.setY(span.getMaxY() + 12);
        } else if (span.getMinY() - 12 - h >= screen.getMinY()) {
            stage.setY(span.getMinY() - 12 - h);
        } else {
            // No room anywhere: keep the window beside the span's line, as narrow as it must be.
            double right = screen.getMaxX() - span.getMaxX() - 12;
            double left = span.getMinX() - 12 - screen.getMinX();
            if (right >= left) {
                stage.setX(span.getMaxX() + 12);
                stage.setWidth(Math.max(200, right));
            } else {
                stage.setWidth(Math.max(200, left));
                stage.setX(span.getMinX() - 12 - stage.getWidth());
            }
        }
    }

    private static Rectangle2D screenOf(Window w) {
        var screens = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()), Math.max(1, w.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
