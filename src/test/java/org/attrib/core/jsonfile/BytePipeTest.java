package org.attrib.core.jsonfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.attrib.testsupport.Gens;

class BytePipeTest {

    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        reader.shutdownNow();
    }

    /**
     * Whatever the sizes of the writes and the reads, a reader running alongside gets exactly the
     * bytes written. Sizes favour small numbers, so that single bytes, empty writes and reads of
     * a few bytes come up as well as writes spanning several blocks.
     */
    @Test
    void aConcurrentReaderGetsExactlyWhatWasWritten() {
        qt().withExamples(200)
                .forAll(Gens.listsOf(Gens.smallBiased(0, 150_000), 0, 40), Gens.smallBiased(1, 100_000), longs().all())
                .checkAssert(checking(this::aConcurrentReaderGetsExactlyWhatWasWritten));
    }

    private void aConcurrentReaderGetsExactlyWhatWasWritten(List<Integer> writes, int readSize, long seed) throws Exception {
        Random random = new Random(seed);
        BytePipe pipe = new BytePipe();
        ExecutorService side = Executors.newSingleThreadExecutor();
        try {
            Future<byte[]> read = side.submit(() -> readAll(pipe.source(), readSize));
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            OutputStream sink = pipe.sink();
            for (int n : writes) {
                byte[] chunk = new byte[n];
                random.nextBytes(chunk);
                if (n == 1) {
                    sink.write(chunk[0]);
                } else {
                    sink.write(chunk, 0, n);
                }
                expected.write(chunk);
            }
            pipe.close();
            assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(expected.toByteArray());
            assertThat(pipe.toByteArray()).isEqualTo(expected.toByteArray());
            assertThat(readAll(pipe.source(), readSize)).as("a reader started after the end").isEqualTo(expected.toByteArray());
        } finally {
            side.shutdownNow();
        }
    }

    @Test
    void theReaderWaitsForBytesNotWrittenYet() throws Exception {
        BytePipe pipe = new BytePipe();
        Future<Integer> first = readFirstByte(pipe);
        pipe.sink().write(new byte[] {42}, 0, 1);
        assertThat(first).as("a byte in a block not yet full waits for the block or the end").isNotDone();
        pipe.close();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(42);
    }

    @Test
    void aFullBlockIsReadableBeforeTheEnd() throws Exception {
        BytePipe pipe = new BytePipe();
        pipe.sink().write(new byte[64 * 1024 + 10], 0, 64 * 1024 + 10);
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            try {
                return pipe.source().readNBytes(64 * 1024).length;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, reader);
        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(64 * 1024);
        pipe.close();
    }

    @Test
    void anEmptyPipeEndsAtOnceWhenClosed() throws Exception {
        BytePipe pipe = new BytePipe();
        pipe.close();
        assertThat(pipe.source().read()).isEqualTo(-1);
        assertThat(pipe.toByteArray()).isEmpty();
    }

    @Test
    void writingAfterTheEndAndReadingAllBeforeItAreRefused() throws Exception {
        BytePipe pipe = new BytePipe();
        assertThatThrownBy(pipe::toByteArray).isInstanceOf(IllegalStateException.class);
        pipe.sink().close();
        assertThatThrownBy(() -> pipe.sink().write(1)).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void anInterruptedReaderStopsWaiting() throws Exception {
        BytePipe pipe = new BytePipe();
        Future<Integer> waiting = readFirstByte(pipe);
        reader.shutdownNow();
        assertThat(reader.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(waiting::get).hasCauseInstanceOf(InterruptedIOException.class);
    }

    /** Starts reading the pipe's first byte on the reader thread; returns once it is about to read. */
    private Future<Integer> readFirstByte(BytePipe pipe) throws InterruptedException {
        CountDownLatch reading = new CountDownLatch(1);
        Future<Integer> first = reader.submit(() -> {
            InputStream in = pipe.source();
            reading.countDown();
            return in.read();
        });
        reading.await();
        return first;
    }

    private static byte[] readAll(InputStream in, int readSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[readSize];
        int n;
        while ((n = in.read(buffer, 0, buffer.length)) >= 0) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
