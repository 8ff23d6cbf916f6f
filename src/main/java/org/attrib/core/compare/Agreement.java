package org.attrib.core.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attrib.core.batch.AnnotationFiles;
import org.attrib.core.batch.Problem;
import org.attrib.core.batch.RunListener;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceTextException;

/**
 * How far two analysts agree: their annotation files of the same articles paired (two files, or
 * two folders matched by relative path) and compared, pending suggestions left out.
 */
public final class Agreement {

    /** Two analysts' annotation files of one article. */
    public record Pair(Path a, Path b) {
    }

    /** A and B are neither two files nor two folders. */
    public static final class NotComparableException extends Exception {
        NotComparableException(String message) {
            super(message);
        }
    }

    private Agreement() {
    }

    /**
     * The pairs to compare: two annotation files (or their articles), or every annotation file of
     * folder A with the one at the same relative path in B; a file without a partner is told to
     * {@code listener} and left out.
     */
    public static List<Pair> pairs(Path a, Path b, RunListener listener) throws IOException, NotComparableException {
        List<Pair> pairs = new ArrayList<>();
        if (Files.isDirectory(a) && Files.isDirectory(b)) {
            for (Path fa : AnnotationFiles.under(a, AnnotationFormat.SUFFIX)) {
                Path fb = b.resolve(a.relativize(fa).toString());
                if (Files.isRegularFile(fb)) {
                    pairs.add(new Pair(fa, fb));
                } else {
                    listener.problem(Problem.of(fb, "missing; " + fa + " is left out"));
                }
            }
            for (Path fb : AnnotationFiles.under(b, AnnotationFormat.SUFFIX)) {
                Path fa = a.resolve(b.relativize(fb).toString());
                if (!Files.isRegularFile(fa)) {
                    listener.problem(Problem.of(fa, "missing; " + fb + " is left out"));
                }
            }
        } else if (Files.isRegularFile(a) && Files.isRegularFile(b)) {
            pairs.add(new Pair(AnnotationFiles.annotationFileFor(a), AnnotationFiles.annotationFileFor(b)));
        } else {
            throw new NotComparableException("give two annotation files or two folders (" + describe(a) + ", " + describe(b) + ")");
        }
        return pairs;
    }

    /** One pair compared: B is bound to A's article (found beside A's file, or beside B's). */
    public static Comparison compare(Pair p) throws AnnotationFileException, SourceTextException {
        AnnotatedDocument docA = AnnotationFiles.open(p.a(), p.b().getParent());
        AnnotatedDocument docB = AnnotationFiles.bind(p.b(), docA.source());
        return Comparison.of(AnnotationSet.of(docA, false), AnnotationSet.of(docB, false));
    }

    private static String describe(Path p) {
        return p + (Files.isDirectory(p) ? " is a folder" : Files.isRegularFile(p) ? " is a file" : " does not exist");
    }
}
