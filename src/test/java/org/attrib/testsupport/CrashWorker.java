package org.attrib.testsupport;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.Autosaver;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;

/**
 * The analyst in the crash test, run in its own JVM until it is killed: opens an article, tags
 * spans at a steady pace through {@link AnnotationEditor} and {@link UndoHistory} on an "owner"
 * thread, now and then retypes the previous one, and lets the {@link Autosaver} save. After each
 * edit it prints {@code EDIT <epoch ms> TAG|RETYPE <id> <type>}; for each save state
 * {@code STATUS <epoch ms> <state>}.
 *
 * <p>Arguments: article path, autosave delay (ms), pause between edits (ms), first edit number.
 */
public final class CrashWorker {

    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Duration delay = Duration.ofMillis(Long.parseLong(args[1]));
        long pace = Long.parseLong(args[2]);
        int first = Integer.parseInt(args[3]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);

        ExecutorService owner = Executors.newSingleThreadExecutor();
        DocumentFiles.Opened opened = owner.submit(() -> DocumentFiles.open(source)).get();
        AnnotatedDocument doc = opened.document();
        AnnotationEditor editor = new AnnotationEditor(doc);
        UndoHistory history = new UndoHistory();
        Autosaver saver = owner.submit(() -> new Autosaver(opened.annotationFile(), opened.stamp(), () -> DocumentSnapshot.of(doc),
                owner, delay, s -> out.println("STATUS " + System.currentTimeMillis() + " " + s.state()))).get();
        owner.submit(() -> saver.watch(doc)).get();
        out.println("READY " + System.currentTimeMillis() + " " + doc.size());

        int length = doc.source().length();
        String[] last = new String[1];
        for (int i = first; ; i++) {
            int n = i;
            String line = owner.submit(() -> {
                if (n % 4 == 3 && last[0] != null) {
                    Annotation a = doc.annotation(last[0]).orElseThrow();
                    history.execute(editor.retype(a, AnnotationType.CLAIM));
                    last[0] = null;
                    return "EDIT " + System.currentTimeMillis() + " RETYPE " + a.id() + " claim";
                }
                int start = (int) ((n * 7919L) % (length - 30));
                AnnotationType type = n % 5 == 0 ? AnnotationType.SPEAKER : AnnotationType.QUOTE;
                AnnotationEditor.Tagging t = editor.tag(type, start, start + 5 + n % 20);
                history.execute(t.edit());
                last[0] = type == AnnotationType.QUOTE ? t.annotation().id() : null;
                return "EDIT " + System.currentTimeMillis() + " TAG " + t.annotation().id() + " " + type.id();
            }).get();
            out.println(line);
            Thread.sleep(pace);
        }
    }
}
