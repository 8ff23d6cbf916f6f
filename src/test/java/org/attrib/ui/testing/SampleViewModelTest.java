package org.attrib.ui.testing;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What a view-model test without a window starts from: the sample article opened in a fresh folder. */
public abstract class SampleViewModelTest {

    @TempDir
    protected Path dir;

    protected OpenedSample s;

    @BeforeEach
    protected void openSample() throws Exception {
        s = new OpenedSample(dir);
    }
}
