package org.attrib.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.DocumentListener;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;

/**
 * Saves a document by itself, at most {@code delay} after a change: the first change after a
 * save starts the clock, and the changes that follow within the delay go into the same save. The
 * snapshot is taken on the thread that owns the document (the JavaFX thread in the app, reached
 * through the {@code owner} executor); the file is written on a background thread, one save at a
 * time. A change that arrives while a save runs is saved by the next one. The state (saved,
 * unsaved, saving, failed, changed on disk) goes to a listener, on the owner thread.
 *
 * <p>A save never overwrites a file that changed on disk since this document last read or wrote
 * it: the state becomes {@link State#CONFLICT} and autosaving pauses until the analyst chooses
 * ({@link #keepMine()}, or {@link #rebase(FileStamp)} after reloading or merging).
 *
 * <p>All methods except {@link #close()} are for the owner thread. Tell it of changes from a
 * document listener (real changes), not from the undo history (whose "saved" mark is itself a
 * change of the history).
 */
public final class Autosaver implements AutoCloseable {

    /** What the status bar shows. */
    public enum State {
        /** Everything is on disk. */
        SAVED,
        /** Changes are waiting to be saved (or autosave is off). */
        UNSAVED,
        /** A save is running. */
        SAVING,
        /** The last save failed; the message says why. The file on disk is as it was. */
        FAILED,
        /** The file changed on disk; nothing is saved until the analyst chooses what to keep. */
        CONFLICT
    }

    /**
     * A state with its message for the analyst, and the stamp of the file as this document last
     * read or wrote it.
     */
    public record Status(State state, String message, FileStamp stamp, String savedDetail) {

        public Status(State state, String message, FileStamp stamp) {
            this(state, message, stamp, "");
        }
    }

    /** Told of every change of status, on the owner thread. */
    @FunctionalInterface
    public interface Listener {
        void statusChanged(Status status);
    }

    /** Writes a snapshot unless the file on disk is not {@code expected}; {@link DocumentFiles#saveIfUnchanged} in the app. */
    @FunctionalInterface
    public interface Writer {
        FileStamp write(DocumentSnapshot snapshot, Path file, FileStamp expected) throws IOException, ChangedOnDiskException;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path file;
    private final Supplier<DocumentSnapshot> snapshots;
    private final Executor owner;
    private final Listener listener;
    private final Writer writer;
    private final ScheduledExecutorService timers;
    private final ExecutorService io;

    // Owner thread only.
    private Duration delay;
    private FileStamp stamp;
    private long generation;
    private long savedGeneration;
    private boolean saving;
    private boolean saveWhenDone;
    private boolean conflict;
    private boolean closed;
    private ScheduledFuture<?> timer;
    private Status status;

    /**
     * @param file the annotation file
     * @param stamp the file as the document was read from it ({@link FileStamp#ABSENT} for none)
     * @param snapshots takes a snapshot of the document; called on the owner thread
     * @param owner runs tasks on the thread that owns the document
     * @param delay how soon after a change it is saved; null or zero turns autosave off
     * @param listener told of every change of status, on the owner thread
     */
    public Autosaver(Path file, FileStamp stamp, Supplier<DocumentSnapshot> snapshots, Executor owner, Duration delay,
            Listener listener) {
        this(file, stamp, snapshots, owner, delay, listener, DocumentFiles::saveIfUnchanged);
    }

    /** As above, with another writer (tests use it to make writes slow or fail on purpose). */
    public Autosaver(Path file, FileStamp stamp, Supplier<DocumentSnapshot> snapshots, Executor owner, Duration delay,
            Listener listener, Writer writer) {
        this.file = Objects.requireNonNull(file);
        this.stamp = Objects.requireNonNull(stamp);
        this.snapshots = Objects.requireNonNull(snapshots);
        this.owner = Objects.requireNonNull(owner);
        this.listener = Objects.requireNonNull(listener);
        this.writer = Objects.requireNonNull(writer);
        this.delay = delay;
        String name = file.getFileName().toString();
        this.timers = Executors.newSingleThreadScheduledExecutor(thread("autosave timer " + name, true));
        // Not a daemon: a save under way when the app quits is finished, not cut off.
        this.io = Executors.newSingleThreadExecutor(thread("autosave " + name, false));
        this.status = new Status(State.SAVED, "", stamp);
    }

