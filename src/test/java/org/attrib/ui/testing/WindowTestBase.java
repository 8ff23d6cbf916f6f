package org.attrib.ui.testing;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** What a window test that opens its own windows needs: a folder, a robot, an I/O thread and the harness. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTestBase {

    @TempDir
    protected Path dir;

    protected ExecutorService io;
    protected WindowHarness harness;
    protected FxRobot robot;

    @BeforeEach
    protected void setUpWindowTest(FxRobot robot) {
        this.robot = robot;
        io = UiTestSupport.io();
        harness = new WindowHarness(robot, io);
    }

    @AfterEach
    protected void tearDownWindowTest() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdownNow();
    }
}
