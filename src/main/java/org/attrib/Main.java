package org.attrib;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import javafx.application.Application;

import org.attrib.cli.AttribCli;
import org.attrib.ui.launch.AttribApp;

/**
 * Entry point of {@code attrib.jar}: a command ({@code attrib validate ...}) runs headless; no
 * command, a {@code .txt} file or a folder opens the window. It does not extend
 * {@code Application}: JavaFX refuses to start an Application main class from a plain jar.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (AttribCli.isCommand(args)) {
            PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            System.exit(AttribCli.run(args, out, err));
        }
        Application.launch(AttribApp.class, args);
    }
}
