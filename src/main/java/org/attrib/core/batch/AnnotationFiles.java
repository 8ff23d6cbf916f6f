package org.attrib.core.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentBinder;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/** Annotation files read on their own, for the use cases that compare or score many of them. */
public final class AnnotationFiles {

    private AnnotationFiles() {
    }

    /** Files under a folder (recursively) whose names end with {@code suffix}, sorted by path. */
    public static List<Path> under(Path folder, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    /**
     * The article of an annotation file: {@code story.txt} beside {@code story.annotations.json}
     * (or in {@code fallbackDir}). The name the file records is never followed to a file; binding
     * compares it with this article's.
     */
    public static Path sourceOf(Path annotationFile, Path fallbackDir) throws AnnotationFileException {
        Path beside = DocumentFinder.sourceOf(annotationFile);
        if (Files.isRegularFile(beside)) {
            return beside;
        }
        if (fallbackDir != null) {
            Path other = fallbackDir.resolve(beside.getFileName());
            if (Files.isRegularFile(other)) {
                return other;
            }
        }
        throw new AnnotationFileException(annotationFile, "", "its article " + beside.getFileName() + " is not beside it");
    }

    /** An annotation file bound to a given source text (re-anchored if the text changed). */
    public static AnnotatedDocument bind(Path annotationFile, SourceText text) throws AnnotationFileException {
        AnnotationFileContent content = DocumentFiles.readContent(annotationFile);
        return DocumentBinder.bind(annotationFile, content, text).document();
    }

    /** An annotation file with its own source text. */
    public static AnnotatedDocument open(Path annotationFile, Path fallbackDir) throws AnnotationFileException, SourceTextException {
        AnnotationFileContent content = DocumentFiles.readContent(annotationFile);
        SourceText text = SourceTextLoader.load(sourceOf(annotationFile, fallbackDir));
        return DocumentBinder.bind(annotationFile, content, text).document();
    }

    /** {@code story.txt} -> {@code story.annotations.json}; an annotation file stays as it is. */
    public static Path annotationFileFor(Path p) {
        return p.getFileName().toString().endsWith(AnnotationFormat.SUFFIX) ? p : AnnotationFormat.annotationFileFor(p);
    }
}
