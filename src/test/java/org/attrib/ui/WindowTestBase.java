package org.attrib.ui;

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
abstract class WindowTestBase {

    @TempDir
    Path dir;

    ExecutorService io;
    WindowHarness harness;
    FxRobot robot;

    @BeforeEach
    void setUpWindowTest(FxRobot robot) {
        this.robot = robot;
        io = UiTestSupport.io();
        harness = new WindowHarness(robot, io);
    }

    @AfterEach
    void tearDownWindowTest() throws Exception {
        FxToolkit.cleanupStages();
        io.shutdownNow();
    }
}
