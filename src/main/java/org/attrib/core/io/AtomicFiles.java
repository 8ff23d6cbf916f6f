package org.attrib.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

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
            replace(dir, backupOf(target), Files.readAllBytes(target), target);
        }
        replace(dir, target, content, target);
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

    private static void replace(Path dir, Path target, byte[] content, Path permissionsFrom) throws IOException {
        Path temp = dir.resolve("." + target.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + TEMP_SUFFIX);
        boolean created = false;
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                created = true;
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            copyPermissions(permissionsFrom, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
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
