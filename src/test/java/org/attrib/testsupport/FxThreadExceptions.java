package org.attrib.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails a test when the JavaFX thread threw while it ran. JavaFX catches what an event handler or
 * listener throws and hands it to the uncaught-exception handler, which TestFX sets to collect it
 * and print "Exception in Async Thread": only printed, a window test would pass with a broken
 * window behind it. Registered for every test by JUnit's extension auto-detection (see the
 * surefire configuration), so no UI test can forget it.
 */
public final class FxThreadExceptions implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        WaitForAsyncUtils.clearExceptions();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        // Without a JavaFX thread nothing ran on it, and the check, which waits for its events, would
        // throw "Toolkit not initialized" after core tests that run before any window test.
        if (!FxToolkit.isFXApplicationThreadRunning()) {
            WaitForAsyncUtils.clearExceptions();
            return;
        }
        try {
            WaitForAsyncUtils.checkException();
        } catch (Throwable thrown) {
            throw new AssertionError("a thread of the window (the JavaFX thread, or a task it started) threw during "
                    + context.getDisplayName() + ": " + thrown, thrown);
        } finally {
            WaitForAsyncUtils.clearExceptions();
        }
    }
}
