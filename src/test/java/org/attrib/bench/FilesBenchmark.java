package org.attrib.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attrib.core.format.AnnotationFileContent;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.DocumentBinder;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.text.SourceText;

/**
 * Not a test: measures re-anchoring and saving on a 5 MB article with 5,000 annotations, for
 * docs/files.md. Run with the test class path:
 * {@code java -cp target/classes:target/test-classes:<deps> org.attrib.bench.FilesBenchmark}.
 */
public final class FilesBenchmark {

    private FilesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        measure(5_000_000, 5000);
        measure(50_000, 300);
    }

    private static void measure(int chars, int n) throws Exception {
        System.out.printf("%n%,d chars, %,d annotations%n", chars, n);
        Random r = new Random(42);
        String[] vocabulary = new String[6000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < 2 + r.nextInt(9); k++) {
                w.append((char) ('a' + r.nextInt(26)));
            }
            vocabulary[i] = w.toString();
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < chars) {
            int words = 8 + r.nextInt(30);
            text.append(r.nextInt(4) == 0 ? "\"" : "");
            for (int i = 0; i < words; i++) {
                text.append(vocabulary[r.nextInt(vocabulary.length)]).append(i == words - 1 ? "" : " ");
            }
            text.append(r.nextInt(4) == 0 ? ",\" he said. " : ". ");
            if (r.nextInt(6) == 0) {
                text.append("\n\n");
            }
        }
        String base = text.toString();
        SourceText old = SourceText.of("big.txt", base);
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = (int) ((long) i * (old.length() - 300) / n) + r.nextInt(50);
            annotations.add(Annotation.of("a" + i, AnnotationType.values()[i % 2], s, s + 5 + r.nextInt(200)));
        }
        DocumentSnapshot snapshot = new DocumentSnapshot(old, DocumentStatus.IN_PROGRESS, List.of(), annotations, List.of());
        Path file = Files.createTempFile("bench", ".annotations.json");

        byte[] bytes = null;
        AnnotationFileContent content = null;
        long t0 = 0;
        long t1 = 0;
        long t2 = 0;
        long t3 = 0;
        for (int warm = 0; warm < 3; warm++) {
            t0 = System.nanoTime();
            bytes = AnnotationFileWriter.toBytes(snapshot);
            t1 = System.nanoTime();
            content = AnnotationFileReader.parse(file, bytes);
            t2 = System.nanoTime();
            DocumentFiles.save(snapshot, file);
            t3 = System.nanoTime();
        }
        System.out.printf("file of %,d bytes: write %d ms, parse %d ms, save with verification and fsync %d ms%n",
                bytes.length, ms(t0, t1), ms(t1, t2), ms(t2, t3));

        run("unchanged source", content, old);
        run("a line inserted at the top", content, SourceText.of("big.txt", "Print this article\n\n" + base));
        run("quotes made curly everywhere", content, SourceText.of("big.txt", curly(base)));
        String edited = scatter(base, r, n / 10);
        run(n / 10 + " small edits scattered (typos, words)", content, SourceText.of("big.txt", edited));
        run("a different article under the same name", content, SourceText.of("big.txt", scatter(base, r, 0).substring(0, 10)
                + new StringBuilder(base).reverse()));
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
    }

    private static void run(String what, AnnotationFileContent content, SourceText now) throws Exception {
        for (int warm = 0; warm < 2; warm++) {
            DocumentBinder.bind(Path.of("big.annotations.json"), content, now);
        }
        long t0 = System.nanoTime();
        DocumentBinder.Bound b = DocumentBinder.bind(Path.of("big.annotations.json"), content, now);
        long t1 = System.nanoTime();
        DocumentBinder.Report rep = b.report();
        System.out.printf("%-45s %6d ms  kept %d, moved %d, fuzzy %d, orphaned %d%n", what, ms(t0, t1), rep.kept(), rep.moved(),
                rep.fuzzy(), rep.orphaned());
    }

    private static String curly(String s) {
        return s.replaceAll("\"([^\"]*)\"", "\u201C$1\u201D");
    }

    private static String scatter(String s, Random r, int edits) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(b.length() - 10);
            switch (r.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, (char) ('a' + r.nextInt(26)));
                default -> b.replace(at, at + 4, "word");
            }
        }
        return b.toString();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
