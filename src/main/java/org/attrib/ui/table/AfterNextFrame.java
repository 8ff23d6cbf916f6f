package org.attrib.ui.table;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;

import org.attrib.ui.widgets.PulseHook;

/**
 * Runs work after the layout of the next frame, in the order it was asked for, so that the
 * frame shows what the analyst is looking at (an edit's highlight) without waiting for this
 * work: the table's rows and selection follow a frame later.
 */
final class AfterNextFrame {

    private final List<Runnable> queue = new ArrayList<>();
    // The frame is being drawn once its layout is done; the work goes into the next one.
    private final PulseHook hook;

    AfterNextFrame(Node node) {
        this.hook = new PulseHook(node, PulseHook.When.AFTER_LAYOUT, () -> Platform.runLater(this::flush));
    }

    void run(Runnable work) {
        queue.add(work);
        hook.request();
    }

    private void flush() {
        List<Runnable> now = new ArrayList<>(queue);
        queue.clear();
        now.forEach(Runnable::run);
    }
}
