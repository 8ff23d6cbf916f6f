package org.attrib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceTextLoader;

/** Runs a command in-process and keeps what it printed; writes articles and annotation files for the tests. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i].toString();
        }
        int code = AttribCli.run(strings, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    static final String ARTICLE = "Hugo Rodriguez spoke to reporters on Monday.\n\n"
            + "\"We have to work with them,\" he said. \"We are ready.\"\n\n"
            + "Maria Lopez said the plan would not work.\n";

    static Path article(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /**
     * Writes an annotation file for an article: Hugo Rodriguez's mention and his two quotes, and
     * (when {@code withClaim}) Maria Lopez's mention and claim; nothing pending.
     */
    static Path annotate(Path article, Path file, boolean withClaim) throws Exception {
        AnnotatedDocument doc = new AnnotatedDocument(SourceTextLoader.load(article));
        AnnotationEditor ed = new AnnotationEditor(doc);
        String text = doc.source().text();
        AnnotationEditor.Tagging hugo = ed.tag(AnnotationType.SPEAKER, 0, "Hugo Rodriguez".length());
        hugo.edit().redo();
        String speaker = hugo.annotation().entityId();
        var entity = doc.entity(speaker).orElseThrow();
        for (String q : new String[] {"We have to work with them,", "We are ready."}) {
            int s = text.indexOf(q);
            AnnotationEditor.Tagging t = ed.tag(AnnotationType.QUOTE, s, s + q.length());
            t.edit().redo();
            Annotation a = doc.annotation(t.annotation().id()).orElseThrow();
            ed.attribute(a, entity, hugo.annotation()).redo();
            ed.setForm(doc.annotation(a.id()).orElseThrow(), QuoteForm.DIRECT).redo();
        }
        if (withClaim) {
            int m = text.indexOf("Maria Lopez");
            AnnotationEditor.Tagging maria = ed.tag(AnnotationType.SPEAKER, m, m + "Maria Lopez".length());
            maria.edit().redo();
            int c = text.indexOf("the plan");
            AnnotationEditor.Tagging claim = ed.tag(AnnotationType.CLAIM, c, c + "the plan would not work".length());
            claim.edit().redo();
            ed.attribute(doc.annotation(claim.annotation().id()).orElseThrow(), doc.entity(maria.annotation().entityId()).orElseThrow(),
                    maria.annotation()).redo();
        }
        DocumentFiles.save(DocumentSnapshot.of(doc), file);
        return file;
    }

    static Path annotationFile(Path article) {
        return AnnotationFormat.annotationFileFor(article);
    }
}
