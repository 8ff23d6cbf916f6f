package org.attrib.testsupport;

import java.nio.file.Path;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.io.SaveProblems;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;

/**
 * Run in a separate JVM with a file size limit ({@code ulimit -f}): saves many annotations over
 * an article and prints {@code SAVED} or {@code FAILED} with the analyst's message.
 */
public final class SaveProbe {

    private SaveProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        SourceText text = SourceTextLoader.load(source);
        AnnotatedDocument doc = new AnnotatedDocument(text);
        for (int i = 0; i < count; i++) {
            int start = (i * 7) % (text.length() - 40);
            doc.put(Annotation.of("a" + i, AnnotationType.QUOTE, start, start + 40).withNote("note " + i));
        }
        Path file = AnnotationFormat.annotationFileFor(source);
        try {
            DocumentFiles.save(DocumentSnapshot.of(doc), file);
            System.out.println("SAVED");
        } catch (Exception e) {
            System.out.println("FAILED " + SaveProblems.describe(file, e));
        }
    }
}
