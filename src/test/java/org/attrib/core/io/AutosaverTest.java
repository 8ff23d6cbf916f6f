package org.attrib.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.AnnotationType;
import org.attrib.testsupport.SampleArticle;

/**
 * The autosaver on a real document, with a single-thread executor as the owner thread. Writes
 * go through a recording writer that can be held back or made to fail; one test writes real files.
 */
class AutosaverTest {

    static final Duration DELAY = Duration.ofMillis(150);
    static final long WAIT = 10;

    @TempDir
    Path dir;
    ExecutorService ownerThread;
    AnnotatedDocument doc;
    AnnotationEditor editor;
    UndoHistory history;
    Path file;
    final LinkedBlockingQueue<Autosaver.Status> statuses = new LinkedBlockingQueue<>();
    final List<DocumentSnapshot> written = new CopyOnWriteArrayList<>();
    final AtomicInteger concurrentWrites = new AtomicInteger();
    final AtomicInteger mostConcurrentWrites = new AtomicInteger();
    volatile CountDownLatch holdWrites = new CountDownLatch(0);
    /** Counted down when a write begins on the autosaver's thread (its SAVING status comes first). */
    final CountDownLatch writeBegan = new CountDownLatch(1);
    volatile Exception failWith;
    Autosaver saver;

    @BeforeEach
    void setUp() throws Exception {
        ownerThread = Executors.newSingleThreadExecutor();
        Path source = SampleArticle.copyInto(dir);
        file = AnnotationFormat.annotationFileFor(source);
        doc = new AnnotatedDocument(org.attrib.core.text.SourceTextLoader.load(source));
        editor = new AnnotationEditor(doc);
        history = new UndoHistory();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (saver != null) {
            saver.close();
            assertThat(saver.awaitTermination(Duration.ofSeconds(WAIT))).isTrue();
        }
        ownerThread.shutdown();
        assertThat(ownerThread.awaitTermination(WAIT, TimeUnit.SECONDS)).isTrue();
    }

    /** An autosaver whose writes are recorded, can be held back and can fail. */
    private void start(Duration delay) throws Exception {
        saver = onOwner(() -> new Autosaver(file, FileStamp.ABSENT, () -> DocumentSnapshot.of(doc), ownerThread, delay,
                statuses::add, (snapshot, f, expected) -> {
                    int now = concurrentWrites.incrementAndGet();
                    mostConcurrentWrites.accumulateAndGet(now, Math::max);
                    writeBegan.countDown();
                    try {
                        assertThat(holdWrites.await(WAIT, TimeUnit.SECONDS)).isTrue();
                        if (failWith instanceof IOException io) {
                            throw io;
                        }
                        if (failWith instanceof RuntimeException re) {
                            throw re;
                        }
                        written.add(snapshot);
                        return FileStamp.of(new byte[] {(byte) written.size()});
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    } finally {
                        concurrentWrites.decrementAndGet();
                    }
                }));
        onOwner(() -> saver.watch(doc));
    }

    private <T> T onOwner(Callable<T> task) throws Exception {
        return ownerThread.submit(task).get(WAIT, TimeUnit.SECONDS);
    }

    /** Tags one more quote, on the owner thread; returns when it was made. */
    private long tag(int i) throws Exception {
        return onOwner(() -> {
            history.execute(editor.tag(AnnotationType.QUOTE, 10 * i, 10 * i + 5).edit());
            return System.nanoTime();
        });
    }

    private Autosaver.Status awaitState(Autosaver.State state) throws InterruptedException {
        while (true) {
            Autosaver.Status s = statuses.poll(WAIT, TimeUnit.SECONDS);
            assertThat(s).as("waiting for %s", state).isNotNull();
            if (s.state() == state) {
                return s;
            }
        }
    }

