package org.attrib.core.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attrib.core.batch.DocumentRef;
import org.attrib.core.batch.Problem;
import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.DocumentBinder;
import org.attrib.core.format.SourceFileName;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.Excerpt;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/**
 * Checks an article and its annotation file the way opening them would, but reports every
 * problem instead of stopping at the first binding error: the file's structure, that its source
 * is beside it and is the text it was written for (same SHA-256), that every annotation covers
 * exactly the text it recorded, and that no annotation is left unplaced (an orphan).
 */
public final class AnnotationValidator {

    private AnnotationValidator() {
    }

    public static List<Problem> validate(DocumentRef ref) {
        List<Problem> problems = new ArrayList<>();
        Path file = ref.annotationFile();
        if (!Files.exists(file)) {
            // An article nobody has annotated yet is fine, as long as Attrib can open it.
            loadSource(ref.source(), problems);
            return problems;
        }
        AnnotationFileContent content;
        try {
            content = AnnotationFileReader.read(file);
        } catch (AnnotationFileException e) {
            problems.add(new Problem(file, e.where(), e.problem()));
            return problems;
        }
        if (!Files.exists(ref.source())) {
            problems.add(Problem.of(file, "its article " + Excerpt.quoted(String.valueOf(ref.source().getFileName()))
                    + " is not beside it (looked for " + ref.source() + ")"));
            return problems;
        }
        SourceText text = loadSource(ref.source(), problems);
        if (text == null) {
            return problems;
        }
        boolean sameText = content.source().sha256().equals(text.sha256());
        if (!content.source().file().equals(text.fileName())) {
            problems.add(new Problem(file, "/source/file", SourceFileName.mismatch(content.source().file(), text.fileName(), sameText)));
            if (!sameText) {
                return problems;
            }
        }
        if (sameText) {
            checkExactBinding(file, content, text, problems);
        } else {
            problems.add(changedSource(file, content, text));
        }
        List<StoredAnnotation> orphans = content.orphans();
        for (int i = 0; i < orphans.size(); i++) {
            StoredAnnotation o = orphans.get(i);
            problems.add(new Problem(file, "/orphans/" + i, "annotation " + o.annotation().id() + " (" + o.annotation().type().id()
                    + ", " + Excerpt.quoted(o.text()) + ") is not placed in the text; open the article in Attrib to place or delete it"));
        }
        return problems;
    }

    private static SourceText loadSource(Path source, List<Problem> problems) {
        try {
            return SourceTextLoader.load(source);
        } catch (SourceTextException e) {
            problems.add(Problem.of(source, e.problem()));
            return null;
        }
    }

    private static void checkExactBinding(Path file, AnnotationFileContent content, SourceText text, List<Problem> problems) {
        if (content.source().length() != text.length()) {
            problems.add(new Problem(file, "/source/length", "says the source has " + content.source().length()
                    + " code points, but it has " + text.length()));
        }
        List<StoredAnnotation> list = content.annotations();
        for (int i = 0; i < list.size(); i++) {
            StoredAnnotation s = list.get(i);
            Annotation a = s.annotation();
            String at = "/annotations/" + i;
            if (a.end() > text.length()) {
                problems.add(new Problem(file, at + "/end", "end " + a.end() + " is beyond the source's length of "
                        + text.length() + " code points"));
                continue;
            }
            String actual = text.slice(a.start(), a.end());
            if (!actual.equals(s.text())) {
                problems.add(new Problem(file, at + "/text", "annotation " + a.id() + " says " + Excerpt.quoted(s.text())
                        + " but the source has " + Excerpt.quoted(actual) + " at [" + a.start() + ", " + a.end() + ")"));
            }
        }
    }

    /** The source is not the text the file was written for: say so, and what opening it would do. */
    private static Problem changedSource(Path file, AnnotationFileContent content, SourceText text) {
        String reason = "the source changed since the annotations were saved (its SHA-256 differs)";
        try {
            DocumentBinder.Report report = DocumentBinder.bind(file, content, text).report();
            int total = content.annotations().size();
            reason += "; opening it in Attrib re-anchors them: " + (total - report.orphaned()) + " of " + total
                    + " placed again (" + report.moved() + " moved), " + report.orphaned() + " cannot be placed";
        } catch (AnnotationFileException e) {
            reason = e.problem();
        }
        return new Problem(file, "/source/sha256", reason);
    }
}
