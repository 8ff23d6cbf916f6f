package org.attrib.cli;

import java.io.PrintWriter;

import org.attrib.core.text.VisibleText;

/**
 * A one-line progress bar on standard error for commands that work through many files, drawn
 * only when a person is watching (a console is attached), so that logs and pipes stay clean.
 * Messages printed while it shows go through {@link #clear()} first.
 */
final class Progress {

    private static final int WIDTH = 24;
    private static final int LINE = 79;

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private int done;
    private boolean shown;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
    }

    /** A bar that shows when standard error is a terminal; its carriage returns bypass the escaping of control characters. */
    static Progress onConsole(PrintWriter err, int total) {
        return new Progress(err instanceof TerminalWriter t ? t.raw() : err, total, System.console() != null);
    }

    /** Shows that work on {@code item} starts. */
    void step(String item) {
        done++;
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + VisibleText.oneLine(item);
        if (line.length() > LINE) {
            line = line.substring(0, LINE - 3) + "...";
        }
        err.print("\r" + line + " ".repeat(LINE - line.length()));
        err.flush();
        shown = true;
    }

    /** Removes the bar, so that the next output starts on a clean line. */
    void clear() {
        if (shown) {
            err.print("\r" + " ".repeat(LINE) + "\r");
            err.flush();
            shown = false;
        }
    }
}
