package org.attrib.core.jsonfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes written on one thread and read on another while they are still being written, all of
 * them kept: a save checks that its file reads back while the file is serialised, instead of
 * after. The writer never waits (the bytes are kept in blocks, not a ring); the reader waits for
 * the next block or the end. Blocks become readable whole, so nothing is read while it is written.
 */
public final class BytePipe {

    private static final int BLOCK = 64 * 1024;

    private final List<byte[]> blocks = new ArrayList<>();
    /** Bytes used in the last block, once published; every earlier block is full. */
    private int lastUsed;
    private boolean closed;

    private byte[] filling = new byte[BLOCK];
    private int filled;
    private final Sink sink = new Sink();

    /** Where the writer writes; closing it ends the pipe. */
    public OutputStream sink() {
        return sink;
    }

    /** A new reader of everything written, from the first byte, waiting for bytes not written yet. */
    public InputStream source() {
        return new Source();
    }

    /** Ends the pipe: readers get the rest and then the end. */
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        publish();
        synchronized (this) {
            closed = true;
            notifyAll();
        }
    }

    /** Everything written, once the pipe is closed. */
    public synchronized byte[] toByteArray() {
        if (!closed) {
            throw new IllegalStateException("the pipe is still being written");
        }
        int size = size();
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int n = i == blocks.size() - 1 ? lastUsed : BLOCK;
            System.arraycopy(blocks.get(i), 0, out, at, n);
            at += n;
        }
        return out;
    }

    private int size() {
        return blocks.isEmpty() ? 0 : (blocks.size() - 1) * BLOCK + lastUsed;
    }

    /** Makes the block being filled readable; a full one is replaced by a new block. */
    private void publish() {
        if (filled == 0) {
            return;
        }
        synchronized (this) {
            blocks.add(filling);
            lastUsed = filled;
            notifyAll();
        }
        filling = new byte[BLOCK];
        filled = 0;
    }

    private final class Sink extends OutputStream {

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (BytePipe.this) {
                if (closed) {
                    throw new IOException("the pipe is closed");
                }
            }
            while (len > 0) {
                int n = Math.min(len, BLOCK - filled);
                System.arraycopy(b, off, filling, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == BLOCK) {
                    publish();
                }
            }
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    }

    private final class Source extends InputStream {

        private int block;
        private int at;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            byte[] from;
            int available;
            synchronized (BytePipe.this) {
                while (true) {
                    int end = block < blocks.size() - 1 ? BLOCK : block == blocks.size() - 1 ? lastUsed : 0;
                    if (at < end) {
                        from = blocks.get(block);
                        available = end - at;
                        break;
                    }
                    if (block < blocks.size() - 1) {
                        block++;
                        at = 0;
                        continue;
                    }
                    if (closed) {
                        return -1;
                    }
                    try {
                        BytePipe.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted while waiting for bytes");
                    }
                }
            }
            int n = Math.min(len, available);
            System.arraycopy(from, at, b, off, n);
            at += n;
            return n;
        }
    }
}
