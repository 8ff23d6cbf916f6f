package org.attrib.core.failure;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file operation failed, in words: Java's exceptions often carry only a path (an
 * {@link AccessDeniedException} says which file, not that permission was denied), and the
 * operating system's reasons are terse.
 */
public final class IoProblems {

    private IoProblems() {
    }

    /** The reason, without the file: "permission denied", "the disk is full", "the file system is read-only"… */
    public static String reason(IOException e) {
        if (e instanceof ReadOnlyFileException) {
            return "the file is read-only";
        }
        String os = osReason(e).toLowerCase(Locale.ROOT);
        if (os.contains("no space left") || os.contains("quota")) {
            return "the disk is full";
        }
        if (os.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (os.contains("file too large")) {
            return "the file would be larger than this disk or account allows";
        }
        if (os.contains("operation not permitted")) {
            return "the operation is not permitted (the file or folder may be marked immutable)";
        }
        if (e instanceof AccessDeniedException || os.contains("permission denied")) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException || os.contains("no such file")) {
            return "no such file or folder";
        }
        if (e instanceof DirectoryNotEmptyException || os.contains("directory not empty")) {
            return "a folder that is not empty is in the way";
        }
        if (e instanceof FileAlreadyExistsException || os.contains("file exists")) {
            return "a file is in the way";
        }
        if (os.contains("is a directory")) {
            return "a folder is in the way";
        }
        if (e instanceof NotDirectoryException || os.contains("not a directory")) {
            return "a file is in the way of a folder";
        }
        if (os.contains("input/output error")) {
            return "the disk reported an error";
        }
        if (os.contains("too many open files")) {
            return "too many files are open";
        }
        return os.isEmpty() ? e.getClass().getSimpleName() : osReason(e);
    }

    /** The operating system's reason, when Java kept it apart from the path, else the message. */
    private static String osReason(IOException e) {
        if (e instanceof FileSystemException f) {
            return f.getReason() == null ? "" : f.getReason();
        }
        return e.getMessage() == null ? "" : e.getMessage();
    }
}
