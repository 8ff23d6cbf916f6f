package org.attrib.core.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.attrib.core.batch.DocumentFinder;
import org.attrib.core.batch.DocumentLoader;
import org.attrib.core.batch.DocumentRef;
import org.attrib.core.batch.InputFolders;
import org.attrib.core.batch.Problem;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.text.SourceTextException;

/**
 * The speakers of every article of a corpus folder, read once so that matching them (and
 * re-matching after each merge, split or rename) costs no file access.
 *
 * @param folder the corpus folder
 * @param documents each readable article's speakers, by path
 * @param problems the articles that could not be read, and why
 */
public record CorpusDocuments(Path folder, List<DocumentSpeakers> documents, List<Problem> problems) {

    /** Told of each article as it is read, from the reading thread. */
    @FunctionalInterface
    public interface Progress {
        void read(int done, int total, String document);
    }

    public CorpusDocuments {
        Objects.requireNonNull(folder, "folder");
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    /** Reads every article of a folder (recursively) with its annotation file. */
    public static CorpusDocuments read(Path folder) {
        return read(folder, (done, total, document) -> { });
    }

    /**
     * Reads every article of a folder, as the window opens them: an article that changed since it
     * was annotated is re-anchored, so that spans point into the text as it is now. Slow work for
     * a background thread: a folder of 1,000 short articles takes 0.2 to 0.6 s.
     */
    public static CorpusDocuments read(Path folder, Progress progress) {
        DocumentFinder.Found found = DocumentFinder.find(List.of(folder));
        List<DocumentSpeakers> documents = new ArrayList<>(found.documents().size());
        List<Problem> problems = new ArrayList<>(found.problems());
        int done = 0;
        for (DocumentRef ref : found.documents()) {
            try {
                DocumentLoader.Loaded loaded = DocumentLoader.load(ref);
                documents.add(DocumentSpeakers.of(ref.name(), ref.source(), loaded.snapshot()));
            } catch (SourceTextException e) {
                problems.add(Problem.of(e.file(), e.problem()));
            } catch (AnnotationFileException e) {
                problems.add(new Problem(e.file(), e.where(), e.problem()));
            }
            progress.read(++done, found.documents().size(), ref.name());
        }
        return new CorpusDocuments(folder, documents, problems);
    }

    /**
     * The same corpus with one article's speakers replaced (or added): after the analyst saved
     * it in the window, say, without reading the folder again.
     */
    public CorpusDocuments with(DocumentSpeakers changed) {
        List<DocumentSpeakers> out = new ArrayList<>(documents.size() + 1);
        boolean replaced = false;
        for (DocumentSpeakers d : documents) {
            if (d.document().equals(changed.document())) {
                out.add(changed);
                replaced = true;
            } else {
                out.add(d);
            }
        }
        if (!replaced) {
            out.add(changed);
            out.sort(Comparator.comparing(DocumentSpeakers::document));
        }
        return new CorpusDocuments(folder, out, problems);
    }

    /** The path of an article of this folder relative to it, as {@link EntityRef#document()} names it. */
    public String nameOf(Path article) {
        return InputFolders.relativeName(folder.toAbsolutePath().normalize(), article.toAbsolutePath().normalize());
    }
}
