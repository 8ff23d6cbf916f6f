package org.attrib.ui.window;

import java.io.File;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.document.DocumentViewModel;

/** The window's questions and warnings: unsaved changes, unreadable files, files changed on disk, failed saves. */
final class WindowDialogs {

    private final Stage owner;
    private final java.util.function.Supplier<File> workingFolder;
    private boolean askingAboutDisk;

    WindowDialogs(Stage owner, java.util.function.Supplier<File> workingFolder) {
        this.owner = owner;
        this.workingFolder = workingFolder;
    }

    /** YES: save, NO: discard, empty: cancel. */
    Optional<ButtonBar.ButtonData> askToSave(DocumentViewModel d) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your annotations of " + d.sourcePath().getFileName() + " have unsaved changes.", save, discard, cancel);
        alert.setHeaderText("Save your changes?");
        alert.initOwner(owner);
        alert.getDialogPane().setId("unsaved-dialog");
        return alert.showAndWait().map(ButtonType::getButtonData).filter(b -> b != ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    void askAboutBadFile(MainViewModel.BadAnnotationFile bad, MainViewModel main) {
        ButtonType readOnly = new ButtonType("Open read-only", ButtonBar.ButtonData.OK_DONE);
        ButtonType afresh = new ButtonType("Start afresh", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", readOnly, afresh, cancel);
        alert.setHeaderText("The annotations of " + bad.source().getFileName() + " cannot be read");
        alert.setContentText(bad.problem() + "\n\nThe file is left as it is. Open the article read-only to see "
                + "the text, or start afresh: the unreadable file is then kept beside it under a name ending in "
                + "\".unreadable-<date>\".");
        alert.getDialogPane().setId("bad-file-dialog");
        alert.initOwner(owner);
        alert.setResizable(true);
        alert.showAndWait().ifPresent(choice -> {
            if (choice == readOnly) {
                main.openReadOnly(bad.source());
            } else if (choice == afresh) {
                main.startAfresh(bad.source());
            }
        });
    }

    /** Someone else changed the annotation file: reload theirs, keep mine, or merge by annotation id. */
    void askAboutChangedFile(DocumentViewModel d) {
        if (askingAboutDisk || !d.changedOnDiskProperty().get()) {
            return;
        }
        askingAboutDisk = true;
        try {
            ButtonType merge = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
            ButtonType mine = new ButtonType("Keep mine", ButtonBar.ButtonData.OTHER);
            ButtonType theirs = new ButtonType("Reload theirs", ButtonBar.ButtonData.OTHER);
            ButtonType later = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.WARNING, "", merge, mine, theirs, later);
            alert.setHeaderText(d.annotationFile().getFileName() + " was changed by someone else");
            alert.setContentText("Another analyst, a sync or a git pull changed the annotation file since you opened it. "
                    + "Nothing was overwritten.\n\n"
                    + "Merge: combine both by annotation id; you choose where both changed the same annotation.\n"
                    + "Keep mine: save yours; theirs is kept beside it as a copy.\n"
                    + "Reload theirs: replace yours with theirs (Ctrl+Z brings yours back).");
            alert.getDialogPane().setId("changed-on-disk-dialog");
            alert.initOwner(owner);
            alert.setResizable(true);
            Optional<ButtonType> choice = alert.showAndWait();
            if (choice.isEmpty() || choice.get() == later) {
                return;
            }
            if (choice.get() == mine) {
                d.keepMine();
            } else if (choice.get() == theirs) {
                d.reloadTheirs();
            } else {
                d.mergeWithDisk(this::resolve);
            }
        } finally {
            askingAboutDisk = false;
        }
    }

    /** Shows the merge's conflicts and lets the analyst keep one side for all of them. */
    private DocumentViewModel.ConflictChoice resolve(List<String> conflicts) {
        if (conflicts.isEmpty()) {
            return DocumentViewModel.ConflictChoice.MINE;
        }
        StringBuilder list = new StringBuilder();
        for (String c : conflicts) {
            list.append("• ").append(c).append('\n');
        }
        TextArea area = new TextArea(list.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, conflicts.size() + 1));
        ButtonType mine = new ButtonType("Keep mine where both changed", ButtonBar.ButtonData.OK_DONE);
        ButtonType theirs = new ButtonType("Take theirs where both changed", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", mine, theirs, cancel);
        alert.setHeaderText(conflicts.size() + " conflict(s): both of you changed the same annotations");
        alert.getDialogPane().setContent(area);
        alert.getDialogPane().setId("merge-conflicts-dialog");
        alert.initOwner(owner);
        alert.setResizable(true);
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isEmpty() || choice.get() == cancel) {
            return DocumentViewModel.ConflictChoice.CANCEL;
        }
        return choice.get() == mine ? DocumentViewModel.ConflictChoice.MINE : DocumentViewModel.ConflictChoice.THEIRS;
    }

    /** A save failed: say why, and offer to save a copy elsewhere. */
    void saveFailed(DocumentViewModel d, String problem) {
        ButtonType elsewhere = new ButtonType("Save a copy elsewhere…", ButtonBar.ButtonData.OK_DONE);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, problem + "\n\nYour annotations are still here, and the file on disk "
                + "is as it was. Fix the folder (space, permissions) and save again, or save a copy elsewhere.", elsewhere, ok);
        alert.setHeaderText("Could not save " + d.annotationFile().getFileName());
        alert.getDialogPane().setId("save-failed-dialog");
        alert.initOwner(owner);
        alert.setResizable(true);
        alert.showAndWait().filter(b -> b == elsewhere).ifPresent(b -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save a copy of the annotations");
            chooser.setInitialFileName(d.annotationFile().getFileName().toString());
            chooser.setInitialDirectory(workingFolder.get());
            File f = chooser.showSaveDialog(owner);
            if (f != null) {
                d.saveCopyTo(f.toPath());
            }
        });
    }

    /** The shortcut list (F1): sized to fit inside the window, wrapped, scrolled when longer. */
    void shortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setId("shortcuts-dialog");
        TextArea text = new TextArea(Shortcuts.TEXT);
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("shortcuts");
        double width = Math.min(760, owner.getWidth() - 60);
        double height = Math.min(640, owner.getHeight() - 200);
        text.setPrefSize(width, height);
        text.setMinSize(200, 120);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setPrefWidth(width + 40);
        a.getDialogPane().setMaxHeight(owner.getHeight() - 40);
        a.setResizable(true);
        a.setOnShown(e -> {
            javafx.stage.Window w = a.getDialogPane().getScene().getWindow();
            w.setX(owner.getX() + (owner.getWidth() - w.getWidth()) / 2);
            w.setY(owner.getY() + Math.max(0, (owner.getHeight() - w.getHeight()) / 2));
        });
        a.show();
    }

    void error(String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.initOwner(owner);
        a.setHeaderText(header);
        a.show();
    }
}
