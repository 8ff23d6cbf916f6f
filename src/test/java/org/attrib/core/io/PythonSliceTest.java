package org.attrib.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;
import org.attrib.testsupport.RandomDocuments;

/**
 * The stored code point offsets slice the same text in Python as in Attrib: for every
 * annotation, {@code open(path, encoding="utf-8-sig").read()[start:end]} equals the stored text,
 * and the stored context equals the slices around it. Runs one {@code python3} over many files.
 */
class PythonSliceTest {

    static final String CHECK = """
            import json, sys
            bad = 0
            pairs = sys.argv[1:]
            for i in range(0, len(pairs), 2):
                text = open(pairs[i], encoding="utf-8-sig").read()
                data = json.load(open(pairs[i + 1], encoding="utf-8"))
                if len(text) != data["source"]["length"]:
                    print("LENGTH", pairs[i], len(text), data["source"]["length"]); bad += 1
                for a in data["annotations"]:
                    s, e = a["start"], a["end"]
                    for name, got in (("text", text[s:e]), ("prefix", text[max(0, s - 32):s]), ("suffix", text[e:e + 32])):
                        if got != a[name]:
                            print("MISMATCH", pairs[i], a["id"], name, repr(got), repr(a[name])); bad += 1
            print("CHECKED", len(pairs) // 2, "BAD", bad)
            """;

    static final String[] HARD_TEXTS = {
        "Family: 👩‍👩‍👧‍👦 and flags 🇲🇽🇺🇸 and skin tones 👍🏽👍🏿 and 🏳️‍🌈, then \"the quote\".",
        "中文新闻：“我们正在与墨西哥合作，”他说。日本語の文章も。𠀀𠀁 are outside the BMP.",
        "Combining: Jose\u0301 Lo\u0301pez said n\u0303 and a\u0308\u0323 are single letters to a reader.",
        "Right to left: \u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD and \u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 with \u200F marks.",
        "Tabs\tbetween\twords\r\nand CRLF line ends\r\n\r\n“Curly,” he said.\r\n",
        "Old Mac\rline ends\r\rwith 🇲🇽 emoji\r",
    };

    @Test
    void storedOffsetsSliceTheSameTextInPython(@TempDir Path dir) throws Exception {
        assumeTrue(pythonAvailable(), "python3 is not installed on this machine");
        List<String> args = new ArrayList<>();
        for (int i = 0; i < HARD_TEXTS.length; i++) {
            Path source = dir.resolve("hard-" + i + ".txt");
            byte[] bytes = HARD_TEXTS[i].getBytes(StandardCharsets.UTF_8);
            Files.write(source, i % 2 == 0 ? bytes : withBom(bytes));
            SourceText text = SourceTextLoader.load(source);
            AnnotatedDocument doc = new AnnotatedDocument(text);
            AnnotationEditor editor = new AnnotationEditor(doc);
            UndoHistory history = new UndoHistory();
            // Every word-ish run of non-space code points becomes an annotation.
            String t = text.text();
            int cp = 0;
            int start = -1;
            for (int ch = 0; ch <= t.length(); ) {
                int c = ch < t.length() ? t.codePointAt(ch) : ' ';
                if (Character.isWhitespace(c) && start >= 0) {
                    history.execute(editor.tag(AnnotationType.values()[cp % 3 == 0 ? 0 : 1], start, cp).edit());
                    start = -1;
                } else if (!Character.isWhitespace(c) && start < 0) {
                    start = cp;
                }
                ch += Character.charCount(c);
                cp++;
            }
            DocumentFiles.save(DocumentSnapshot.of(doc), AnnotationFormat.annotationFileFor(source));
            args.add(source.toString());
            args.add(AnnotationFormat.annotationFileFor(source).toString());
        }
        Random r = new Random(20191204);
        for (int i = 0; i < 60; i++) {
            Path source = dir.resolve("random-" + i + ".txt");
            Files.write(source, RandomDocuments.rawFile(RandomDocuments.text(r, 5 + r.nextInt(150)), r));
            SourceText text = SourceTextLoader.load(source);
            DocumentFiles.save(RandomDocuments.document(r, text, 30), AnnotationFormat.annotationFileFor(source));
            args.add(source.toString());
            args.add(AnnotationFormat.annotationFileFor(source).toString());
        }
        Path script = dir.resolve("check.py");
        Files.writeString(script, CHECK);
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(out).contains("CHECKED " + (HARD_TEXTS.length + 60) + " BAD 0");
    }

    private static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
