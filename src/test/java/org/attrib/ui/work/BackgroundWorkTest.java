package org.attrib.ui.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    /** Runs what it is given when told to, so that a test decides when each side runs. */
    private static final class Queued implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    private final Queued background = new Queued();
    private final Queued fx = new Queued();
    private final BackgroundWork work = new BackgroundWork(background, fx);
    private final List<String> seen = new ArrayList<>();

    @Test
    void theResultArrivesOnTheFxSideOnly() {
        work.run(() -> "read", seen::add, e -> seen.add("failed"));
        background.runAll();
        assertTrue(seen.isEmpty(), "nothing is delivered until the JavaFX thread runs");
        fx.runAll();
        assertEquals(List.of("read"), seen);
    }

    @Test
    void aFailureArrivesAsTheException() {
        work.run(() -> {
            throw new IOException("disk gone");
        }, r -> seen.add("result"), e -> seen.add(e.getMessage()));
        background.runAll();
        fx.runAll();
        assertEquals(List.of("disk gone"), seen);
    }

    @Test
    void aCancelledJobDeliversNothingEvenWhenItHadFinished() {
        BackgroundWork.Handle older = work.run(() -> "older", seen::add, e -> seen.add("failed"));
        background.runAll();
        older.cancel();
        work.run(() -> "newer", seen::add, e -> seen.add("failed"));
        background.runAll();
        fx.runAll();
        assertEquals(List.of("newer"), seen);
    }

    @Test
    void aJobCancelledBeforeItStartsDoesNotRun() {
        BackgroundWork.Handle h = work.run(() -> {
            seen.add("ran");
            return "x";
        }, r -> seen.add("result"), e -> seen.add("failed"));
        h.cancel();
        background.runAll();
        fx.runAll();
        assertEquals(List.of(), seen);
    }

    @Test
    void stoppingDropsResultsUnderWayAndLaterOnes() {
        work.run(() -> "under way", seen::add, e -> seen.add("failed"));
        background.runAll();
        work.stop();
        work.run(() -> "after", seen::add, e -> seen.add("failed"));
        background.runAll();
        fx.runAll();
        assertEquals(List.of(), seen);
    }
}
