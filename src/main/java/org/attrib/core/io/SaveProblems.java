package org.attrib.core.io;

import org.attrib.core.failure.IoProblems;
import org.attrib.core.failure.ReadOnlyFileException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Why a save failed, in words for the analyst, with what to do about it. */
public final class SaveProblems {

    private SaveProblems() {
    }

    /**
     * One or two sentences naming the file and the problem; the annotations are still open in
     * Attrib, and the old file on disk is as it was.
     */
    public static String describe(Path file, Exception e) {
        if (e instanceof ChangedOnDiskException) {
            return e.getMessage();
        }
        String keep = " The file on disk is unchanged and your annotations are still open: save them elsewhere, or fix this and save again.";
        return "Could not save " + file + ": " + reason(file, e) + "." + keep;
    }

    /**
     * Why saving {@code file} failed, without advice: "the disk is full", "Attrib may not write
     * in the folder /data (it is read-only, or you lack permission)", "the file is read-only, so
     * Attrib does not replace it". For a command's message.
     */
    public static String reason(Path file, Exception e) {
        if (!(e instanceof IOException io)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String folder = String.valueOf(file.toAbsolutePath().getParent());
        String words = IoProblems.reason(io);
        if (e instanceof ReadOnlyFileException || fileItselfRefused(file, io)) {
            return "the file is read-only (its permissions or the immutable attribute protect it), so Attrib does not replace it";
        }
        if (words.equals("the file would be larger than this disk or account allows")) {
            return "the file is larger than this disk or account allows";
        }
        if (words.equals("permission denied") || words.startsWith("the operation is not permitted")) {
            return "Attrib may not write in the folder " + folder + " (it is read-only, or you lack permission)";
        }
        if (words.equals("the file system is read-only")) {
            return "the folder " + folder + " is on a read-only file system";
        }
        if (words.equals("no such file or folder")) {
            return "the folder " + folder + " no longer exists";
        }
        return words;
    }

    /**
     * Whether a refusal concerned the file rather than its folder: permission was denied on
     * the file itself (not on a temporary file in the folder), and it is not writable now.
     */
    private static boolean fileItselfRefused(Path file, IOException e) {
        boolean refused = e instanceof AccessDeniedException
                || e instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("not permitted");
        return refused && Files.exists(file) && !Files.isWritable(file) && Files.isWritable(file.toAbsolutePath().getParent());
    }
}
