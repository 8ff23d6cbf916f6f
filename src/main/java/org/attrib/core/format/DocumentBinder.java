package org.attrib.core.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.attrib.core.anchor.Placement;
import org.attrib.core.anchor.Reanchoring;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.Excerpt;
import org.attrib.core.text.SourceText;

/**
 * Puts the annotations of a file onto the source text they belong to. When the source is the one
 * the file was written for (same SHA-256), every annotation must cover exactly its stored text.
 * When the source changed, each annotation is found again ({@link Reanchoring}); those that cannot
 * be placed become orphans, kept with their text.
 */
public final class DocumentBinder {

    /**
     * What binding did besides the obvious. When the source changed: how many annotations stayed
     * where they were, moved with their exact text, were found by a fuzzy match (worth a look), or
     * could not be placed and became orphans; and where each placed one landed and how.
     * {@code recordedName} is the article's name the file recorded ({@code source.file}) when it
     * is not the name of the article it was bound to (same text, another name: renamed, or
     * copied from another article's file), else null; saving would write the article's name.
     */
    public record Report(boolean sourceChanged, int kept, int moved, int fuzzy, int orphaned,
            Map<String, Placement> placements, String recordedName) {

        public static final Report UNCHANGED = new Report(false, 0, 0, 0, 0, Map.of(), null);

        public Report {
            placements = Map.copyOf(placements);
        }

        /** The article did not change; the file recorded {@code recordedName} (null when that is the article's name). */
        static Report unchanged(String recordedName) {
            return recordedName == null ? UNCHANGED : new Report(false, 0, 0, 0, 0, Map.of(), recordedName);
        }

        /** Ids of the annotations placed by a fuzzy match, in no particular order. */
        public List<String> fuzzyIds() {
            List<String> ids = new ArrayList<>();
            placements.forEach((id, p) -> {
                if (p.method() == Placement.Method.FUZZY) {
                    ids.add(id);
                }
            });
            return ids;
        }

        /** One or two sentences for the analyst; empty when the source did not change. */
        public String describe() {
            if (!sourceChanged) {
                return "";
            }
            StringBuilder s = new StringBuilder("The article changed since its annotations were saved. ");
            List<String> parts = new ArrayList<>();
            if (kept > 0) {
                parts.add(count(kept) + " stayed where " + (kept == 1 ? "it was" : "they were"));
            }
            if (moved > 0) {
                parts.add(count(moved) + " moved with " + (moved == 1 ? "its" : "their") + " text");
            }
            if (fuzzy > 0) {
                parts.add(count(fuzzy) + " matched text that changed slightly (please check "
                        + (fuzzy == 1 ? "it" : "them") + ")");
            }
            if (orphaned > 0) {
                parts.add(count(orphaned) + " could not be placed and " + (orphaned == 1 ? "is" : "are")
                        + " kept as orphans, to re-place or delete");
            }
            if (parts.isEmpty()) {
                return s.append("There were no annotations to place.").toString();
            }
            s.append(Character.toUpperCase(parts.get(0).charAt(0))).append(parts.get(0).substring(1));
            for (int i = 1; i < parts.size(); i++) {
                s.append(i == parts.size() - 1 ? " and " : ", ").append(parts.get(i));
            }
            return s.append(". The annotation file is rewritten only when you save.").toString();
        }

        private static String count(int n) {
            return n + (n == 1 ? " annotation" : " annotations");
        }
    }

    /** The document and how it was bound. */
    public record Bound(AnnotatedDocument document, Report report) {
    }

    private DocumentBinder() {
    }

    public static Bound bind(Path file, AnnotationFileContent content, SourceText text) throws AnnotationFileException {
        AnnotatedDocument doc = new AnnotatedDocument(text, content.annotations().size());
        for (Entity e : content.entities()) {
            doc.putEntity(e);
        }
        doc.setStatus(content.status());
        boolean sameSource = content.source().sha256().equals(text.sha256());
        if (sameSource) {
            bindExactly(file, content, text, doc);
            return new Bound(doc, Report.unchanged(otherName(content, text)));
        }
        if (otherName(content, text) != null) {
            throw new AnnotationFileException(file, "/source", "this annotation file belongs to another article: it was "
                    + "written for " + Excerpt.quoted(content.source().file()) + ", not for " + Excerpt.quoted(text.fileName())
                    + " (and the texts differ)");
        }
        return new Bound(doc, reanchor(content, text, doc));
    }

    /**
     * Binding that starts while the file is still being read: it takes the annotations the fast
     * reader hands over ({@link AnnotationStream}) and places them as {@link #bind} would, then
     * {@link #finish} checks that the read returned exactly what it was handed, and otherwise
     * (another source, a problem, a file read again by the tree reader) binds the content the
     * usual way, which also words any problem. Used by one thread at a time.
     */
    public static final class Early {

