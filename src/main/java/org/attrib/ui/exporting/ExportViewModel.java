package org.attrib.ui.exporting;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.attrib.core.batch.ExportRun;
import org.attrib.core.batch.Problem;
import org.attrib.core.batch.RunListener;
import org.attrib.ui.work.BackgroundWork;

/**
 * File > Export: articles or a folder written into a folder in the background, by the same use
 * case the command line runs ({@code attrib export}), so that both give the same files.
 */
public final class ExportViewModel {

    private final BackgroundWork work;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper(this, "said", "");

    public ExportViewModel(BackgroundWork work) {
        this.work = work;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the export is doing or did, for the status bar. */
    public ReadOnlyStringProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    /** Exports {@code inputs} (articles or folders) as {@code format} into {@code outDir}. */
    public void export(String format, List<Path> inputs, Path outDir, boolean csvBom) {
        running.set(true);
        said.set("Exporting " + (inputs.size() == 1 ? inputs.get(0).getFileName().toString() : inputs.size() + " articles")
                + " as " + format + "…");
        ExportRun.Options options = ExportRun.Options.of(format, outDir, csvBom);
        work.run(() -> {
            List<String> problems = new CopyOnWriteArrayList<>();
            AtomicInteger warnings = new AtomicInteger();
            RunListener listener = new RunListener() {
                @Override
                public void warning(String w) {
                    warnings.incrementAndGet();
                }

                @Override
                public void problem(Problem p) {
                    problems.add(p.toString());
                }
            };
            ExportRun.Summary summary = ExportRun.run(inputs, options, listener);
            return summary.describe() + (warnings.get() == 0 ? "" : " (" + warnings.get() + " warning(s))")
                    + (problems.isEmpty() ? "" : "; " + problems.size() + " could not be read: " + problems.get(0));
        }, done -> {
            running.set(false);
            said.set(done);
        }, e -> {
            running.set(false);
            said.set("Export failed: " + e.getMessage());
        });
    }
}
