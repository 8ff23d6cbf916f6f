package org.attrib.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attrib.core.batch.AnnotationFiles;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;

/** Finding articles and annotation files on disk for the commands that work on many. */
final class ArticleFiles {

    private ArticleFiles() {
    }

    /** Files under a folder (recursively) whose names end with {@code suffix}, sorted by path. */
    static List<Path> under(Path folder, String suffix) throws IOException {
        return AnnotationFiles.under(folder, suffix);
    }

    /** Articles ({@code .txt} files) under a folder, without annotation files. */
    static List<Path> articlesUnder(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : under(folder, ".txt")) {
            out.add(p);
        }
        return out;
    }

    /**
     * The article of an annotation file: {@code story.txt} beside {@code story.annotations.json}
     * (or in {@code fallbackDir}). The name the file records is never followed to a file; binding
     * compares it with this article's.
     */
    static Path sourceOf(Path annotationFile, Path fallbackDir) throws AnnotationFileException {
        return AnnotationFiles.sourceOf(annotationFile, fallbackDir);
    }

    /** An annotation file bound to a given source text (re-anchored if the text changed). */
    static AnnotatedDocument bind(Path annotationFile, SourceText text) throws AnnotationFileException {
        return AnnotationFiles.bind(annotationFile, text);
    }

    /** An annotation file with its own source text. */
    static AnnotatedDocument open(Path annotationFile, Path fallbackDir) throws AnnotationFileException, SourceTextException {
        return AnnotationFiles.open(annotationFile, fallbackDir);
    }

    /** {@code story.txt} -> {@code story.annotations.json}; an annotation file stays as it is. */
    static Path annotationFileFor(Path p) {
        return AnnotationFiles.annotationFileFor(p);
    }
}
