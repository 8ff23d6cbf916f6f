package org.attrib.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testfx.util.WaitForAsyncUtils;

/** Shared helpers for the TestFX tests that drive the real window. */
public final class UiTestSupport {

    /** The bundled sample article every UI test starts from. */
    public static final Path SAMPLE = Paths.get(System.getProperty("attrib.sample.dir", "annotations"))
            .resolve("voa-2019-12-04-us-mexico-cartel-tools.txt");

    private UiTestSupport() {
    }

    /** Copies the sample article (without its annotations) into {@code dir} as {@code story.txt}. */
    public static Path copySample(Path dir) throws IOException {
        Path story = dir.resolve("story.txt");
        Files.copy(SAMPLE, story);
        return story;
    }

    public static ExecutorService io() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "attrib-io-test");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Waits until the JavaFX thread has run what is queued and two pulses have passed: work the
     * window defers to after a frame (the annotation table follows the article a frame later)
     * has run by then. Fails after 20 s.
     */
    public static void settleFrames() {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.CountDownLatch pulses = new java.util.concurrent.CountDownLatch(2);
        javafx.application.Platform.runLater(() -> new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
                if (pulses.getCount() == 0) {
                    stop();
                }
            }
        }.start());
        try {
            if (!pulses.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("no pulse of the JavaFX thread within 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a condition, pumping the JavaFX queue between checks; fails after 20 s. */
    public static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
