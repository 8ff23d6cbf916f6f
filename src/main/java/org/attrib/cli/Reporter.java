package org.attrib.cli;

import java.io.IOException;
import java.io.PrintWriter;

import org.attrib.core.batch.Problem;
import org.attrib.core.failure.IoProblems;

/**
 * A command's messages: results on standard output, problems and warnings on standard error,
 * each on one line and naming the file, never garbled by the progress bar.
 */
final class Reporter {

    private final String command;
    private final PrintWriter out;
    private final PrintWriter err;
    private Progress progress;
    private int problems;

    Reporter(String command, PrintWriter out, PrintWriter err) {
        this.command = command;
        this.out = out;
        this.err = err;
    }

    /** Starts a progress bar over {@code total} items. */
    Progress progress(int total) {
        progress = Progress.onConsole(err, total);
        return progress;
    }

    /** A problem with the input, counted for the exit code. */
    void problem(Problem p) {
        problems++;
        line(err, p.toString());
    }

    /** A problem that is the command's result (validate's findings), on standard output. */
    void finding(Problem p) {
        problems++;
        line(out, p.toString());
    }

    void warning(String message) {
        line(err, "warning: " + message);
    }

    /** An error that stops the command: {@code attrib export: message}. */
    void error(String message) {
        line(err, "attrib " + command + ": " + message);
    }

    void result(String message) {
        line(out, message);
    }

    void summary(String message) {
        line(err, message);
    }

    /** What went wrong in an I/O operation, in words (Java's messages are often just the path). */
    static String reason(IOException e) {
        return IoProblems.reason(e);
    }

    int problems() {
        return problems;
    }

    /** The exit code for a run that got to the end: problems found, or none. */
    int exitCode() {
        return problems > 0 ? AttribCli.PROBLEMS : AttribCli.OK;
    }

    private void line(PrintWriter w, String message) {
        if (progress != null) {
            progress.clear();
        }
        w.println(message);
        w.flush();
    }
}
