package org.attrib.core.batch;

import java.nio.file.Files;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.DocumentBinder;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/**
 * Opens a found article with its annotation file for reading, as the window would: a changed
 * source is re-anchored (annotations that cannot be placed become orphans).
 */
public final class DocumentLoader {

    /** The document as a snapshot, and how its annotations were bound to the text. */
    public record Loaded(DocumentRef ref, DocumentSnapshot snapshot, DocumentBinder.Report report) {
    }

    private DocumentLoader() {
    }

    /**
     * @throws SourceTextException when the article cannot be read
     * @throws AnnotationFileException when its annotation file cannot be used
     */
    public static Loaded load(DocumentRef ref) throws SourceTextException, AnnotationFileException {
        SourceText text = SourceTextLoader.load(ref.source());
        if (!Files.exists(ref.annotationFile())) {
            return new Loaded(ref, DocumentSnapshot.of(new AnnotatedDocument(text)), DocumentBinder.Report.UNCHANGED);
        }
        AnnotationFileContent content = DocumentFiles.readContent(ref.annotationFile());
        DocumentBinder.Bound bound = DocumentBinder.bind(ref.annotationFile(), content, text);
        return new Loaded(ref, DocumentSnapshot.of(bound.document()), bound.report());
    }
}
