package org.attrib.core.io;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Threads that do part of a read or a save beside the thread that asked for it: the annotation
 * file is parsed while the article is decoded, a save's content is checked and stamped while it
 * goes to disk. Daemon threads, so that they never keep the application alive; a pool that
 * grows with the work in flight and lets idle threads go.
 */
final class SideThreads {

    /** A piece of work that may fail with a checked exception. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "attrib-side");
        t.setDaemon(true);
        return t;
    });

    private SideThreads() {
    }

    /** Starts {@code work} on a side thread. */
    static <T> Future<T> start(Work<T> work) {
        return POOL.submit(work::run);
    }

    /** A side thread's result; its exception as thrown, unchecked ones included, checked ones of type {@code checked}. */
    static <T, E extends Exception> T join(Future<T> future, Class<E> checked) throws E {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a side thread", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (checked.isInstance(cause)) {
                throw checked.cast(cause);
            }
            if (cause instanceof RuntimeException rt) {
                throw rt;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
