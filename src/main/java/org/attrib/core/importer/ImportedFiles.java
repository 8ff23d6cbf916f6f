package org.attrib.core.importer;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;

/**
 * Where an import puts its result: the article, copied byte for byte (so that its SHA-256 still
 * matches), and its annotation file beside it, in Attrib's current format.
 */
public final class ImportedFiles {

    private ImportedFiles() {
    }

    /** An import would replace an annotation file that is already there, and was not told to. */
    public static final class AlreadyThere extends FileAlreadyExistsException {
        private static final long serialVersionUID = 1L;

        AlreadyThere(Path annotations) {
            super(annotations.toString(), null, "an annotation file is already there");
        }
    }

    /**
     * Saves an imported document as {@code outDir/name} with its annotation file, and returns the
     * annotation file. An annotation file already there is kept unless {@code replace} (then it is
     * kept as {@code .bak}).
     *
     * @throws AlreadyThere when the annotation file exists and {@code replace} is false
     */
    public static Path save(Path outDir, String name, Path article, DocumentSnapshot snapshot, boolean replace) throws IOException {
        Path text = resolveInside(outDir, name);
        Path annotations = AnnotationFormat.annotationFileFor(text);
        if (!replace && Files.exists(annotations)) {
            throw new AlreadyThere(annotations);
        }
        Files.createDirectories(text.toAbsolutePath().getParent());
        if (!Files.exists(text) || !Files.isSameFile(text, article)) {
            Files.copy(article, text, StandardCopyOption.REPLACE_EXISTING);
        }
        DocumentFiles.save(snapshot, annotations);
        return annotations;
    }

    /** {@code outDir/name}, refusing names that would leave {@code outDir} (absolute, or with "..").
     *
     * @throws IllegalArgumentException for such a name
     */
    public static Path resolveInside(Path outDir, String name) {
        Path rel = outDir.getFileSystem().getPath(name);
        if (rel.isAbsolute() || rel.normalize().startsWith("..") || name.isEmpty()) {
            throw new IllegalArgumentException("the name \"" + name + "\" would leave the output folder");
        }
        return outDir.resolve(rel.normalize());
    }
}
