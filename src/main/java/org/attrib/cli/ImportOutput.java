package org.attrib.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.attrib.core.importer.ImportRun;
import org.attrib.core.batch.RunListener;
import org.attrib.core.batch.Problem;

/** Where {@code import brat} and {@code import w3c} put the articles they import, and how they tell it. */
final class ImportOutput {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the articles and their annotation files")
    Path out;

    @Option(names = "--force", description = "replace annotation files already in DIR (the old ones are kept as .bak)")
    boolean force;

    ImportRun.Target target() {
        return new ImportRun.Target(out, force, "use --force to replace it");
    }

    /** Tells an import's progress, problems and warnings on the terminal. */
    static final class Told implements RunListener {
        private final Reporter reporter;
        private Progress progress;

        Told(Reporter reporter) {
            this.reporter = reporter;
        }

        @Override
        public void next(int done, int total, String name) {
            if (progress == null) {
                progress = reporter.progress(total);
            }
            progress.step(name);
        }

        @Override
        public void warning(String message) {
            reporter.warning(message);
        }

        @Override
        public void problem(Problem problem) {
            reporter.problem(problem);
        }

        /** Prints the result (or the error that ended the import) and gives the exit code. */
        int finish(ImportRun.Summary summary) {
            clear();
            reporter.result(summary.describe() + (summary.problems() > 0 ? ", see above" : ""));
            return reporter.exitCode();
        }

        int failed(ImportRun.ImportFailedException e) {
            clear();
            reporter.error(e.getMessage());
            return AttribCli.ERROR;
        }

        private void clear() {
            if (progress != null) {
                progress.clear();
            }
        }
    }
}
