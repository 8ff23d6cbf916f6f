package org.attrib.ui.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.Autosaver;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.io.FileStamp;
import org.attrib.core.text.SourceText;
import org.attrib.ui.work.BackgroundWork;

/**
 * Saving the open document: its one save state (saved, unsaved, saving, failed, changed on
 * disk, read-only), typed, from the autosaver's status and the undo history's saved mark; Ctrl+S;
 * a copy elsewhere; and what to do when someone else changed the file (keep mine, reload theirs,
 * merge by annotation id), checked when the window gets the focus back.
 */
public final class SaveViewModel {

    private final DocumentViewModel documentVm;
    private final Path annotationFile;
    private final SourceText text;
    private final BackgroundWork work;
    private final Autosaver autosaver;
    private DocumentSnapshot base;
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState");
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper(this, "saveProblem", "");
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk");
    private final ReadOnlyStringWrapper theirsUnreadable = new ReadOnlyStringWrapper(this, "theirsUnreadable", "");

    SaveViewModel(DocumentViewModel documentVm, DocumentFiles.Opened opened, Duration autosaveDelay) {
        this.documentVm = documentVm;
        this.annotationFile = opened.annotationFile();
        this.text = documentVm.source();
        this.work = documentVm.work();
        this.base = DocumentSnapshot.of(documentVm.document());
        if (documentVm.isReadOnly()) {
            autosaver = null;
        } else {
            autosaver = new Autosaver(annotationFile, opened.stamp(), () -> DocumentSnapshot.of(documentVm.document()), documentVm.fxThread(),
                    autosaveDelay, this::autosaverStatus);
            autosaver.watch(documentVm.document());
            if (opened.report().sourceChanged()) {
                // Re-anchored annotations differ from the file until the analyst saves.
                documentVm.history().undoHistory().forgetSavedState();
                autosaver.markUnsaved();
            }
        }
    }

