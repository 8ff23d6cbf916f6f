package org.attrib.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.testsupport.CrashWorker;
import org.attrib.testsupport.SampleArticle;

/**
 * The crash test: a separate JVM tags the sample article at a steady pace with autosave on and
 * is killed hard (SIGKILL) in the middle of its work, three times over, each run starting from
 * what the previous one left. After each kill the annotation file opens (it is never half
 * written) and holds every edit made longer ago than the autosave delay plus the time of a save
 * or two.
 */
class AutosaveCrashTest {

    static final long DELAY_MS = 300;
    static final long PACE_MS = 40;
    /** Scheduling slack on a busy machine, on top of twice the longest save the worker reported. */
    static final long SLACK_MS = 400;

    /** One line of the worker's output, with when the test read it. */
    record Line(String text, long readAt) {
        String[] parts() {
            return text.split(" ");
        }

        long time() {
            return Long.parseLong(parts()[1]);
        }
    }

    /** How to pick the moment of the kill. */
    enum KillWhen { WHILE_SAVING, RIGHT_AFTER_AN_EDIT, BETWEEN_SAVES }

    @Test
    void noEditOlderThanTheDelayIsLostWhenTheProcessIsKilled(@TempDir Path dir) throws Exception {
        Path source = SampleArticle.copyInto(dir);
        Path file = AnnotationFormat.annotationFileFor(source);
        int firstEdit = 0;
        for (KillWhen when : KillWhen.values()) {
            Run run = runAndKill(source, firstEdit, when);
            List<Line> lines = run.lines();
            long killedAt = run.killedAt();

            long longestSave = longestSave(lines);
            long cutoff = killedAt - DELAY_MS - 2 * longestSave - SLACK_MS;
            DocumentFiles.Opened opened = DocumentFiles.open(source);
            AnnotatedDocument doc = opened.document();
            int checked = 0;
            int lost = 0;
            for (Line l : lines) {
                if (!l.text().startsWith("EDIT ")) {
                    continue;
                }
                String[] p = l.parts();
                String id = p[3];
                boolean old = l.time() < cutoff;
                Annotation a = doc.annotation(id).orElse(null);
                if (old) {
                    assertThat(a).as("%s (%d ms before the kill) after a kill %s", l.text(), killedAt - l.time(), when).isNotNull();
                    if (p[2].equals("RETYPE")) {
                        assertThat(a.type().id()).as(l.text()).isEqualTo(p[4]);
                    }
                    checked++;
                } else if (a == null) {
                    lost++;
                }
            }
            assertThat(checked).as("edits old enough to be checked after a kill %s", when).isGreaterThanOrEqualTo(15);
            // The backup is a whole file too, and temporary files are never mistaken for the file.
            Path backup = AtomicFiles.backupOf(file);
            if (Files.exists(backup)) {
                AnnotationFileReader.read(backup);
            }
            firstEdit += countEdits(lines);
            System.out.printf("crash test, kill %s: %d edits checked, %d recent ones not yet saved, longest save %d ms%n",
                    when, checked, lost, longestSave);
        }
    }

    private static int countEdits(List<Line> lines) {
        return (int) lines.stream().filter(l -> l.text().startsWith("EDIT ")).count();
    }

    /** The longest time between a SAVING and the next SAVED the worker reported. */
    private static long longestSave(List<Line> lines) {
        long longest = 0;
        long started = -1;
        for (Line l : lines) {
            if (l.text().startsWith("STATUS ")) {
                String state = l.parts()[2];
                if (state.equals("SAVING")) {
                    started = l.time();
                } else if (state.equals("SAVED") && started >= 0) {
                    longest = Math.max(longest, l.time() - started);
                    started = -1;
                }
            }
        }
        return longest;
    }

    /** What one run of the worker printed, and when it was killed. */
    record Run(List<Line> lines, long killedAt) {
    }

    /** Runs the worker until the chosen moment and kills it hard. */
    private Run runAndKill(Path source, int firstEdit, KillWhen when) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWorker.class.getName(),
                source.toString(), Long.toString(DELAY_MS), Long.toString(PACE_MS), Integer.toString(firstEdit * 10))
                .redirectErrorStream(true).start();
        BlockingQueue<Line> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String s = r.readLine(); s != null; s = r.readLine()) {
                    queue.add(new Line(s, System.currentTimeMillis()));
                }
            } catch (java.io.IOException e) {
                // The process died; what was read is what there is.
            }
        });
        reader.start();
        List<Line> lines = new ArrayList<>();
        long killedAt = 0;
        int edits = 0;
        int saves = 0;
        try {
            while (true) {
                Line l = queue.poll(60, TimeUnit.SECONDS);
                assertThat(l).as("the worker stopped talking; last lines: %s", lines).isNotNull();
                lines.add(l);
                assertThat(l.text()).as("worker output").matches("(READY|EDIT|STATUS) .*");
                if (l.text().startsWith("EDIT ")) {
                    edits++;
                }
                if (l.text().endsWith(" SAVED")) {
                    saves++;
                }
                boolean warmedUp = edits >= 60 && saves >= 3;
                if (warmedUp && (when == KillWhen.WHILE_SAVING && l.text().endsWith(" SAVING")
                        || when == KillWhen.RIGHT_AFTER_AN_EDIT && l.text().startsWith("EDIT ")
                        || when == KillWhen.BETWEEN_SAVES && l.text().endsWith(" SAVED") && edits >= 80)) {
                    break;
                }
            }
        } finally {
            killedAt = System.currentTimeMillis();
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(30));
            queue.drainTo(lines);
        }
        return new Run(lines, killedAt);
    }
}
