package org.attrib.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.text.SourceTextException;
import org.attrib.ui.document.DocumentViewModel;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The window's state above any one document: which document is open, whether one is loading,
 * and what went wrong opening one. Opening reads files and computes the first highlights in the
 * background; the result arrives on the JavaFX thread.
 */
public final class MainViewModel {

    /** A document ready to show, with the style spans of its whole text. */
    public record Loaded(DocumentViewModel document, StyleSpans<Collection<String>> spans) {
    }

    /** An article whose annotation file could not be read: the analyst chooses what to do. */
    public record BadAnnotationFile(Path source, String problem) {
    }

    private final Executor background;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyObjectWrapper<BadAnnotationFile> badFile = new ReadOnlyObjectWrapper<>(this, "badFile");
    private final ReadOnlyObjectWrapper<String> openError = new ReadOnlyObjectWrapper<>(this, "openError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    public MainViewModel(Executor background, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public DocumentViewModel document() {
        Loaded l = loaded.get();
        return l == null ? null : l.document();
    }

    /** Set when an annotation file is unreadable; the window asks the analyst what to do. */
    public ReadOnlyObjectProperty<BadAnnotationFile> badFileProperty() {
        return badFile.getReadOnlyProperty();
    }

    /** Set when an article cannot be opened at all, with a message naming the file and problem. */
    public ReadOnlyObjectProperty<String> openErrorProperty() {
        return openError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Opens an article with its annotations. */
    public void open(Path source) {
        load(source, Mode.NORMAL);
    }

    /** Opens an article read-only, leaving its unreadable annotation file alone. */
    public void openReadOnly(Path source) {
        load(source, Mode.READ_ONLY);
    }

    /** Moves the unreadable annotation file aside to a named copy and opens the article afresh. */
    public void startAfresh(Path source) {
        load(source, Mode.AFRESH);
    }

    private enum Mode { NORMAL, READ_ONLY, AFRESH }

    private void load(Path source, Mode mode) {
        busy.set(true);
        badFile.set(null);
        openError.set(null);
        message.set("Opening " + source.getFileName() + "…");
        background.execute(() -> {
            try {
                DocumentFiles.Opened opened;
                String note = "";
                if (mode == Mode.NORMAL) {
                    opened = DocumentFiles.open(source);
                } else if (mode == Mode.READ_ONLY) {
                    opened = DocumentFiles.openWithoutAnnotations(source);
                } else {
                    Path bad = org.attrib.core.format.AnnotationFormat.annotationFileFor(source);
                    Path aside = DocumentFiles.moveAside(bad);
                    note = " The unreadable annotation file was kept as " + aside.getFileName() + ".";
                    opened = DocumentFiles.open(source);
                }
                DocumentViewModel vm = new DocumentViewModel(opened, mode == Mode.READ_ONLY, background, fxThread);
                int length = vm.text().length();
                StyleSpans<Collection<String>> spans = length == 0 ? null : vm.styleSpans(0, length);
                String summary = summary(opened) + note;
                fxThread.execute(() -> {
                    busy.set(false);
                    loaded.set(new Loaded(vm, spans));
                    vm.messageProperty().set(summary);
                });
            } catch (AnnotationFileException e) {
                fxThread.execute(() -> {
                    busy.set(false);
                    badFile.set(new BadAnnotationFile(source, e.getMessage()));
                });
            } catch (SourceTextException e) {
                fail("Cannot open " + e.file() + ": " + e.problem() + ".");
            } catch (IOException | RuntimeException e) {
                fail("Cannot open " + source + ": " + e.getMessage());
            }
        });
    }

    private void fail(String text) {
        fxThread.execute(() -> {
            busy.set(false);
            openError.set(text);
            message.set(text);
        });
    }

    private static String summary(DocumentFiles.Opened opened) {
        int n = opened.document().size();
        String base = "Opened " + opened.source().getFileName() + (n == 0 ? "." : " with " + n + " annotation" + (n == 1 ? "" : "s") + ".");
        var r = opened.report();
        if (!r.sourceChanged()) {
            return base;
        }
        return base + " The text changed since the annotations were saved: " + r.moved() + " moved, " + r.orphaned()
                + " could not be placed and are listed as orphans. Nothing is written until you save.";
    }
}
