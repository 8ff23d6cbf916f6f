package org.attrib.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/** The bundled sample article, copied into a test folder, with a small realistic annotation file beside it. */
public final class SampleArticle {

    public static final Path SAMPLE = Path.of(System.getProperty("attrib.sample.dir", "annotations"))
            .resolve("voa-2019-12-04-us-mexico-cartel-tools.txt");

    private SampleArticle() {
    }

    /** Copies the sample article into {@code dir}; returns the copy. */
    public static Path copyInto(Path dir) throws IOException {
        return Files.copy(SAMPLE, dir.resolve(SAMPLE.getFileName()));
    }

    /**
     * Copies the article into {@code dir} and saves beside it: a speaker mention of Hugo
     * Rodriguez, a quote attributed to him through it, a claim, and a second speaker.
     */
    public static Path withAnnotations(Path dir) throws IOException, SourceTextException {
        Path source = copyInto(dir);
        SourceText text = SourceTextLoader.load(source);
        AnnotatedDocument doc = new AnnotatedDocument(text);
        AnnotationEditor editor = new AnnotationEditor(doc);
        UndoHistory history = new UndoHistory();
        AnnotationEditor.Tagging hugo = tag(editor, history, text, AnnotationType.SPEAKER, "Hugo Rodriguez");
        AnnotationEditor.Tagging quote = tag(editor, history, text, AnnotationType.QUOTE,
                "\"We have to work with them (Mexico) to find the tools that are going to be appropriate in the context,\"");
        tag(editor, history, text, AnnotationType.CLAIM, "the U.S. agencies have been looking at this issue for months");
        tag(editor, history, text, AnnotationType.SPEAKER, "Marcelo Ebrard");
        Annotation q = doc.annotation(quote.annotation().id()).orElseThrow();
        history.execute(editor.attribute(q, doc.entity(hugo.annotation().entityId()).orElseThrow(), hugo.annotation()));
        DocumentFiles.save(DocumentSnapshot.of(doc), AnnotationFormat.annotationFileFor(source));
        return source;
    }

    public static AnnotationEditor.Tagging tag(AnnotationEditor editor, UndoHistory history, SourceText text,
            AnnotationType type, String span) {
        int at = text.text().indexOf(span);
        if (at < 0) {
            throw new IllegalArgumentException("not in the sample: " + span);
        }
        AnnotationEditor.Tagging t = editor.tag(type, text.toCodePoint(at), text.toCodePoint(at + span.length()));
        history.execute(t.edit());
        return t;
    }
}
