package org.attrib.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The model's part of tagging, deleting and undoing, without any view: the edit built by
 * {@link AnnotationEditor} and run through {@link UndoHistory}, on a document that already holds
 * 1,000, 10,000 or 50,000 annotations. The undo (or the delete) that puts the document back
 * runs around each invocation, outside the timing.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EditBenchmarks {

    /**
     * The open document with its editor and history. Benchmark-scoped: JMH gives thread-scoped
     * states that other states' helpers take an instance of their own, which would edit one
     * document and undo in another.
     */
    @State(Scope.Benchmark)
    public static class Doc {
        @Param({"100kb", "1mb", "5mb"})
        public String article;

        AnnotatedDocument doc;
        AnnotationEditor editor;
        final UndoHistory history = new UndoHistory();
        List<Annotation> existing;
        final Random random = new Random(5);

        @Setup(Level.Trial)
        public void open() throws Exception {
            doc = DocumentFiles.open(Article.of(article).source(BenchFiles.dir())).document();
            editor = new AnnotationEditor(doc);
            existing = doc.annotations();
        }

        /** An annotation picked at random: about a third are speaker mentions, which unlink what went through them. */
        Annotation randomAnnotation() {
            return doc.annotation(existing.get(random.nextInt(existing.size())).id()).orElseThrow();
        }
    }

    /** A place to tag; the tag is undone after each invocation. */
    @State(Scope.Thread)
    public static class ToTag {
        int start;

        @Setup(Level.Invocation)
        public void pick(Doc d) {
            start = d.random.nextInt(d.doc.source().length() - 41);
        }

        @TearDown(Level.Invocation)
        public void undo(Doc d) {
            d.history.undo();
        }
    }

    /** An annotation to delete; the delete is undone after each invocation. */
    @State(Scope.Thread)
    public static class ToDelete {
        Annotation victim;

        @Setup(Level.Invocation)
        public void pick(Doc d) {
            victim = d.randomAnnotation();
        }

        @TearDown(Level.Invocation)
        public void undo(Doc d) {
            d.history.undo();
        }
    }

    /** An annotation deleted before each invocation, for the benchmark to undo. */
    @State(Scope.Thread)
    public static class Deleted {
        @Setup(Level.Invocation)
        public void delete(Doc d) {
            d.history.execute(d.editor.delete(d.randomAnnotation()));
        }
    }

    /** Tags 40 code points as a quote. */
    @Benchmark
    public Object tag(Doc d, ToTag at) {
        AnnotationEditor.Tagging t = d.editor.tag(AnnotationType.QUOTE, at.start, at.start + 40);
        d.history.execute(t.edit());
        return t;
    }

    @Benchmark
    public Object delete(Doc d, ToDelete victim) {
        d.history.execute(d.editor.delete(victim.victim));
        return victim;
    }

    @Benchmark
    public Object undo(Doc d, Deleted deleted) {
        return d.history.undo();
    }
}
