package org.attrib.ui.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;

import javafx.geometry.Rectangle2D;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    /** A 1366×768 laptop with a 28-pixel panel at the top. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 28, 1366, 740);

    private static boolean inside(Rectangle2D r, Rectangle2D screen) {
        return r.getMinX() >= screen.getMinX() && r.getMinY() >= screen.getMinY()
                && r.getMaxX() <= screen.getMaxX() && r.getMaxY() <= screen.getMaxY();
    }

    @Test
    void aFirstStartOnALaptopFitsItsVisibleArea() {
        Rectangle2D r = WindowPlacement.place(null, List.of(LAPTOP), LAPTOP);
        assertThat(inside(r, LAPTOP)).as(r.toString()).isTrue();
        assertThat(r.getWidth()).isEqualTo(1360);
        assertThat(r.getHeight()).as("not the fixed 860 that put the status bar off screen").isLessThanOrEqualTo(740);
    }

    @Test
    void aLargeScreenGetsThePreferredSizeCentred() {
        Rectangle2D hd = new Rectangle2D(0, 0, 1920, 1080);
        Rectangle2D r = WindowPlacement.place(null, List.of(hd), hd);
        assertThat(r).isEqualTo(new Rectangle2D(280, 110, 1360, 860));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensOnThePrimary() {
        Rectangle2D leftOnSecond = new Rectangle2D(2000, 100, 1200, 800);
        Rectangle2D r = WindowPlacement.place(leftOnSecond, List.of(LAPTOP), LAPTOP);
        assertThat(inside(r, LAPTOP)).isTrue();
    }

    @Test
    void aTinySavedWindowGrowsToTheMinimum() {
        Rectangle2D r = WindowPlacement.place(new Rectangle2D(10, 40, 200, 200), List.of(LAPTOP), LAPTOP);
        assertThat(r.getWidth()).isGreaterThanOrEqualTo(WindowPlacement.MIN_WIDTH);
        assertThat(r.getHeight()).isGreaterThanOrEqualTo(WindowPlacement.MIN_HEIGHT);
        assertThat(inside(r, LAPTOP)).isTrue();
    }

    @Test
    void wherePlacedItIsAlwaysWithinAScreenAndNoLargerThanIt() {
        qt().withExamples(2000).forAll(integers().between(-3000, 3000), integers().between(-3000, 3000),
                integers().between(1, 4000), integers().between(1, 3000)).checkAssert((x, y, w, h) -> {
                    Rectangle2D small = new Rectangle2D(0, 0, 1024, 740);
                    Rectangle2D r = WindowPlacement.place(new Rectangle2D(x, y, w, h), List.of(small), small);
                    assertThat(inside(r, small)).as(r.toString()).isTrue();
                    assertThat(r.getWidth()).isGreaterThanOrEqualTo(Math.min(WindowPlacement.MIN_WIDTH, small.getWidth()));
                });
    }
}
