package org.attrib.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import org.attrib.core.batch.Problem;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.importer.ImportedFiles;
import org.attrib.core.text.SourceTextException;

/** Where {@code import brat} and {@code import w3c} put the articles they import, and how they save each. */
final class ImportOutput {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the articles and their annotation files")
    Path out;

    @Option(names = "--force", description = "replace annotation files already in DIR (the old ones are kept as .bak)")
    boolean force;

    /** One article's import, up to {@link Run#save}. */
    @FunctionalInterface
    interface Step {
        void run() throws IOException, SourceTextException;
    }

    /** Starts a run of imports into the folder. */
    Run start(Reporter reporter) {
        return new Run(reporter);
    }

    /** Imports into the folder, counting what was saved. */
    final class Run {
        private final Reporter reporter;
        private int imported;
        private int annotations;

        private Run(Reporter reporter) {
            this.reporter = reporter;
        }

        /**
         * Runs one article's import. What cannot be used (an unreadable article, an annotation file
         * already there without --force, a name that leaves the folder) is reported against
         * {@code input} and the import goes on; false after an I/O error, which is reported and
         * ends the import.
         */
        boolean attempt(Path input, Step step) {
            try {
                step.run();
            } catch (SourceTextException e) {
                reporter.problem(Problem.of(e.file(), e.problem()));
            } catch (FileAlreadyExistsException e) {
                reporter.problem(Problem.of(Path.of(e.getFile()), e.getReason()));
            } catch (IllegalArgumentException e) {
                reporter.problem(Problem.of(input, e.getMessage()));
            } catch (IOException e) {
                reporter.error("cannot import " + input + " into " + out + " (" + Reporter.reason(e) + ")");
                return false;
            }
            return true;
        }

        /** Saves an imported article with its annotation file in the folder. */
        void save(String name, Path article, DocumentSnapshot snapshot) throws IOException {
            ImportedFiles.save(out, name, article, snapshot, force);
            imported++;
            annotations += snapshot.annotations().size();
        }

        int imported() {
            return imported;
        }

        int annotations() {
            return annotations;
        }
    }
}
