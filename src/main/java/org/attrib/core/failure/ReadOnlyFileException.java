package org.attrib.core.failure;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

/**
 * A save refused because the file itself may not be written (its permissions, or the immutable
 * attribute), though its folder may be: the file is left as it is, and so is its backup.
 */
public final class ReadOnlyFileException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public ReadOnlyFileException(Path file) {
        super(file.toString(), null, "the file is read-only");
    }
}
