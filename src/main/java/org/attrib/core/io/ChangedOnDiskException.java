package org.attrib.core.io;

import java.nio.file.Path;

/**
 * The annotation file changed on disk since this document last read or wrote it (another
 * analyst saved it, a {@code git pull} brought a new version), so a save would overwrite someone
 * else's work. Nothing was written; the caller offers to reload theirs, keep mine (theirs kept as
 * a copy) or merge.
 */
public final class ChangedOnDiskException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final FileStamp expected;
    private final FileStamp found;

    public ChangedOnDiskException(Path file, FileStamp expected, FileStamp found) {
        super(file + ": " + (found.exists()
                ? "the file changed on disk since Attrib last read or saved it (someone else saved it, or a git pull); it was not overwritten"
                : "the file was deleted or moved away since Attrib last read or saved it; it was not written again"));
        this.file = file;
        this.expected = expected;
        this.found = found;
    }

    public Path file() {
        return file;
    }

    /** What this document last read or wrote. */
    public FileStamp expected() {
        return expected;
    }

    /** What is on disk now. */
    public FileStamp found() {
        return found;
    }
}
