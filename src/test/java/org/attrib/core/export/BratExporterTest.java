package org.attrib.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.Fixtures;
import org.attrib.testsupport.RandomExportDocuments;

class BratExporterTest {

    /** INCEpTION's (DKPro's) pattern for a text-bound line; Java's '.' stops at every line terminator. */
    private static final Pattern INCEPTION_T = Pattern.compile(
            "(?<ID>T[0-9]+)\\t(?<TYPE>[a-zA-Z0-9_][a-zA-Z0-9_\\-]*) (?<OFFSETS>[0-9]+ [0-9]+(;[0-9]+ [0-9]+)*)\\t(?<TEXT>.*)");
    /** brat's pattern for a normalisation's data. */
    private static final Pattern BRAT_N = Pattern.compile("(\\S+) (\\S+) (\\S+?):(\\S+)");

    @TempDir
    Path tmp;

    @Test
    void writesTextAnnConfAndVisualConfWithOffsetsIntoTheNormalisedText() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        DocumentSnapshot unicode = CsvExporterTest.load(corpus, Fixtures.UNICODE);
        Path out = tmp.resolve("brat");
        BratExporter exporter = new BratExporter(out, false);
        assertThat(exporter.export(new ExportDocument(Fixtures.UNICODE, unicode))).isEmpty();
        exporter.finish();

