package org.attrib.ui.importing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.importer.ImportRun;
import org.attrib.core.batch.RunListener;
import org.attrib.core.batch.Problem;
import org.attrib.core.export.W3cIris;
import org.attrib.core.importer.BratMapping;
import org.attrib.ui.work.BackgroundWork;

/**
 * File > Import…: brat standoff or W3C Web Annotation files imported as articles with annotation
 * files in a folder, by the same use case as {@code attrib import} (same label mapping, same
 * problems reported), in the background. The report lists every line or file that could not be
 * used; the imported folder can then be opened.
 */
public final class ImportViewModel {

    /** What is imported. */
    public enum Format {
        BRAT("brat standoff (.ann with .txt)"), W3C("W3C Web Annotation (.jsonld, .json, .jsonl)");

        private final String label;

        Format(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The window's words for replacing annotation files already in the folder. */
    public static final String REPLACE = "Replace annotation files already there";

    private final BackgroundWork work;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(this, "format", Format.BRAT);
    private final ObservableList<Path> inputs = FXCollections.observableArrayList();
    private final StringProperty mapping = new SimpleStringProperty(this, "mapping", "");
    private final StringProperty texts = new SimpleStringProperty(this, "texts", "");
    private final StringProperty baseIri = new SimpleStringProperty(this, "baseIri", W3cIris.DEFAULT_BASE);
    private final StringProperty out = new SimpleStringProperty(this, "out", "");
    private final BooleanProperty force = new SimpleBooleanProperty(this, "force");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Path> imported = new ReadOnlyObjectWrapper<>(this, "imported");
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ObservableList<String> reportView = FXCollections.unmodifiableObservableList(report);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding canImport;

    public ImportViewModel(Executor background, Executor fxThread) {
        this.work = new BackgroundWork(background, fxThread);
        problem.bind(Bindings.createStringBinding(this::whatIsMissing, format, inputs, mapping, out, baseIri, running));
        canImport = problem.isEmpty();
        // A folder beside the first input, named so that nothing of the input is overwritten.
        inputs.addListener((javafx.collections.ListChangeListener<Path>) c -> {
            if (out.get().isBlank() && !inputs.isEmpty()) {
                Path parent = inputs.get(0).toAbsolutePath().getParent();
                out.set((parent == null ? Path.of("imported") : parent.resolve("imported")).toString());
            }
        });
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    /** The files or folders to import. */
    public ObservableList<Path> inputs() {
        return inputs;
    }

    /** brat: {@code LABEL=TARGET} pairs, one per line or separated by commas. */
    public StringProperty mappingProperty() {
        return mapping;
    }

    /** W3C: the folder holding the articles (empty: each file's folder). */
    public StringProperty textsProperty() {
        return texts;
    }

    /** W3C: the IRI the export appended article names to. */
    public StringProperty baseIriProperty() {
        return baseIri;
    }

    /** The folder for the articles and their annotation files. */
    public StringProperty outProperty() {
        return out;
    }

    /** Replace annotation files already in the folder (the old ones are kept as .bak). */
    public BooleanProperty forceProperty() {
        return force;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the last import did, in one sentence. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What keeps the import from starting, in words, or empty when it can start. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }

    /** The folder of the last import that imported something, or null. */
    public ReadOnlyObjectProperty<Path> importedProperty() {
        return imported.getReadOnlyProperty();
    }

    /** The last import's problems and warnings, one line each, naming the file. */
    public ObservableList<String> report() {
        return reportView;
    }

    /** The targets a brat label can be mapped to, for the view's help text. */
    public static List<String> mappingTargets() {
        return Arrays.stream(BratMapping.Target.values()).map(BratMapping.Target::id).toList();
    }

    /** Starts the import in the background; does nothing while one runs or when something is missing. */
    public void start() {
        if (!canImport.get()) {
            return;
        }
        List<Path> what = List.copyOf(inputs);
        ImportRun.Target target = new ImportRun.Target(Path.of(out.get().strip()), force.get(), "tick " + REPLACE + " to replace it");
        Format f = format.get();
        BratMapping map = f == Format.BRAT ? BratMapping.of(pairs()) : null;
        Path textFolder = texts.get().isBlank() ? null : Path.of(texts.get().strip());
        String iri = baseIri.get().strip();
        running.set(true);
        report.clear();
        imported.set(null);
        summary.set("Importing…");
        Told told = new Told();
        work.run(() -> f == Format.BRAT ? ImportRun.brat(what, map, target, told) : ImportRun.w3c(what, textFolder, iri, target, told),
                s -> {
                    running.set(false);
                    report.setAll(told.lines);
                    summary.set(capitalised(s.describe()) + (s.problems() > 0 ? " (listed below)." : "."));
                    imported.set(s.imported() > 0 ? s.out() : null);
                }, e -> {
                    running.set(false);
                    report.setAll(told.lines);
                    summary.set("Import stopped: " + e.getMessage());
                });
    }

    /** Stops delivering results (the import window closed). */
    public void close() {
        work.stop();
    }

    private List<String> pairs() {
        return Arrays.stream(mapping.get().split("[,\\n]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private String whatIsMissing() {
        if (running.get()) {
            return "An import is running.";
        }
        if (inputs.isEmpty()) {
            return format.get() == Format.BRAT ? "Add .ann files or folders to import." : "Add Web Annotation files to import.";
        }
        if (out.get().isBlank()) {
            return "Choose the folder to import into.";
        }
        try {
            if (format.get() == Format.BRAT) {
                BratMapping.of(pairs());
            } else {
                new W3cIris(baseIri.get().strip());
            }
        } catch (IllegalArgumentException e) {
            return (format.get() == Format.BRAT ? "Label mapping: " : "Base IRI: ") + e.getMessage();
        }
        return "";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Collects what the import tells; handed to the JavaFX thread with the result. */
    private static final class Told implements RunListener {
        private final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void warning(String message) {
            lines.add("warning: " + message);
        }

        @Override
        public void problem(Problem p) {
            lines.add(p.toString());
        }
    }
}
