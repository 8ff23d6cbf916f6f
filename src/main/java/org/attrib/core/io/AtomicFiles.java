package org.attrib.core.io;

import org.attrib.core.failure.ReadOnlyFileException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Writes that either happen completely or not at all: the new content goes to a temporary file
 * in the same folder, is forced to disk, and replaces the target in one atomic move; the folder
 * is then forced too, so that the move survives a power cut. A failure leaves the old file as it
 * was and removes the temporary file. The new file keeps the old one's permissions (a file
 * shared with a team stays readable by it); a new file gets the usual permissions for new files.
 */
public final class AtomicFiles {

    public static final String BACKUP_SUFFIX = ".bak";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();
    private AtomicFiles() {
    }

    /** A check of the content that must pass before anything is replaced. */
    @FunctionalInterface
    public interface Check {
        void run() throws IOException;
    }

    /** Replaces {@code target} with {@code content} atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, false);
    }

    /**
     * Replaces {@code target} with {@code content} atomically; with {@code keepBackup}, the
     * previous content (if any) is kept as {@code target + ".bak"}, itself replaced atomically.
     */
    public static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        write(target, content, keepBackup, () -> { });
    }

    /**
     * As {@link #write(Path, byte[], boolean)}, once {@code check} has passed: it runs on another
     * thread while the temporary file is written and forced to disk (a check that parses the
     * content costs about as much as the write), and if it fails, nothing is replaced, the backup
     * included, and its exception is thrown. A target that is read-only (or immutable) is not
     * replaced: {@link ReadOnlyFileException}, before anything is written.
     */
    public static void write(Path target, byte[] content, boolean keepBackup, Check check) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(target) && !Files.isWritable(target)) {
            throw new ReadOnlyFileException(target);
        }
        Future<?> checking = SideThreads.start(() -> {
            check.run();
            return null;
        });
        Path[] staged = new Path[1];
        try {
            replace(dir, target, content, target, () -> {
                await(checking);
                if (keepBackup && Files.isRegularFile(target)) {
                    staged[0] = stageBackup(dir, target);
                }
            });
        } catch (IOException | RuntimeException | Error e) {
            checking.cancel(true);
            deleteQuietly(staged[0], e);
            throw e;
        }
        if (staged[0] != null) {
            try {
                move(staged[0], backupOf(target));
                // Left only when the backup already was this very file (rename then does nothing).
                Files.deleteIfExists(staged[0]);
            } catch (IOException e) {
                // The save itself is done; the backup stays one version older, the staged copy is only clutter.
                deleteQuietly(staged[0], e);
            }
        }
    }

    /**
     * The previous content, staged beside the backup to become it once the new file is in place:
     * a second name for it (a hard link, so that 17 MB are not read and written again), or where
     * the file system has no hard links a copy. Only after the save's move succeeded does it go
     * over the old backup, in one step, so a save that cannot replace the file leaves the backup
     * as it was; and the backup keeps the old content to itself, as the move gives {@code target}
     * a new file.
     */
    private static Path stageBackup(Path dir, Path target) throws IOException {
        Path link = temporaryFor(dir, backupOf(target));
        try {
            if (Files.isSymbolicLink(target)) {
                // A hard link would name the symbolic link, not the content it points to.
                throw new UnsupportedOperationException("a symbolic link");
            }
            Files.createLink(link, target);
            return link;
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.deleteIfExists(link);
        }
        Path copy = temporaryFor(dir, backupOf(target));
        try (FileChannel ch = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writeFully(ch, Files.readAllBytes(target));
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(copy, e);
            throw e;
        }
        copyPermissions(target, copy);
        return copy;
    }

    private static void deleteQuietly(Path file, Throwable failure) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    private static void await(Future<?> checking) throws IOException {
        try {
            checking.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking the content before saving", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException rt) {
                throw rt;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** Where {@link #write(Path, byte[], boolean)} keeps the previous version. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * Deletes temporary files of {@code target} older than {@code age}: what a write killed half
     * way (a crash, a power cut) left behind. Younger ones may belong to a write in progress.
     * Returns how many were deleted; problems are ignored, as the files are only clutter.
     */
    public static int removeStaleTemporaries(Path target, Duration age) {
        Path dir = target.toAbsolutePath().getParent();
        String glob = "." + target.getFileName() + ".*" + TEMP_SUFFIX;
        Instant cutoff = Instant.now().minus(age);
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, escapeGlob(glob))) {
            for (Path t : temps) {
                try {
                    FileTime modified = Files.getLastModifiedTime(t);
                    if (modified.toInstant().isBefore(cutoff) && Files.isRegularFile(t) && Files.deleteIfExists(t)) {
                        removed++;
                    }
                } catch (IOException e) {
                    // Someone else's, or gone already: leave it.
                }
            }
        } catch (IOException e) {
            // The folder cannot be listed; the next save will report what matters.
        }
        return removed;
    }

    private static String escapeGlob(String glob) {
        StringBuilder s = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if ("[]{}?\\".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target}, forces it to disk, runs
     * {@code beforeMove}, and moves it over {@code target}; on any failure the temporary file is
     * removed and {@code target} is as it was.
     */
    private static void replace(Path dir, Path target, byte[] content, Path permissionsFrom, Check beforeMove)
            throws IOException {
        Path temp = temporaryFor(dir, target);
        boolean created = false;
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                created = true;
                writeFully(ch, content);
                ch.force(true);
            }
            copyPermissions(permissionsFrom, temp);
            beforeMove.run();
            move(temp, target);
        } catch (IOException | RuntimeException | Error e) {
            if (created) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
        forceDirectory(dir);
    }

    private static Path temporaryFor(Path dir, Path target) {
        return dir.resolve("." + target.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + TEMP_SUFFIX);
    }

    private static void writeFully(FileChannel ch, byte[] content) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the file inherits the folder's ACL as usual.
        }
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
