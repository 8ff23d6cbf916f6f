package org.attrib.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentBinder;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/** Opens a source text with its annotation file, and saves the annotations back beside it. */
public final class DocumentFiles {

    /**
     * A document read from disk.
     *
     * @param source the article's path
     * @param annotationFile where its annotations are saved
     * @param document the annotated document
     * @param report what binding the annotations to the text did (re-anchoring, orphans)
     * @param stamp the annotation file as read, to notice later changes by others
     */
    public record Opened(Path source, Path annotationFile, AnnotatedDocument document, DocumentBinder.Report report,
            FileStamp stamp) {
    }

    private DocumentFiles() {
    }

    /** Opens an article and, if it has one, its annotation file. */
    public static Opened open(Path source) throws SourceTextException, AnnotationFileException {
        SourceText text = SourceTextLoader.load(source);
        Path annotationFile = AnnotationFormat.annotationFileFor(source);
        if (!Files.exists(annotationFile)) {
            return new Opened(source, annotationFile, new AnnotatedDocument(text), DocumentBinder.Report.UNCHANGED,
                    FileStamp.ABSENT);
        }
        byte[] bytes = readAnnotationBytes(annotationFile);
        AnnotationFileContent content = AnnotationFileReader.parse(annotationFile, bytes);
        DocumentBinder.Bound bound = DocumentBinder.bind(annotationFile, content, text);
        return new Opened(source, annotationFile, bound.document(), bound.report(), FileStamp.of(bytes));
    }

    /**
     * Opens an article without reading its annotation file (which could not be read): the
     * analyst sees the text, and the bad file stays as it is.
     */
    public static Opened openWithoutAnnotations(Path source) throws SourceTextException, IOException {
        SourceText text = SourceTextLoader.load(source);
        Path annotationFile = AnnotationFormat.annotationFileFor(source);
        return new Opened(source, annotationFile, new AnnotatedDocument(text), DocumentBinder.Report.UNCHANGED,
                FileStamp.read(annotationFile));
    }

    /** Reads an annotation file that must be parsed against a document already open (merge, reload). */
    public static AnnotationFileContent readContent(Path annotationFile) throws AnnotationFileException {
        return AnnotationFileReader.parse(annotationFile, readAnnotationBytes(annotationFile));
    }

    private static byte[] readAnnotationBytes(Path annotationFile) throws AnnotationFileException {
        return AnnotationFileReader.readBytes(annotationFile);
    }

    /**
     * Moves an annotation file that could not be read aside, to a clearly named copy beside it
     * ({@code story.annotations.json.unreadable-20261130-101500}), so that the analyst can start
     * afresh without losing it. Returns the copy's path.
     */
    public static Path moveAside(Path badFile) throws IOException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path aside = badFile.resolveSibling(badFile.getFileName() + ".unreadable-" + stamp);
        for (int i = 2; Files.exists(aside); i++) {
            aside = badFile.resolveSibling(badFile.getFileName() + ".unreadable-" + stamp + "-" + i);
        }
        return Files.move(badFile, aside);
    }

    /**
     * Saves a snapshot atomically, keeping the previous file as {@code .bak}. Returns the stamp
     * of what was written.
     */
    public static FileStamp save(DocumentSnapshot snapshot, Path annotationFile) throws IOException {
        byte[] bytes = AnnotationFileWriter.toBytes(snapshot);
        AtomicFiles.write(annotationFile, bytes, true);
        return FileStamp.of(bytes);
    }
}