    private static ThreadFactory thread(String name, boolean daemon) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(daemon);
            return t;
        };
    }

    // ---- owner thread

    /**
     * Tells this autosaver of every change to {@code doc} (annotations, speakers, status,
     * orphans). Returns the listener, to remove it when the document closes.
     */
    public DocumentListener watch(AnnotatedDocument doc) {
        DocumentListener l = new DocumentListener() {
            @Override
            public void annotationChanged(Annotation before, Annotation after) {
                documentChanged();
            }

            @Override
            public void entityChanged(Entity before, Entity after) {
                documentChanged();
            }

            @Override
            public void statusChanged(DocumentStatus before, DocumentStatus after) {
                documentChanged();
            }

            @Override
            public void orphansChanged() {
                documentChanged();
            }
        };
        doc.addListener(l);
        return l;
    }

    /** The document changed: it is saved at most {@code delay} from now. */
    public void documentChanged() {
        if (closed) {
            return;
        }
        generation++;
        if (conflict) {
            return;
        }
        // After a failed save the state stays "failed" until a save succeeds: another edit does
        // not make the failure any less true, and the analyst must still see it.
        if (!saving && status.state() != State.FAILED) {
            publish(State.UNSAVED, autosaveOn() ? "Unsaved changes" : "Unsaved changes (autosave is off)");
        }
        if (autosaveOn() && timer == null) {
            timer = timers.schedule(() -> owner.execute(this::timerFired), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The document differs from the file without being saved by this autosaver yet (re-anchored
     * after its article changed): shown as unsaved, written with the analyst's next change or
     * {@link #saveNow()}, not before.
     */
    public void markUnsaved() {
        generation++;
        if (!saving && !conflict) {
            publish(State.UNSAVED, "Unsaved changes");
        }
    }

    /** Saves now (the analyst pressed Save); after a running save, if one runs. Works with autosave off. */
    public void saveNow() {
        if (closed || conflict) {
            return;
        }
        cancelTimer();
        startSave();
    }

    /** Changes the delay; null or zero turns autosave off (changes then wait for {@link #saveNow()}). */
    public void setDelay(Duration newDelay) {
        delay = newDelay;
        cancelTimer();
        if (autosaveOn() && isDirty() && !conflict && !closed) {
            timer = timers.schedule(() -> owner.execute(this::timerFired), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public Duration delay() {
        return delay;
    }

    /** True when changes are not all on disk. */
    public boolean isDirty() {
        return generation != savedGeneration;
    }

    public Status status() {
        return status;
    }

    /** The file as this document last read or wrote it. */
    public FileStamp stamp() {
        return stamp;
    }

    /**
     * After a conflict, "keep mine": copies their file beside it
     * ({@code story.annotations.json.theirs-...}) and saves the document over it.
     */
    public void keepMine() {
        if (closed || saving) {
            return;
        }
        cancelTimer();
        DocumentSnapshot snapshot = snapshots.get();
        long snapshotGeneration = generation;
        saving = true;
        publish(State.SAVING, "Saving…");
        io.execute(() -> {
            try {
                DocumentFiles.KeptMine kept = DocumentFiles.keepMine(snapshot, file);
                owner.execute(() -> {
                    conflict = false;
                    saved(snapshotGeneration, kept.written(), kept.theirsCopy() == null ? ""
                            : "; their version is kept as " + kept.theirsCopy().getFileName());
                });
            } catch (IOException | RuntimeException | Error e) {
                owner.execute(() -> failed(e));
            }
        });
    }

    /**
     * The document now includes the file on disk with stamp {@code onDisk} (the analyst reloaded
     * theirs, or merged it into theirs): saves may replace that file again. Autosaving resumes.
     */
    public void rebase(FileStamp onDisk) {
        stamp = Objects.requireNonNull(onDisk);
        conflict = false;
        if (saving) {
            return;
        }
        if (isDirty()) {
            publish(State.UNSAVED, "Unsaved changes");
            setDelay(delay);
        } else {
            publish(State.SAVED, "Saved");
        }
    }

    /**
     * The document was reloaded from the file: nothing is unsaved, and that file (stamp
     * {@code onDisk}) is what later saves may replace.
     */
    public void reloaded(FileStamp onDisk) {
        cancelTimer();
        savedGeneration = generation;
        rebase(onDisk);
    }

    /** True while a timer waits to save (for tests). */
    boolean timerPending() {
        return timer != null;
    }

    // ---- any thread

    /** Stops autosaving. A save under way finishes in the background; nothing new is started. */
    @Override
    public void close() {
        owner.execute(() -> {
            closed = true;
            cancelTimer();
        });
        timers.shutdown();
        io.shutdown();
    }

    /** Waits until a save under way after {@link #close()} is done (for tests and orderly exits). */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return io.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    // ---- internals, owner thread

    private boolean autosaveOn() {
        return delay != null && !delay.isZero() && !delay.isNegative();
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void timerFired() {
        timer = null;
        if (!closed && !conflict && isDirty()) {
            startSave();
        }
    }

    private void startSave() {
        if (saving) {
            saveWhenDone = true;
            return;
        }
        DocumentSnapshot snapshot = snapshots.get();
        long snapshotGeneration = generation;
        FileStamp expected = stamp;
        saving = true;
        publish(State.SAVING, "Saving…");
        io.execute(() -> {
            try {
                FileStamp written = writer.write(snapshot, file, expected);
                owner.execute(() -> saved(snapshotGeneration, written, ""));
            } catch (ChangedOnDiskException e) {
                owner.execute(() -> conflicted(e));
            } catch (IOException | RuntimeException | Error e) {
                owner.execute(() -> failed(e));
            }
        });
    }

    private void saved(long snapshotGeneration, FileStamp written, String note) {
        saving = false;
        stamp = written;
        savedGeneration = snapshotGeneration;
        if (isDirty()) {
            publish(State.UNSAVED, "Unsaved changes");
        } else {
            String detail = " at " + LocalTime.now().format(TIME) + note;
            status = new Status(State.SAVED, "Saved" + detail, stamp, detail);
            listener.statusChanged(status);
        }
        if (saveWhenDone && !closed) {
            saveWhenDone = false;
            startSave();
        }
    }

    private void failed(Throwable e) {
        saving = false;
        saveWhenDone = false;
        Exception cause = e instanceof Exception ex ? ex : new IOException(e.toString(), e);
        publish(State.FAILED, SaveProblems.describe(file, cause));
    }

    private void conflicted(ChangedOnDiskException e) {
        saving = false;
        saveWhenDone = false;
        conflict = true;
        cancelTimer();
        publish(State.CONFLICT, e.getMessage() + ". Reload their version, keep yours (theirs is kept as a copy), or merge the two.");
    }

    private void publish(State state, String message) {
        status = new Status(state, message, stamp);
        listener.statusChanged(status);
    }
}
