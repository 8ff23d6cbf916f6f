package org.attrib.ui.window;

import java.io.File;

import javafx.beans.value.ChangeListener;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.document.SaveState;

/**
 * How the window keeps the analyst's work, whatever state the document is in: Ctrl+S saves, or,
 * when the file changed on disk, asks again what to keep; File > Save a copy as… always writes;
 * leaving a document (quitting, opening another) with unsaved work never offers only "Don't Save".
 * A save that fails or meets a changed file is shown in the status bar with a button, not in a
 * dialog that would take the keys the analyst is typing into the article.
 */
final class SaveFlow {

    /** What leaving a document with unsaved work may do. */
    enum Leave { NOW, LATER, NEVER }

    private final Stage stage;
    private final MainViewModel main;
    private final WindowDialogs dialogs;

    SaveFlow(Stage stage, MainViewModel main, WindowDialogs dialogs) {
        this.stage = stage;
        this.main = main;
        this.dialogs = dialogs;
    }

    /** Ctrl+S and File > Save. */
    void save() {
        DocumentViewModel d = main.document();
        if (d == null) {
            main.messageProperty().set("Open an article first: File > Open (Ctrl+O).");
        } else if (d.saving().changedOnDiskProperty().get()) {
            dialogs.askAboutChangedFile(d, this::saveCopy);
        } else {
            d.saving().save();
        }
    }

    /** File > Save a copy as…: writes the annotations to a file of the analyst's choice. */
    void saveCopy() {
        DocumentViewModel d = main.document();
        if (d == null) {
            main.messageProperty().set("Open an article first: File > Open (Ctrl+O).");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save a copy of the annotations of " + d.sourcePath().getFileName());
        chooser.setInitialFileName(d.annotationFile().getFileName().toString());
        main.workingFolder().ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            d.saving().saveCopyTo(f.toPath());
        }
    }

    /** The status bar's button beside a failed save or a changed file. */
    void resolve() {
        DocumentViewModel d = main.document();
        if (d == null) {
            return;
        }
        if (d.saving().changedOnDiskProperty().get()) {
            dialogs.askAboutChangedFile(d, this::saveCopy);
        } else if (d.saving().saveStateProperty().get() == SaveState.FAILED) {
            dialogs.saveFailed(d, d.saving().saveProblemProperty().get(), this::saveCopy);
        }
    }

    /**
     * Before the document goes (the window closes, another article opens): NOW when nothing is
     * lost, LATER when a save was started that {@code then} must wait for, NEVER when the analyst
     * cancelled or still has to choose what to keep.
     */
    Leave beforeLeaving(DocumentViewModel d, Runnable then) {
        if (d == null || d.isReadOnly() || !d.history().dirtyProperty().get()) {
            return Leave.NOW;
        }
        boolean stuck = d.saving().changedOnDiskProperty().get() || d.saving().saveStateProperty().get() == SaveState.FAILED;
        var choice = dialogs.askToSave(d, stuck);
        if (choice.isEmpty()) {
            return Leave.NEVER;
        }
        switch (choice.get()) {
            case DISCARD -> {
                return Leave.NOW;
            }
            case COPY -> {
                saveCopy();
                return Leave.NEVER;
            }
            default -> {
                if (d.saving().changedOnDiskProperty().get()) {
                    dialogs.askAboutChangedFile(d, this::saveCopy);
                    return Leave.NEVER;
                }
                if (!d.saving().save()) {
                    return Leave.NEVER;
                }
                ChangeListener<SaveState> whenSaved = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends SaveState> o, SaveState b, SaveState a) {
                        if (a == SaveState.SAVED) {
                            d.saving().saveStateProperty().removeListener(this);
                            then.run();
                        } else if (a == SaveState.FAILED || a == SaveState.CONFLICT) {
                            d.saving().saveStateProperty().removeListener(this);
                        }
                    }
                };
                d.saving().saveStateProperty().addListener(whenSaved);
                return Leave.LATER;
            }
        }
    }
}
