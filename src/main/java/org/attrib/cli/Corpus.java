package org.attrib.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.attrib.core.batch.DocumentFinder;
import org.attrib.core.batch.DocumentLoader;
import org.attrib.core.batch.DocumentRef;
import org.attrib.core.batch.Problem;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.text.SourceTextException;

/** What the corpus commands share: finding the articles named, and opening each with its messages. */
final class Corpus {

    private Corpus() {
    }

    /**
     * The articles the paths name; paths that name none are reported as problems. With
     * {@code distinctNames} (an export lays its files out by article name), a second article of
     * a name already found is left out and reported.
     */
    static List<DocumentRef> find(List<Path> paths, Reporter reporter, boolean distinctNames) {
        DocumentFinder.Found found = DocumentFinder.find(paths, distinctNames);
        found.problems().forEach(reporter::problem);
        if (found.documents().isEmpty() && found.problems().isEmpty()) {
            reporter.problem(Problem.of(paths.get(0), "no articles (.txt) or annotation files (.annotations.json) here"));
        }
        return found.documents();
    }

    /** Opens an article with its annotations; a problem is reported and nothing returned if it cannot be. */
    static Optional<DocumentLoader.Loaded> open(DocumentRef ref, Reporter reporter) {
        try {
            DocumentLoader.Loaded loaded = DocumentLoader.load(ref);
            if (loaded.report().sourceChanged()) {
                reporter.warning(ref.annotationFile() + ": the article changed since it was annotated; "
                        + loaded.report().moved() + " annotations moved with the text"
                        + (loaded.report().orphaned() > 0 ? ", " + loaded.report().orphaned() + " could not be placed" : ""));
            }
            return Optional.of(loaded);
        } catch (SourceTextException e) {
            reporter.problem(Problem.of(e.file(), e.problem()));
        } catch (AnnotationFileException e) {
            reporter.problem(new Problem(e.file(), e.where(), e.problem()));
        }
        return Optional.empty();
    }
}
