package org.attrib.ui.window;

import java.util.List;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.document.DocumentViewModel;

/** The window's questions and warnings: unsaved changes, unreadable files, files changed on disk, failed saves. */
final class WindowDialogs {

    /** The most of a message a dialog shows. */
    private static final int MAX_SHOWN = 4_000;

    private final Stage owner;
    private boolean askingAboutDisk;

    WindowDialogs(Stage owner) {
        this.owner = owner;
    }

    /** What to do with unsaved work when its document goes. */
    enum SaveChoice { SAVE, COPY, DISCARD }

    /**
     * Unsaved work and the document is about to go: save (or, when its file cannot be written
     * now, resolve that first), save a copy elsewhere, or don't save; empty: cancel.
     */
    Optional<SaveChoice> askToSave(DocumentViewModel d, boolean cannotSaveNow) {
        ButtonType save = new ButtonType(cannotSaveNow ? "Save…" : "Save", ButtonBar.ButtonData.YES);
        ButtonType copy = new ButtonType("Save a copy as…", ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        String why = !cannotSaveNow ? "" : d.saving().changedOnDiskProperty().get()
                ? "\n\nIts annotation file was changed by someone else: Save… asks what to keep first."
                : "\n\nThe last save failed: " + d.saving().saveProblemProperty().get();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, copy, discard, cancel);
        alert.getDialogPane().setContent(bounded("Your annotations of " + d.sourcePath().getFileName()
                + " have unsaved changes." + why));
        alert.setHeaderText("Save your changes?");
        alert.initOwner(owner);
        alert.getDialogPane().setId("unsaved-dialog");
        alert.setResizable(true);
        return alert.showAndWait().flatMap(b -> b == save ? Optional.of(SaveChoice.SAVE) : b == copy ? Optional.of(SaveChoice.COPY)
                : b == discard ? Optional.of(SaveChoice.DISCARD) : Optional.empty());
    }

