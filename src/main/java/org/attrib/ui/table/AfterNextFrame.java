package org.attrib.ui.table;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work after the layout of the next frame, in the order it was asked for, so that the
 * frame shows what the analyst is looking at (an edit's highlight) without waiting for this
 * work: the table's rows and selection follow a frame later. Outside a showing window the work
 * runs on the next turn of the JavaFX thread.
 */
final class AfterNextFrame {

    private final Node node;
    private final List<Runnable> queue = new ArrayList<>();
    private final Runnable afterLayout = this::afterLayout;
    private Scene listeningOn;
    private boolean armed;
    private boolean waitingForLayout;

    AfterNextFrame(Node node) {
        this.node = node;
    }

    void run(Runnable work) {
        queue.add(work);
        if (armed) {
            return;
        }
        armed = true;
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            Platform.runLater(this::flush);
            return;
        }
        if (listeningOn != scene) {
            // Registered once per scene and never removed from inside a pulse: the scene walks its
            // pulse listeners by index while it calls them.
            if (listeningOn != null) {
                listeningOn.removePostLayoutPulseListener(afterLayout);
            }
            scene.addPostLayoutPulseListener(afterLayout);
            listeningOn = scene;
        }
        waitingForLayout = true;
        Platform.requestNextPulse();
    }

    private void afterLayout() {
        if (waitingForLayout) {
            waitingForLayout = false;
            // The frame is being drawn; the work goes into the next one.
            Platform.runLater(this::flush);
        }
    }

    private void flush() {
        armed = false;
        List<Runnable> now = new ArrayList<>(queue);
        queue.clear();
        now.forEach(Runnable::run);
    }
}
