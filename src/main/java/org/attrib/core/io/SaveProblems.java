package org.attrib.core.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Why a save failed, in words for the analyst, with what to do about it. */
public final class SaveProblems {

    private SaveProblems() {
    }

    /**
     * One or two sentences naming the file and the problem; the annotations are still open in
     * Attrib, and the old file on disk is as it was.
     */
    public static String describe(Path file, Exception e) {
        String reason = reason(e).toLowerCase(Locale.ROOT);
        String folder = String.valueOf(file.toAbsolutePath().getParent());
        String keep = " The file on disk is unchanged and your annotations are still open: save them elsewhere, or fix this and save again.";
        if (e instanceof ChangedOnDiskException) {
            return e.getMessage();
        }
        if (reason.contains("no space left") || reason.contains("quota")) {
            return "Could not save " + file + ": the disk is full." + keep;
        }
        if (reason.contains("file too large")) {
            return "Could not save " + file + ": the file is larger than this disk or account allows." + keep;
        }
        if (e instanceof AccessDeniedException || reason.contains("read-only file system")
                || reason.contains("operation not permitted") || reason.contains("permission denied")) {
            return "Could not save " + file + ": Attrib may not write in the folder " + folder
                    + " (it is read-only, or you lack permission)." + keep;
        }
        if (e instanceof NoSuchFileException) {
            return "Could not save " + file + ": the folder " + folder + " no longer exists." + keep;
        }
        return "Could not save " + file + ": " + reason(e) + "." + keep;
    }

    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