    /** The history changed: the save state follows. */
    void refresh() {
        saveState.set(saveStateNow());
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Why the last save failed, for the analyst; empty when it did not. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** True while the annotation file changed on disk and the analyst has not chosen what to keep. */
    public ReadOnlyBooleanProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    SaveState saveStateNow() {
        if (documentVm.isReadOnly()) {
            return SaveState.READ_ONLY;
        }
        return switch (autosaver.status().state()) {
            case SAVING -> SaveState.SAVING;
            case FAILED -> SaveState.FAILED;
            case CONFLICT -> SaveState.CONFLICT;
            default -> documentVm.history().undoHistory().isDirty() ? SaveState.UNSAVED : SaveState.SAVED;
        };
    }

    /**
     * Saves now (Ctrl+S), in the background; the save state follows. Returns false when no save
     * was started: the document is read-only, or its file changed on disk and the analyst must
     * first choose what to keep (the window asks).
     */
    public boolean save() {
        if (documentVm.isReadOnly()) {
            documentVm.say("This document is open read-only; its annotation file is not written.");
            return false;
        }
        if (changedOnDisk.get()) {
            documentVm.say(annotationFile.getFileName() + " was changed by someone else: merge, keep yours or reload theirs, "
                    + "or save a copy elsewhere (File > Save a copy as…).");
            return false;
        }
        autosaver.saveNow();
        return true;
    }

    /** Changes the autosave delay; zero or null turns autosave off. */
    public void setAutosaveDelay(Duration delay) {
        if (autosaver != null) {
            autosaver.setDelay(delay);
        }
    }

    /**
     * Checks in the background whether someone else changed the annotation file (on window
     * focus); {@code ifChanged} runs when it did, to ask the analyst what to keep. A file changed
     * earlier and now back as this window last saved it ends the conflict: saving resumes.
     */
    public void checkDisk(Runnable ifChanged) {
        if (autosaver == null) {
            return;
        }
        FileStamp known = autosaver.stamp();
        boolean wasChanged = changedOnDisk.get();
        work.run(() -> DocumentFiles.changedOnDisk(annotationFile, known), changed -> {
            if (!known.equals(autosaver.stamp())) {
                return;
            }
            if (!changed && wasChanged && changedOnDisk.get()) {
                changedOnDisk.set(false);
                autosaver.rebase(known);
                documentVm.say(annotationFile.getFileName() + " is again as you last saved it; saving goes on.");
            } else if (changed) {
                changedOnDisk.set(true);
                documentVm.say(annotationFile.getFileName() + " was changed by someone else; choose what to keep.");
                ifChanged.run();
            }
        }, e -> documentVm.say("Cannot check " + annotationFile + ": " + e.getMessage()));
    }

    /** Keeps this window's annotations: theirs are copied aside, then ours are written. */
    public void keepMine() {
        changedOnDisk.set(false);
        theirsUnreadable.set("");
        autosaver.keepMine();
        documentVm.say("Kept your annotations; the other version was kept beside the file as a copy.");
    }

    /** Replaces this window's annotations with the file's (undoable). */
    public void reloadTheirs() {
        readTheirs(theirs -> {
            documentVm.execute(documentVm.editor().replaceAll(theirs.snapshot(), "Reload from disk"));
            autosaver.reloaded(theirs.stamp());
            documentVm.history().undoHistory().markSaved();
            base = theirs.snapshot();
            changedOnDisk.set(false);
            documentVm.say("Reloaded the annotations from disk (Ctrl+Z brings yours back).");
        });
    }

    /** What to keep where both sides changed the same annotation. */
    public enum ConflictChoice { MINE, THEIRS, CANCEL }

    /**
     * Merges the file's annotations with this window's by annotation id, in the background;
     * {@code choose} is shown the conflicts (one sentence each) and says which side wins them.
     */
    public void mergeWithDisk(java.util.function.Function<List<String>, ConflictChoice> choose) {
        DocumentSnapshot mine = DocumentSnapshot.of(documentVm.document());
        DocumentSnapshot common = base;
        readTheirs(theirs -> {
            org.attrib.core.merge.MergeResult result = org.attrib.core.merge.AnnotationMerge.merge(common, mine, theirs.snapshot());
            List<String> conflicts = result.conflicts().stream().map(org.attrib.core.merge.MergeConflict::description).toList();
            ConflictChoice choice = choose.apply(conflicts);
            if (choice == ConflictChoice.CANCEL) {
                return;
            }
            DocumentSnapshot merged = (choice == ConflictChoice.MINE ? result.keepingMine() : result.keepingTheirs()).snapshot();
            documentVm.execute(documentVm.editor().replaceAll(merged, "Merge with changes on disk"));
            autosaver.rebase(theirs.stamp());
            changedOnDisk.set(false);
            autosaver.saveNow();
            documentVm.say("Merged with the changes on disk" + (conflicts.isEmpty() ? "." : "; " + conflicts.size()
                    + " conflict(s) settled with " + (choice == ConflictChoice.MINE ? "yours." : "theirs.")));
        });
    }

    /** Saves a copy of the annotations to another file (after a failed save), in the background. */
    public void saveCopyTo(Path file) {
        DocumentSnapshot snapshot = DocumentSnapshot.of(documentVm.document());
        work.run(() -> {
            DocumentFiles.save(snapshot, file);
            return file;
        }, saved -> documentVm.say("Saved a copy to " + saved + "."),
                e -> documentVm.say("Could not save a copy to " + file + ": " + e.getMessage()));
    }

    private void readTheirs(java.util.function.Consumer<DocumentFiles.Theirs> then) {
        work.run(() -> DocumentFiles.readTheirs(annotationFile, text), then, e -> {
            String problem = "Their version cannot be read: " + e.getMessage() + ".";
            documentVm.say(problem + " Keep yours (theirs is kept beside it as a copy), or save a copy elsewhere.");
            theirsUnreadable.set("");
            theirsUnreadable.set(problem);
        });
    }

    /**
     * Why the changed file on disk could not be read for a merge or a reload, or empty: the
     * window then asks again, offering what still works (keep mine, save a copy).
     */
    public ReadOnlyStringProperty theirsUnreadableProperty() {
        return theirsUnreadable.getReadOnlyProperty();
    }

    private void autosaverStatus(Autosaver.Status status) {
        switch (status.state()) {
            case SAVED -> {
                documentVm.history().undoHistory().markSaved();
                base = DocumentSnapshot.of(documentVm.document());
                saveProblem.set("");
                String at = status.savedDetail();
                documentVm.say("Saved " + annotationFile.getFileName() + at + ".");
            }
            case FAILED -> {
                saveProblem.set(status.message());
                documentVm.say(status.message());
            }
            case CONFLICT -> {
                changedOnDisk.set(true);
                documentVm.say(status.message().isEmpty()
                        ? annotationFile.getFileName() + " was changed by someone else; choose what to keep." : status.message());
            }
            default -> {
            }
        }
        documentVm.history().refresh();
    }

    /** Stops autosaving (the window closes); a save under way is finished. */
    public void close() {
        work.stop();
        if (autosaver != null) {
            autosaver.close();
        }
    }
}
