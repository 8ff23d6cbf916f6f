package org.attrib.core.jsonfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BytePipeTest {

    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        reader.shutdownNow();
    }

    /** Whatever the sizes of the writes and the reads, a reader running alongside gets exactly the bytes written. */
    @Property(tries = 200)
    void aConcurrentReaderGetsExactlyWhatWasWritten(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 150_000) Integer> writes,
            @ForAll @IntRange(min = 1, max = 100_000) int readSize, @ForAll long seed) throws Exception {
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
