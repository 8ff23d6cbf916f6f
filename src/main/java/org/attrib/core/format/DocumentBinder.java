package org.attrib.core.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.attrib.core.anchor.Anchorer;
import org.attrib.core.anchor.Placement;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * Puts the annotations of a file onto the source text they belong to. When the source is the one
 * the file was written for (same SHA-256), every annotation must cover exactly its stored text.
 * When the source changed, each annotation is found again by {@link Anchorer}; those that cannot
 * be placed become orphans, kept with their text.
 */
public final class DocumentBinder {

    /** What binding did besides the obvious. */
    public record Report(boolean sourceChanged, int moved, int orphaned) {
        public static final Report UNCHANGED = new Report(false, 0, 0);
    }

    /** The document and how it was bound. */
    public record Bound(AnnotatedDocument document, Report report) {
    }

    private DocumentBinder() {
    }

    public static Bound bind(Path file, AnnotationFileContent content, SourceText text) throws AnnotationFileException {
        AnnotatedDocument doc = new AnnotatedDocument(text);
        for (Entity e : content.entities()) {
            doc.putEntity(e);
        }
        doc.setStatus(content.status());
        boolean sameSource = content.source().sha256().equals(text.sha256());
        if (sameSource) {
            bindExactly(file, content, text, doc);
            return new Bound(doc, Report.UNCHANGED);
        }
        if (!content.source().file().equals(text.fileName())) {
            throw new AnnotationFileException(file, "/source", "this file belongs to another source: it was written for \""
                    + content.source().file() + "\", not for \"" + text.fileName() + "\", and the texts differ");
        }
        return new Bound(doc, reanchor(content, text, doc));
    }

    private static void bindExactly(Path file, AnnotationFileContent content, SourceText text, AnnotatedDocument doc)
            throws AnnotationFileException {
        List<StoredAnnotation> list = content.annotations();
        for (int i = 0; i < list.size(); i++) {
            StoredAnnotation s = list.get(i);
            Annotation a = s.annotation();
            if (a.end() > text.length()) {
                throw new AnnotationFileException(file, "/annotations/" + i + "/end",
                        "end " + a.end() + " is beyond the source's length of " + text.length() + " code points");
            }
            String actual = text.slice(a.start(), a.end());
            if (!actual.equals(s.text())) {
                throw new AnnotationFileException(file, "/annotations/" + i + "/text", "the text does not match the offsets ["
                        + a.start() + ", " + a.end() + "): the file says \"" + excerpt(s.text()) + "\" but the source has \""
                        + excerpt(actual) + "\" there");
            }
            doc.put(a);
        }
        for (StoredAnnotation o : content.orphans()) {
            doc.addOrphan(o);
        }
    }

    private static Report reanchor(AnnotationFileContent content, SourceText text, AnnotatedDocument doc) {
        Anchorer anchorer = new Anchorer(text);
        List<Annotation> placed = new ArrayList<>();
        List<StoredAnnotation> orphans = new ArrayList<>(content.orphans());
        Set<String> orphanIds = new HashSet<>();
        int moved = 0;
        for (StoredAnnotation s : content.annotations()) {
            Optional<Placement> p = anchorer.place(s);
            if (p.isPresent()) {
                Annotation a = s.annotation();
                if (p.get().start() != a.start() || p.get().end() != a.end()) {
                    moved++;
                }
                placed.add(a.withSpan(p.get().start(), p.get().end()));
            } else {
                orphans.add(new StoredAnnotation(s.annotation().withSpeaker(s.annotation().speakerId(), null),
                        s.text(), s.prefix(), s.suffix()));
                orphanIds.add(s.annotation().id());
            }
        }
        for (Annotation a : placed) {
            // An attribution survives its mention's orphaning; only the link to the mention goes.
            doc.put(a.viaId() != null && orphanIds.contains(a.viaId()) ? a.withSpeaker(a.speakerId(), null) : a);
        }
        for (StoredAnnotation o : orphans) {
            doc.addOrphan(o);
        }
        return new Report(true, moved, orphanIds.size());
    }

    private static String excerpt(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
