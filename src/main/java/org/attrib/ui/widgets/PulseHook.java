package org.attrib.ui.widgets;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs an action once in the next pulse of a node's scene, before or after its layout: work
 * that must land in the next frame (a restyle, before layout) or must wait for it (after
 * layout). Requests before the action ran are one. Outside a showing window, where no pulse
 * comes, the action runs on the next turn of the JavaFX thread.
 */
public final class PulseHook {

    /** Where in the pulse the action runs. */
    public enum When { BEFORE_LAYOUT, AFTER_LAYOUT }

    private final Node node;
    private final When when;
    private final Runnable action;
    private final Runnable listener = this::onPulse;
    private Scene listeningOn;
    private boolean armed;

    public PulseHook(Node node, When when, Runnable action) {
        this.node = node;
        this.when = when;
        this.action = action;
    }

    /** Runs the action in the next pulse, unless it is asked for already. */
    public void request() {
        if (armed) {
            return;
        }
        armed = true;
        Scene scene = node.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            Platform.runLater(this::onPulse);
            return;
        }
        if (listeningOn != scene) {
            // Registered once per scene and never removed from inside a pulse: the scene walks
            // its pulse listeners while it calls them.
            if (listeningOn != null) {
                remove(listeningOn);
            }
            if (when == When.BEFORE_LAYOUT) {
                scene.addPreLayoutPulseListener(listener);
            } else {
                scene.addPostLayoutPulseListener(listener);
            }
            listeningOn = scene;
        }
        Platform.requestNextPulse();
    }

    private void remove(Scene scene) {
        if (when == When.BEFORE_LAYOUT) {
            scene.removePreLayoutPulseListener(listener);
        } else {
            scene.removePostLayoutPulseListener(listener);
        }
    }

    private void onPulse() {
        if (armed) {
            armed = false;
            action.run();
        }
    }
}
