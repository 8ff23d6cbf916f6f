package org.attrib.core.corpus;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.QuoteForm;

/**
 * A quote or claim attributed to a speaker, somewhere in the corpus: enough to list it and to
 * open its article at the span.
 *
 * @param speaker the document entity it is attributed to
 * @param source the article file
 * @param annotationId the annotation's id in the article's annotation file
 * @param type quote or claim
 * @param start first code point in the article's text, inclusive (as in annotation files)
 * @param end last code point, exclusive
 * @param text the text it covers
 * @param form for a quote: direct, indirect, partial or mixed, or null when not set
 * @param checkWorthy for a claim: whether it is worth fact-checking, or null when not set
 * @param pending true for a machine suggestion the analyst has not accepted yet
 */
public record Statement(EntityRef speaker, Path source, String annotationId, AnnotationType type, int start, int end,
        String text, QuoteForm form, Boolean checkWorthy, boolean pending) {

    /** By article, then by position in it. */
    public static final Comparator<Statement> CORPUS_ORDER = Comparator
            .comparing((Statement s) -> s.speaker().document())
            .thenComparingInt(Statement::start)
            .thenComparingInt(Statement::end)
            .thenComparing(Statement::annotationId);

    public Statement {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(annotationId, "annotationId");
        if (!Objects.requireNonNull(type, "type").isAttributable()) {
            throw new IllegalArgumentException("a statement is a quote or a claim, not a " + type.id());
        }
    }

    /** The article's path relative to the corpus folder. */
    public String document() {
        return speaker.document();
    }
}
