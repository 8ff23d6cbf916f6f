package org.attrib.ui;

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