    /**
     * A text for a dialog, of any length: wrapped, and scrolled beyond a size that fits the
     * window, so that no message (a 50 MB value quoted in it, say) makes a dialog taller than
     * the screen.
     */
    Node bounded(String text) {
        if (text.length() > MAX_SHOWN) {
            // Laying out megabytes of text would hang the window before any scrolling could help.
            text = text.substring(0, MAX_SHOWN) + "… (" + String.format("%,d", text.length()) + " characters in all)";
        }
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Math.max(320, Math.min(620, owner.getWidth() - 120)));
        ScrollPane scroll = new ScrollPane(label);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(label.getMaxWidth());
        scroll.setMaxHeight(Math.max(160, Math.min(420, owner.getHeight() - 260)));
        scroll.setPrefViewportHeight(Math.min(scroll.getMaxHeight(), 40 + 18 * Math.min(20, text.length() / 70 + text.split("\n").length)));
        scroll.getStyleClass().add("dialog-text");
        return scroll;
    }

    void askAboutBadFile(MainViewModel.BadAnnotationFile bad, MainViewModel main) {
        ButtonType readOnly = new ButtonType("Open read-only", ButtonBar.ButtonData.OK_DONE);
        ButtonType afresh = new ButtonType("Start afresh", ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", readOnly, afresh, cancel);
        alert.setHeaderText("The annotations of " + bad.source().getFileName() + " cannot be read");
        alert.getDialogPane().setContent(bounded(bad.problem() + "\n\nThe file is left as it is. Open the article read-only "
                + "to see the text, or start afresh: the unreadable file is then kept beside it under a name ending in "
                + "\".unreadable-<date>\"."));
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

    /**
     * Someone else changed the annotation file: reload theirs, keep mine, or merge by annotation
     * id; or save a copy elsewhere, or decide later (Ctrl+S asks again). When their file cannot be
     * read, only what still works is offered: keep mine (theirs is kept as a copy) or a copy.
     */
    void askAboutChangedFile(DocumentViewModel d, Runnable saveCopy) {
        if (askingAboutDisk || !d.saving().changedOnDiskProperty().get()) {
            return;
        }
        askingAboutDisk = true;
        try {
            String unreadable = d.saving().theirsUnreadableProperty().get();
            ButtonType merge = new ButtonType("Merge", ButtonBar.ButtonData.OTHER);
            ButtonType mine = new ButtonType("Keep mine", ButtonBar.ButtonData.OTHER);
            ButtonType theirs = new ButtonType("Reload theirs", ButtonBar.ButtonData.OTHER);
            ButtonType copy = new ButtonType("Save a copy as…", ButtonBar.ButtonData.OTHER);
            ButtonType later = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = unreadable.isEmpty()
                    ? new Alert(Alert.AlertType.WARNING, "", merge, mine, theirs, copy, later)
                    : new Alert(Alert.AlertType.WARNING, "", mine, copy, later);
            alert.setHeaderText(d.annotationFile().getFileName() + " was changed by someone else");
            alert.getDialogPane().setContent(bounded(unreadable.isEmpty()
                    ? "Another analyst, a sync or a git pull changed the annotation file since you opened it. "
                            + "Nothing was overwritten.\n\n"
                            + "Merge: combine both by annotation id; you choose where both changed the same annotation.\n"
                            + "Keep mine: save yours; theirs is kept beside it as a copy.\n"
                            + "Reload theirs: replace yours with theirs (Ctrl+Z brings yours back).\n"
                            + "Save a copy as…: write yours to another file, and decide later.\n"
                            + "Decide later: nothing is saved until you choose (Ctrl+S asks again)."
                    : unreadable + "\n\nKeep mine: save yours; their file is kept beside it as a copy, as it is.\n"
                            + "Save a copy as…: write yours to another file, and decide later."));
            alert.getDialogPane().setId("changed-on-disk-dialog");
            alert.initOwner(owner);
            alert.setResizable(true);
            Optional<ButtonType> choice = alert.showAndWait();
            if (choice.isEmpty() || choice.get() == later) {
                d.messageProperty().set("Nothing is saved until you choose what to keep: Ctrl+S or the status bar's "
                        + "Resolve… asks again.");
                return;
            }
            if (choice.get() == mine) {
                d.saving().keepMine();
            } else if (choice.get() == theirs) {
                d.saving().reloadTheirs();
            } else if (choice.get() == copy) {
                saveCopy.run();
            } else {
                d.saving().mergeWithDisk(this::resolve);
            }
        } finally {
            askingAboutDisk = false;
        }
    }

    /** Shows the merge's conflicts and lets the analyst keep one side for all of them. */
    private org.attrib.ui.document.SaveViewModel.ConflictChoice resolve(List<String> conflicts) {
        if (conflicts.isEmpty()) {
            return org.attrib.ui.document.SaveViewModel.ConflictChoice.MINE;
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
            return org.attrib.ui.document.SaveViewModel.ConflictChoice.CANCEL;
        }
        return choice.get() == mine ? org.attrib.ui.document.SaveViewModel.ConflictChoice.MINE : org.attrib.ui.document.SaveViewModel.ConflictChoice.THEIRS;
    }

    /**
     * A save failed: say why, and offer to save a copy elsewhere. Opened from the status bar's
     * button, not by the failure itself; Enter closes it and never starts the copy.
     */
    void saveFailed(DocumentViewModel d, String problem, Runnable saveCopy) {
        ButtonType elsewhere = new ButtonType("Save a copy elsewhere…", ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", elsewhere, close);
        alert.getDialogPane().setContent(bounded(problem + "\n\nYour annotations are still here, and the file on disk "
                + "is as it was. Fix the folder (space, permissions) and save again (Ctrl+S), or save a copy elsewhere."));
        alert.setHeaderText("Could not save " + d.annotationFile().getFileName());
        alert.getDialogPane().setId("save-failed-dialog");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(elsewhere)).setDefaultButton(false);
        alert.initOwner(owner);
        alert.setResizable(true);
        alert.showAndWait().filter(b -> b == elsewhere).ifPresent(b -> saveCopy.run());
    }

    /** The shortcut list (F1): sized to fit inside the window, wrapped, scrolled when longer. */
    void shortcuts(String list) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setId("shortcuts-dialog");
        TextArea text = new TextArea(list);
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
        Alert a = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        a.getDialogPane().setContent(bounded(text));
        a.initOwner(owner);
        a.setHeaderText(header);
        a.setResizable(true);
        a.show();
    }
}