        private final Path file;
        private final SourceText text;
        private AnnotatedDocument doc;
        private final List<StoredAnnotation> taken = new ArrayList<>();
        /** Set when an annotation does not fit the text: binding the content again says which, in words. */
        private boolean failed;

        public Early(Path file, SourceText text) {
            this.file = file;
            this.text = text;
        }

        /** The annotations are about to come; they are taken only if the file was written for this very text. */
        public void begin(String sourceSha256, List<Entity> entities, int expectedAnnotations) {
            if (!sourceSha256.equals(text.sha256())) {
                return;
            }
            doc = new AnnotatedDocument(text, expectedAnnotations);
            for (Entity e : entities) {
                doc.putEntity(e);
            }
        }

        /** The next annotations, in file order. */
        public void take(List<StoredAnnotation> batch) {
            if (doc == null || failed) {
                return;
            }
            for (StoredAnnotation s : batch) {
                Annotation a = s.annotation();
                if (a.end() > text.length() || !covers(text, a, s.text())) {
                    failed = true;
                    return;
                }
                doc.put(a);
                taken.add(s);
            }
        }

        /** The document bound to {@code content}, what the read returned: from what was taken if it is that, else bound afresh. */
        public Bound finish(AnnotationFileContent content) throws AnnotationFileException {
            if (doc == null || failed || !sameObjects(taken, content.annotations()) || !sameObjects(content.entities(), doc.entities())) {
                return bind(file, content, text);
            }
            doc.setStatus(content.status());
            for (StoredAnnotation o : content.orphans()) {
                doc.addOrphan(o);
            }
            return new Bound(doc, Report.unchanged(otherName(content, text)));
        }

        private static boolean sameObjects(Collection<?> a, Collection<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            var i = a.iterator();
            var j = b.iterator();
            while (i.hasNext()) {
                if (i.next() != j.next()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static void bindExactly(Path file, AnnotationFileContent content, SourceText text, AnnotatedDocument doc)
            throws AnnotationFileException {
        List<StoredAnnotation> list = content.annotations();
        for (int i = 0; i < list.size(); i++) {
            StoredAnnotation s = list.get(i);
            Annotation a = s.annotation();
            if (a.end() > text.length()) {
                throw new AnnotationFileException(file, "/annotations/" + i + "/end", "end " + a.end()
                        + " is beyond the end of the article (" + text.length() + " characters); the file was damaged or edited by hand");
            }
            if (!covers(text, a, s.text())) {
                String actual = text.slice(a.start(), a.end());
                throw new AnnotationFileException(file, "/annotations/" + i + "/text", "the file says [" + a.start() + ", "
                        + a.end() + ") covers " + Excerpt.quoted(s.text()) + " but the article has " + Excerpt.quoted(actual)
                        + " there; the file was damaged or edited by hand");
            }
            doc.put(a);
        }
        for (StoredAnnotation o : content.orphans()) {
            doc.addOrphan(o);
        }
    }

    /** The name the file recorded for its article when it is not {@code text}'s, else null. */
    private static String otherName(AnnotationFileContent content, SourceText text) {
        return content.source().file().equals(text.fileName()) ? null : content.source().file();
    }

    /** Whether the annotation's span of the text is {@code stored}: compared in place, as a copy of each span costs more than the comparison. */
    private static boolean covers(SourceText text, Annotation a, String stored) {
        int from = text.toChar(a.start());
        int to = text.toChar(a.end());
        return to - from == stored.length() && text.text().regionMatches(from, stored, 0, stored.length());
    }

    private static Report reanchor(AnnotationFileContent content, SourceText text, AnnotatedDocument doc) {
        Map<String, Placement> placements = Reanchoring.placeAll(text, AnnotationFormat.CONTEXT, content.annotations());
        int[] byMethod = new int[Placement.Method.values().length];
        int orphaned = 0;
        // Links stay as they are: a quote keeps the mention it was attributed through whether
        // that mention was placed or kept as an orphan, and so does an orphaned quote.
        for (StoredAnnotation s : content.annotations()) {
            Placement p = placements.get(s.annotation().id());
            if (p != null) {
                doc.put(s.annotation().withSpan(p.start(), p.end()));
                byMethod[p.method().ordinal()]++;
            } else {
                doc.addOrphan(s);
                orphaned++;
            }
        }
        for (StoredAnnotation o : content.orphans()) {
            doc.addOrphan(o);
        }
        return new Report(true, byMethod[Placement.Method.SAME_OFFSETS.ordinal()], byMethod[Placement.Method.EXACT_TEXT.ordinal()],
                byMethod[Placement.Method.FUZZY.ordinal()], orphaned, placements, null);
    }

}