        byte[] txt = Files.readAllBytes(out.resolve("unicode.txt"));
        // The article had a byte order mark and CRLF line ends; brat counts both, so neither is written.
        assertThat(txt[0]).isEqualTo((byte) 'M');
        assertThat(txt).doesNotContain('\r');
        assertThat(new String(txt, StandardCharsets.UTF_8)).isEqualTo(unicode.source().text());
        String ann = Files.readString(out.resolve("unicode.ann"));
        assertThat(ann).contains("T6\tQuote 106 119;120 136\t\"We're ready, and we mean it.\"\n");
        assertThat(ann).contains("R3\tAttributedTo Arg1:T6 Arg2:T5\n");
        assertThat(ann).contains("N1\tReference T1 Attrib:e0mueller\tMinisterin Müller\n");
        assertThat(ann).contains("\tAnnotatorNotes T4\tJapanese quote, 「」 marks second line of the note\n");
        assertThat(ann).contains("\tCheckWorthy T10 yes\n");
        assertThat(ann).contains("\tKind T9 organisation\n");
        assertThat(Files.readString(out.resolve("annotation.conf"))).contains("[entities]\nQuote\nClaim\nSpeaker\n",
                "AttributedTo\tArg1:Quote|Claim, Arg2:Speaker", "Form\tArg:Quote, Value:direct|indirect|partial|mixed");
        assertThat(Files.readString(out.resolve("visual.conf"))).contains("[labels]", "[drawing]", "Quote\tbgColor:");
        assertBratAccepts(unicode.source(), ann);
    }

    @Test
    void spansOverLineBreaksAreSplitIntoFragmentsAndBreaksAtTheEdgesAreLost() {
        SourceText text = SourceText.of("a.txt", "He said:\n\"First line\n\n\tsecond line\"\nEnd\u2028x");
        Annotation multi = Annotation.of("q1", AnnotationType.QUOTE, 9, 35);
        Annotation edges = Annotation.of("q2", AnnotationType.CLAIM, 8, 10);
        Annotation breaksOnly = Annotation.of("q3", AnnotationType.CLAIM, 21, 23);
        Annotation separator = Annotation.of("q4", AnnotationType.CLAIM, 36, 41);
        List<String> lost = new ArrayList<>();
        String ann = BratExporter.ann(doc(text, multi, edges, breaksOnly, separator), false, lost);

        assertThat(ann).contains("\tQuote 9 20;23 35\t\"First line second line\"\n");
        assertThat(ann).contains("\tClaim 9 10\t\"\n");
        assertThat(ann).contains("\tClaim 36 39;40 41\tEnd x\n");
        assertThat(ann.lines()).hasSize(3);
        assertThat(lost).satisfiesExactly(
                l -> assertThat(l).contains("q2").contains("exported as [9, 10)"),
                l -> assertThat(l).contains("q3").contains("only line breaks"));
        assertBratAccepts(text, ann);
    }

    @Test
    void inceptionFlavourCountsUtf16UnitsAsInceptionDoes() throws Exception {
        DocumentSnapshot unicode = CsvExporterTest.load(Fixtures.corpus(tmp), Fixtures.UNICODE);
        String ann = BratExporter.ann(new ExportDocument(Fixtures.UNICODE, unicode), true, new ArrayList<>());
        String text = unicode.source().text();
        for (String line : ann.lines().toList()) {
            Matcher m = INCEPTION_T.matcher(line);
            if (m.matches()) {
                StringBuilder expected = new StringBuilder();
                for (String span : m.group("OFFSETS").split(";")) {
                    String[] se = span.split(" ");
                    expected.append(expected.isEmpty() ? "" : " ").append(text, Integer.parseInt(se[0]), Integer.parseInt(se[1]));
                }
                assertThat(m.group("TEXT")).isEqualTo(expected.toString());
            }
        }
        // After the emoji, UTF-16 offsets run ahead of code points.
        assertThat(ann).contains("\tSpeaker 202 220\tOfficials 👩‍👩‍👧\n");
    }

    @Test
    void inceptionFlavourHasNoNormalisationLinesAndRecordsEntitiesAsAttributes() throws Exception {
        DocumentSnapshot voa = CsvExporterTest.load(Fixtures.corpus(tmp), Fixtures.VOA);
        String ann = BratExporter.ann(new ExportDocument(Fixtures.VOA, voa), true, new ArrayList<>());
        assertThat(ann.lines()).noneMatch(l -> l.startsWith("N") || l.startsWith("*") || l.startsWith("E"));
        assertThat(ann).contains("\tEntity T1 e0statedept\n");
        for (String line : ann.lines().toList()) {
            if (line.startsWith("T")) {
                assertThat(INCEPTION_T.matcher(line).matches()).as(line).isTrue();
            }
        }
        assertThat(BratConfig.annotationConf(true)).contains("Entity");
    }

    @Test
    void everyExportIsAFileBratAndInceptionRead() {
        qt().withExamples(300).forAll(documents()).checkAssert(this::everyExportIsAFileBratAndInceptionRead);
    }

    private void everyExportIsAFileBratAndInceptionRead(DocumentSnapshot doc) {
        List<String> lost = new ArrayList<>();
        String ann = BratExporter.ann(new ExportDocument("r.txt", doc), false, lost);
        assertBratAccepts(doc.source(), ann);
        long written = ann.lines().filter(l -> l.startsWith("T")).count();
        long leftOut = lost.stream().filter(l -> l.contains("left out")).count();
        assertThat(written + leftOut).isEqualTo(doc.annotations().size());
    }

    static Gen<DocumentSnapshot> documents() {
        return RandomExportDocuments.documents();
    }

    private static ExportDocument doc(SourceText text, Annotation... annotations) {
        return new ExportDocument("a.txt", new DocumentSnapshot(text, DocumentStatus.IN_PROGRESS, List.of(), List.of(annotations), List.of()));
    }

    /**
     * The checks brat (server/src/annotation.py) makes when it reads an .ann file against its text,
     * and that INCEpTION's reader needs: one annotation per line, fragments in order, not
     * overlapping and inside the text, the recorded text equal to the fragments joined by a space,
     * references to ids that exist.
     */
    static void assertBratAccepts(SourceText text, String ann) {
        // Python's splitlines() (brat under Python 2) must see the same lines as '\n'.
        String[] lines = ann.split("\n", -1);
        assertThat(lines[lines.length - 1]).isEmpty();
        Set<String> ids = new HashSet<>();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            assertThat(line).as("line %d", i + 1).doesNotContain("\r", "\u000B", "\u000C", "\u001C", "\u001D", "\u001E",
                    "\u0085", "\u2028", "\u2029");
            String[] parts = line.split("\t", 3);
            String id = parts[0];
            assertThat(ids.add(id)).as("duplicate id " + id).isTrue();
            String data = parts[1];
            switch (id.charAt(0)) {
                case 'T' -> {
                    Matcher m = INCEPTION_T.matcher(line);
                    assertThat(m.matches()).as(line).isTrue();
                    List<int[]> seen = new ArrayList<>();
                    StringBuilder expected = new StringBuilder();
                    for (String span : m.group("OFFSETS").split(";")) {
                        int start = Integer.parseInt(span.split(" ")[0]);
                        int end = Integer.parseInt(span.split(" ")[1]);
                        assertThat(start).isLessThanOrEqualTo(end).isGreaterThanOrEqualTo(0);
                        assertThat(end).isLessThanOrEqualTo(text.length());
                        for (int[] o : seen) {
                            // brat's own test, quirk included: touching fragments count as overlapping.
                            assertThat(end >= o[0] && start < o[1]).as("fragments overlap in " + line).isFalse();
                        }
                        seen.add(new int[] {start, end});
                        if (!expected.isEmpty() || seen.size() > 1) {
                            expected.append(' ');
                        }
                        expected.append(text.slice(start, end));
                    }
                    assertThat(m.group("TEXT")).as(line).isEqualTo(expected.toString());
                }
                case 'R' -> {
                    String[] args = data.split(" ");
                    assertThat(args).hasSize(3);
                    references.add(args[1].substring(args[1].indexOf(':') + 1));
                    references.add(args[2].substring(args[2].indexOf(':') + 1));
                }
                case 'N' -> {
                    Matcher m = BRAT_N.matcher(data);
                    assertThat(m.matches()).as(line).isTrue();
                    references.add(m.group(2));
                }
                case 'A', '#' -> references.add(data.split(" ")[1]);
                default -> throw new AssertionError("unexpected line " + line);
            }
        }
        assertThat(ids).containsAll(references);
    }
}
