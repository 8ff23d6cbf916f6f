package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void drawsABarOnOneLineAndClearsIt() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), 4, true);
        p.step("world/a.txt");
        p.step("world/b.txt");
        assertThat(err.toString()).contains("\r[######------------------] 1/4 world/a.txt", "\r[############------------] 2/4 world/b.txt")
                .doesNotContain("\n");
        p.clear();
        assertThat(err.toString()).endsWith("\r" + " ".repeat(79) + "\r");
    }

    @Test
    void longNamesAreCutToTheLine() {
        StringWriter err = new StringWriter();
        new Progress(new PrintWriter(err), 2, true).step("x".repeat(200));
        assertThat(err.toString().substring(1)).hasSize(79).endsWith("...");
    }

    @Test
    void drawsNothingWithoutAConsoleOrForASingleItem() {
        StringWriter err = new StringWriter();
        Progress off = new Progress(new PrintWriter(err), 10, false);
        off.step("a");
        off.clear();
        Progress single = new Progress(new PrintWriter(err), 1, true);
        single.step("a");
        single.clear();
        assertThat(err.toString()).isEmpty();
    }
}
