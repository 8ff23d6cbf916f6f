package org.attrib.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes that either happen completely or not at all: the new content goes to a temporary file
 * in the same folder, is forced to disk, and replaces the target in one atomic move; the folder
 * is then forced too, so that the move survives a power cut. A failure leaves the old file as it
 * was and removes the temporary file.
 */
public final class AtomicFiles {

    public static final String BACKUP_SUFFIX = ".bak";

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code content} atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false);
    }

    /**
     * Replaces {@code target} with {@code content} atomically; with {@code keepBackup}, the
     * previous content (if any) is kept as {@code target + ".bak"}, itself written atomically.
     */
    public static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (keepBackup && Files.isRegularFile(target)) {
            Path backup = target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
            replace(dir, backup, Files.readAllBytes(target));
        }
        replace(dir, target, content);
    }

    private static void replace(Path dir, Path target, byte[] content) throws IOException {
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        forceDirectory(dir);
    }

    /** Makes a rename durable; some file systems cannot open a folder for this, which is harmless. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Not supported here (e.g. on Windows); the move itself was still atomic.
        }
    }
}
