package org.attrib.ui.window;

import java.util.List;

import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: where the analyst left it, if that is still on a screen, else a
 * size that fits the primary screen's visible area (the part not taken by panels and docks),
 * centred on it. Pure arithmetic over rectangles, so that any screen can be tried in a test.
 */
public final class WindowPlacement {

    /** The size Attrib asks for on a large screen. */
    static final double PREFERRED_WIDTH = 1360;
    static final double PREFERRED_HEIGHT = 860;
    /** Below this the panels are squeezed to unreadable; smaller screens get their whole visible area. */
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 560;
    /** How much of a window's top edge (its title bar) must be on a screen for the analyst to grab it. */
    private static final double GRAB = 120;

    private WindowPlacement() {
    }

    /**
     * The bounds to open at: {@code saved} (may be null) when its title bar is on one of
     * {@code screens} (visible areas), shrunk and moved into that screen if it does not fit;
     * otherwise the preferred size, capped to {@code primary}, centred on it.
     */
    public static Rectangle2D place(Rectangle2D saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved != null && saved.getWidth() > 0 && saved.getHeight() > 0) {
            for (Rectangle2D screen : screens) {
                if (titleBarOn(saved, screen)) {
                    return fitInto(saved, screen);
                }
            }
        }
        double w = Math.min(PREFERRED_WIDTH, primary.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, primary.getHeight());
        w = Math.max(w, Math.min(MIN_WIDTH, primary.getWidth()));
        h = Math.max(h, Math.min(MIN_HEIGHT, primary.getHeight()));
        return new Rectangle2D(primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h);
    }

    /** The smallest the window may be made on this screen: the usual minimum, or the whole screen if smaller. */
    public static double[] minimumSize(Rectangle2D screen) {
        return new double[] {Math.min(MIN_WIDTH, screen.getWidth()), Math.min(MIN_HEIGHT, screen.getHeight())};
    }

    private static boolean titleBarOn(Rectangle2D window, Rectangle2D screen) {
        double left = Math.max(window.getMinX(), screen.getMinX());
        double right = Math.min(window.getMaxX(), screen.getMaxX());
        boolean topInside = window.getMinY() >= screen.getMinY() - 1 && window.getMinY() < screen.getMaxY() - 40;
        return topInside && right - left >= Math.min(GRAB, window.getWidth());
    }

    private static Rectangle2D fitInto(Rectangle2D window, Rectangle2D screen) {
        double[] min = minimumSize(screen);
        double w = Math.max(min[0], Math.min(window.getWidth(), screen.getWidth()));
        double h = Math.max(min[1], Math.min(window.getHeight(), screen.getHeight()));
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }
}
