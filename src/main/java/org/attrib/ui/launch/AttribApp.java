package org.attrib.ui.launch;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.attrib.core.corpus.SampleCorpus;
import org.attrib.ui.app.AppPreferences;
import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.window.MainWindow;

/**
 * The JavaFX application. Started through {@code org.attrib.Main}, which does not extend
 * Application, so that the app runs from a plain jar.
 */
public final class AttribApp extends Application {

    private ExecutorService io;

    @Override
    public void start(Stage stage) {
        io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "attrib-io");
            t.setDaemon(true);
            return t;
        });
        MainWindow window = open(stage, io);
        startupTarget(getParameters().getRaw()).ifPresentOrElse(
                window::openAfterAsking,
                () -> window.stage().setTitle("Attrib"));
    }

    /** Builds a window on {@code stage}; used by the app and by UI tests. */
    public static MainWindow open(Stage stage, ExecutorService io) {
        MainViewModel main = new MainViewModel(io, Platform::runLater, AppPreferences.load());
        MainWindow window = new MainWindow(stage, main);
        stage.show();
        return window;
    }

    /** The article or folder named on the command line, else the bundled sample folder. */
    static Optional<Path> startupTarget(List<String> args) {
        if (!args.isEmpty()) {
            return Optional.of(Paths.get(args.get(0)));
        }
        return SampleCorpus.locate();
    }

    @Override
    public void stop() {
        if (io != null) {
            io.shutdown();
        }
    }
}
