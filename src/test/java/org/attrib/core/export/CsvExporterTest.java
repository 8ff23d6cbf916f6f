package org.attrib.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

import org.attrib.core.batch.DocumentLoader;
import org.attrib.core.batch.DocumentRef;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.testsupport.Fixtures;
import org.attrib.testsupport.RandomExportDocuments;

class CsvExporterTest {

    @TempDir
    Path tmp;

    @Test
    void fixtureParsesBackWithTheSameRowsTextsWithCommasQuotesLineBreaksAndEmoji() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        DocumentSnapshot unicode = load(corpus, Fixtures.UNICODE);
        String csv = export(false, new ExportDocument(Fixtures.UNICODE, unicode));

        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(5);
        CSVRecord mayor = rows.get(2);
        assertThat(mayor.get("text")).isEqualTo("\"We're ready,\nand we mean it.\"");
        assertThat(mayor.get("speaker")).isEqualTo("The mayor");
        assertThat(mayor.get("via")).isEqualTo("The mayor");
        assertThat(mayor.get("form")).isEqualTo("direct");
        assertThat(rows.get(1).get("note")).isEqualTo("Japanese quote, 「」 marks\nsecond line of the note");
        assertThat(rows.get(3).get("text")).isEqualTo("the budget was \"balanced\", 100%");
        assertThat(rows.get(4).get("speaker")).isEqualTo("Officials 👩‍👩‍👧");
        assertThat(rows.get(4).get("check_worthy")).isEqualTo("true");
        assertThat(rows.get(3).get("check_worthy")).isEmpty();
        assertThat(rows).extracting(r -> r.get("file")).containsOnly(Fixtures.UNICODE);
        // Offsets are code points: the emoji-laden article's last claim ends where the text says.
        String text = unicode.source().text();
        CSVRecord last = rows.get(4);
        int start = Integer.parseInt(last.get("start"));
        int end = Integer.parseInt(last.get("end"));
        assertThat(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end))).isEqualTo(last.get("text"));
    }

    @Test
    void recordsEndWithCrlfAndOnlyFieldsThatNeedItAreQuoted() throws Exception {
        String csv = export(false, new ExportDocument(Fixtures.VOA, load(Fixtures.corpus(tmp), Fixtures.VOA)));
        String header = String.join(",", CsvExporter.HEADER);
        assertThat(csv).startsWith(header + "\r\n");
        assertThat(CsvExporter.field("plain text")).isEqualTo("plain text");
        assertThat(CsvExporter.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvExporter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvExporter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvExporter.field("cr\r")).isEqualTo("\"cr\r\"");
    }

    @Test
    void bomOptionStartsTheFileWithTheUtf8ByteOrderMark() throws Exception {
        DocumentSnapshot voa = load(Fixtures.corpus(tmp), Fixtures.VOA);
        byte[] withBom = exportBytes(true, new ExportDocument(Fixtures.VOA, voa));
        byte[] without = exportBytes(false, new ExportDocument(Fixtures.VOA, voa));
        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(without[0]).isEqualTo((byte) 'f');
        assertThat(withBom.length).isEqualTo(without.length + 3);
    }

    @Test
    void speakerMentionsAreNotRowsAndOrphansAreReportedAsLost() throws Exception {
        DocumentSnapshot voa = load(Fixtures.corpus(tmp), Fixtures.VOA);
        List<String> lost = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter exporter = new CsvExporter(out, false);
        lost.addAll(exporter.export(new ExportDocument(Fixtures.VOA, voa)));
        exporter.finish();
        List<CSVRecord> rows = parse(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).extracting(r -> r.get("type")).containsOnly("quote", "claim");
        assertThat(rows).hasSize((int) voa.annotations().stream().filter(a -> a.type() != AnnotationType.SPEAKER).count());
        assertThat(lost).isEmpty();
    }

    @Test
    void randomDocumentsParseBackRowForRow() {
        qt().withExamples(200).forAll(documents()).checkAssert(checking(this::randomDocumentsParseBackRowForRow));
    }

    private void randomDocumentsParseBackRowForRow(DocumentSnapshot doc) throws IOException {
        ExportDocument d = new ExportDocument("dir/random, \"odd\" name.txt", doc);
        List<CSVRecord> rows = parse(export(false, d));
        List<Annotation> expected = d.annotations().stream().filter(a -> a.type() != AnnotationType.SPEAKER).toList();
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            Annotation a = expected.get(i);
            assertThat(r.size()).isEqualTo(CsvExporter.HEADER.size());
            assertThat(r.get("file")).isEqualTo(d.name());
            assertThat(r.get("id")).isEqualTo(a.id());
            assertThat(r.get("type")).isEqualTo(a.type().id());
            assertThat(r.get("text")).isEqualTo(d.textOf(a));
            assertThat(r.get("start")).isEqualTo(Integer.toString(a.start()));
            assertThat(r.get("end")).isEqualTo(Integer.toString(a.end()));
            assertThat(r.get("speaker_id")).isEqualTo(a.speakerId() == null ? "" : a.speakerId());
            assertThat(r.get("speaker")).isEqualTo(d.entityOf(a).map(e -> e.name()).orElse(""));
            assertThat(r.get("via")).isEqualTo(d.annotation(a.viaId()).map(d::textOf).orElse(""));
            assertThat(r.get("note")).isEqualTo(a.note() == null ? "" : a.note());
            assertThat(r.get("pending")).isEqualTo(Boolean.toString(a.pending()));
        }
    }

    static Gen<DocumentSnapshot> documents() {
        return RandomExportDocuments.documents();
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), format)) {
            assertThat(p.getHeaderNames()).isEqualTo(CsvExporter.HEADER);
            return p.getRecords();
        }
    }

    private static String export(boolean bom, ExportDocument doc) throws IOException {
        return new String(exportBytes(bom, doc), StandardCharsets.UTF_8);
    }

    private static byte[] exportBytes(boolean bom, ExportDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter exporter = new CsvExporter(out, bom);
        exporter.export(doc);
        exporter.finish();
        return out.toByteArray();
    }

    static DocumentSnapshot load(Path corpus, String name) throws Exception {
        Path source = corpus.resolve(name);
        return DocumentLoader.load(new DocumentRef(source, AnnotationFormat.annotationFileFor(source), name)).snapshot();
    }
}
