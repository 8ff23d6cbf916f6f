package org.attrib.core.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attrib.core.batch.DocumentRef;
import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.StoredAnnotation;

/**
 * One article of a folder as the document list shows it: its counts and status, read from its
 * annotation file without binding it to the text (so that listing thousands stays quick).
 *
 * @param source the article
 * @param name its path relative to the folder
 * @param quotes quotes in its annotation file
 * @param claims claims
 * @param speakers speaker mentions
 * @param pending machine suggestions not yet accepted
 * @param status not started (no annotations), in progress, or done
 * @param problem why the annotation file could not be read, or empty
 */
public record DocumentSummary(Path source, String name, int quotes, int claims, int speakers, int pending,
        DocumentStatus status, String problem) {

    public static DocumentSummary of(DocumentRef ref) {
        Path file = ref.annotationFile();
        if (!Files.exists(file)) {
            return new DocumentSummary(ref.source(), ref.name(), 0, 0, 0, 0, DocumentStatus.NOT_STARTED, "");
        }
        try {
            AnnotationFileContent c = AnnotationFileReader.read(file);
            int[] counts = new int[AnnotationType.values().length];
            int pending = 0;
            for (StoredAnnotation s : c.annotations()) {
                counts[s.annotation().type().ordinal()]++;
                if (s.annotation().pending()) {
                    pending++;
                }
            }
            DocumentStatus status = c.status() == DocumentStatus.DONE ? DocumentStatus.DONE
                    : c.annotations().isEmpty() && c.orphans().isEmpty() ? DocumentStatus.NOT_STARTED : DocumentStatus.IN_PROGRESS;
            return new DocumentSummary(ref.source(), ref.name(), counts[AnnotationType.QUOTE.ordinal()],
                    counts[AnnotationType.CLAIM.ordinal()], counts[AnnotationType.SPEAKER.ordinal()], pending, status, "");
        } catch (AnnotationFileException e) {
            return new DocumentSummary(ref.source(), ref.name(), 0, 0, 0, 0, DocumentStatus.NOT_STARTED, e.problem());
        }
    }

    public DocumentSummary withCounts(int q, int c, int s, int p, DocumentStatus st) {
        return new DocumentSummary(source, name, q, c, s, p, st, "");
    }
}
