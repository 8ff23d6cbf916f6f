package org.attrib.ui.work;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Work that must not block the JavaFX thread (reading files, the detector, a search): run on a
 * background executor, its result or failure delivered on the JavaFX thread, unless it was
 * cancelled meanwhile (a newer search started) or the owner stopped (the document closed). One
 * helper instead of a hand-written try, catch and hand-over in every view-model.
 */
public final class BackgroundWork {

    /** Work that returns a result or throws. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    /** A job under way: cancelling it drops its result. */
    public static final class Handle {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        public void cancel() {
            cancelled.set(true);
        }

        public boolean isCancelled() {
            return cancelled.get();
        }
    }

    private final Executor background;
    private final Executor fxThread;
    private final AtomicBoolean stopped = new AtomicBoolean();

    public BackgroundWork(Executor background, Executor fxThread) {
        this.background = background;
        this.fxThread = fxThread;
    }

    /** Runs {@code job} in the background; {@code then} or {@code failed} runs on the JavaFX thread. */
    public <T> Handle run(Job<T> job, Consumer<? super T> then, Consumer<? super Exception> failed) {
        Handle handle = new Handle();
        background.execute(() -> {
            if (dropped(handle)) {
                return;
            }
            T result;
            try {
                result = job.run();
            } catch (Exception e) {
                deliver(handle, () -> failed.accept(e));
                return;
            }
            deliver(handle, () -> then.accept(result));
        });
        return handle;
    }

    /** Drops every result not yet delivered, and all later ones (the owner closed). */
    public void stop() {
        stopped.set(true);
    }

    private void deliver(Handle handle, Runnable action) {
        fxThread.execute(() -> {
            if (!dropped(handle)) {
                action.run();
            }
        });
    }

    private boolean dropped(Handle handle) {
        return handle.isCancelled() || stopped.get();
    }
}
