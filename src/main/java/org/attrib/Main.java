package org.attrib;

import javafx.application.Application;

import org.attrib.ui.app.AttribApp;

/**
 * Entry point of {@code attrib.jar}. It does not extend {@code Application}: JavaFX refuses to
 * start an Application main class from the class path of a plain jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(AttribApp.class, args);
    }
}