    @Test
    void aBurstOfChangesIsSavedOnceAfterTheDelay() throws Exception {
        start(DELAY);
        // One task on the owner thread: the timer cannot fire in the middle of the burst.
        long first = onOwner(() -> {
            long t = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                history.execute(editor.tag(AnnotationType.QUOTE, 10 * i, 10 * i + 5).edit());
            }
            return t;
        });
        assertThat(awaitState(Autosaver.State.UNSAVED).message()).isEqualTo("Unsaved changes");
        assertThat(awaitState(Autosaver.State.SAVING).message()).isEqualTo("Saving…");
        assertThat(awaitState(Autosaver.State.SAVED).message()).startsWith("Saved at ");
        long savedAt = System.nanoTime();
        assertThat(written).hasSize(1);
        assertThat(written.get(0).annotations()).hasSize(5);
        assertThat(Duration.ofNanos(savedAt - first)).isGreaterThanOrEqualTo(DELAY);
        assertThat(onOwner(saver::isDirty)).isFalse();
        assertThat(onOwner(saver::timerPending)).isFalse();
    }

    @Test
    void whenOffChangesWaitForAnExplicitSave() throws Exception {
        start(null);
        tag(0);
        assertThat(awaitState(Autosaver.State.UNSAVED).message()).isEqualTo("Unsaved changes (autosave is off)");
        assertThat(onOwner(saver::timerPending)).isFalse();
        assertThat(written).isEmpty();
        onOwner(() -> {
            saver.saveNow();
            return null;
        });
        awaitState(Autosaver.State.SAVED);
        assertThat(written).hasSize(1);
    }

    @Test
    void turningItOnSavesWhatWaits() throws Exception {
        start(Duration.ZERO);
        tag(0);
        awaitState(Autosaver.State.UNSAVED);
        onOwner(() -> {
            saver.setDelay(DELAY);
            return null;
        });
        awaitState(Autosaver.State.SAVED);
        assertThat(written).hasSize(1);
    }

    @Test
    void savesNeverOverlapAndAChangeDuringASaveIsNotLost() throws Exception {
        start(DELAY);
        holdWrites = new CountDownLatch(1);
        tag(0);
        awaitState(Autosaver.State.SAVING);
        // While the first save is held: more changes, their timer fires, and Save is pressed.
        tag(1);
        tag(2);
        onOwner(() -> {
            saver.saveNow();
            return null;
        });
        assertThat(writeBegan.await(WAIT, TimeUnit.SECONDS)).isTrue();
        assertThat(concurrentWrites.get()).isEqualTo(1);
        holdWrites.countDown();
        awaitState(Autosaver.State.SAVED);
        assertThat(mostConcurrentWrites.get()).isEqualTo(1);
        assertThat(written).hasSize(2);
        assertThat(written.get(0).annotations()).hasSize(1);
        assertThat(written.get(1).annotations()).hasSize(3);
        assertThat(onOwner(saver::isDirty)).isFalse();
    }

    @Test
    void aFailedSaveIsReportedAndTheNextChangeTriesAgain() throws Exception {
        start(DELAY);
        failWith = new AccessDeniedException(file.toString());
        tag(0);
        Autosaver.Status failed = awaitState(Autosaver.State.FAILED);
        assertThat(failed.message()).isEqualTo(SaveProblems.describe(file, failWith));
        assertThat(failed.message()).contains("may not write in the folder");
        assertThat(onOwner(saver::isDirty)).isTrue();
        failWith = null;
        tag(1);
        java.util.List<Autosaver.State> until = new java.util.ArrayList<>();
        for (Autosaver.Status st = statuses.poll(WAIT, TimeUnit.SECONDS); ; st = statuses.poll(WAIT, TimeUnit.SECONDS)) {
            assertThat(st).as("waiting for the save").isNotNull();
            until.add(st.state());
            if (st.state() == Autosaver.State.SAVED) {
                break;
            }
        }
        assertThat(until).as("the failure stays shown until a save succeeds").doesNotContain(Autosaver.State.UNSAVED);
        assertThat(written).hasSize(1);
        assertThat(written.get(0).annotations()).hasSize(2);
    }

    @Test
    void anUnexpectedErrorIsAFailureNotASilentDeath() throws Exception {
        start(DELAY);
        failWith = new RuntimeException("boom");
        tag(0);
        assertThat(awaitState(Autosaver.State.FAILED).message()).contains("boom");
    }

    @Test
    void realFilesAreWrittenAndAFileChangedOnDiskIsNotOverwritten() throws Exception {
        saver = onOwner(() -> new Autosaver(file, FileStamp.ABSENT, () -> DocumentSnapshot.of(doc), ownerThread, DELAY,
                statuses::add));
        onOwner(() -> saver.watch(doc));
        tag(0);
        Autosaver.Status saved = awaitState(Autosaver.State.SAVED);
        assertThat(saved.stamp()).isEqualTo(FileStamp.read(file));
        assertThat(DocumentFiles.open(file.resolveSibling(SampleArticle.SAMPLE.getFileName())).document().size()).isEqualTo(1);

        // Another analyst saves the file.
        byte[] theirs = Files.readAllBytes(file);
        theirs = new String(theirs, java.nio.charset.StandardCharsets.UTF_8).replace("in-progress", "done")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, theirs);
        tag(1);
        Autosaver.Status conflict = awaitState(Autosaver.State.CONFLICT);
        assertThat(conflict.message()).contains("changed on disk").contains("keep yours");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        tag(2);
        assertThat(onOwner(saver::timerPending)).as("autosave pauses").isFalse();
        assertThat(onOwner(() -> saver.status().state())).isEqualTo(Autosaver.State.CONFLICT);

        onOwner(() -> {
            saver.keepMine();
            return null;
        });
        Autosaver.Status kept = awaitState(Autosaver.State.SAVED);
        assertThat(kept.message()).contains("their version is kept as " + file.getFileName() + ".theirs-");
        assertThat(DocumentFiles.open(file.resolveSibling(SampleArticle.SAMPLE.getFileName())).document().size()).isEqualTo(3);
        try (var files = Files.list(dir)) {
            Path copy = files.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + ".theirs-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(copy)).isEqualTo(theirs);
        }
        tag(3);
        awaitState(Autosaver.State.SAVED);
        assertThat(DocumentFiles.open(file.resolveSibling(SampleArticle.SAMPLE.getFileName())).document().size()).isEqualTo(4);
    }

    @Test
    void afterAMergeSavesMayReplaceTheirFileAgain() throws Exception {
        saver = onOwner(() -> new Autosaver(file, FileStamp.ABSENT, () -> DocumentSnapshot.of(doc), ownerThread, DELAY,
                statuses::add));
        onOwner(() -> saver.watch(doc));
        Files.writeString(file, "{}");
        tag(0);
        awaitState(Autosaver.State.CONFLICT);
        FileStamp theirs = FileStamp.read(file);
        onOwner(() -> {
            saver.rebase(theirs);
            return null;
        });
        awaitState(Autosaver.State.SAVED);
        assertThat(DocumentFiles.open(file.resolveSibling(SampleArticle.SAMPLE.getFileName())).document().size()).isEqualTo(1);
    }
}
