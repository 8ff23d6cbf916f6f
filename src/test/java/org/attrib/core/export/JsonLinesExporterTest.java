package org.attrib.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.testsupport.Fixtures;
import org.attrib.testsupport.Gens;
import org.attrib.testsupport.RandomExportDocuments;

class JsonLinesExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void eachArticleIsOneLineWithItsTextEntitiesAndAnnotations() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        DocumentSnapshot unicode = CsvExporterTest.load(corpus, Fixtures.UNICODE);
        DocumentSnapshot voa = CsvExporterTest.load(corpus, Fixtures.VOA);
        String out = export(List.of(new ExportDocument(Fixtures.UNICODE, unicode), new ExportDocument(Fixtures.VOA, voa)));

        String[] lines = out.split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("file").asText()).isEqualTo(Fixtures.UNICODE);
        assertThat(first.get("sha256").asText()).isEqualTo(unicode.source().sha256());
        assertThat(first.get("text").asText()).isEqualTo(unicode.source().text());
        assertThat(first.get("status").asText()).isEqualTo("in-progress");
        assertThat(first.get("entities")).hasSize(5);
        JsonNode mayorQuote = null;
        for (JsonNode a : first.get("annotations")) {
            if (a.get("text").asText().startsWith("\"We're ready")) {
                mayorQuote = a;
            }
        }
        assertThat(mayorQuote).isNotNull();
        assertThat(mayorQuote.get("type").asText()).isEqualTo("quote");
        assertThat(mayorQuote.get("speakerName").asText()).isEqualTo("The mayor");
        assertThat(mayorQuote.get("form").asText()).isEqualTo("direct");
        assertThat(mayorQuote.get("checkWorthy").isNull()).isTrue();
        assertThat(mayorQuote.get("pending").asBoolean()).isFalse();
        assertThat(JSON.readTree(lines[1]).get("file").asText()).isEqualTo(Fixtures.VOA);
    }

    @Test
    void everyAnnotationHasEveryFieldSoThatLinesLoadAsATable() throws Exception {
        DocumentSnapshot voa = CsvExporterTest.load(Fixtures.corpus(tmp), Fixtures.VOA);
        JsonNode doc = JSON.readTree(export(List.of(new ExportDocument(Fixtures.VOA, voa))));
        List<String> fields = List.of("id", "type", "start", "end", "text", "entity", "speaker", "speakerName", "via", "form",
                "checkWorthy", "note", "pending");
        for (JsonNode a : doc.get("annotations")) {
            assertThat(a.fieldNames()).toIterable().containsExactlyElementsOf(fields);
        }
    }

    @Test
    void everyLineParsesAsJsonAndKeepsTextAndSpans() {
        qt().withExamples(150).forAll(corpora()).checkAssert(checking(this::everyLineParsesAsJsonAndKeepsTextAndSpans));
    }

    private void everyLineParsesAsJsonAndKeepsTextAndSpans(List<DocumentSnapshot> docs) throws IOException {
        List<ExportDocument> exported = docs.stream().map(d -> new ExportDocument("r.txt", d)).toList();
        String out = export(exported);
        // Only '\n' ends a line: the separators other readers split on are escaped.
        assertThat(out).doesNotContain("\u2028", "\u2029", "\u0085", "\r");
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(docs.size());
        for (int i = 0; i < lines.length; i++) {
            JsonNode line = JSON.readTree(lines[i]);
            ExportDocument d = exported.get(i);
            assertThat(line.get("text").asText()).isEqualTo(d.source().text());
            List<Annotation> annotations = d.annotations();
            assertThat(line.get("annotations")).hasSize(annotations.size());
            for (int k = 0; k < annotations.size(); k++) {
                JsonNode a = line.get("annotations").get(k);
                Annotation expected = annotations.get(k);
                assertThat(a.get("id").asText()).isEqualTo(expected.id());
                assertThat(a.get("start").asInt()).isEqualTo(expected.start());
                assertThat(a.get("end").asInt()).isEqualTo(expected.end());
                assertThat(a.get("text").asText()).isEqualTo(d.textOf(expected));
                assertThat(a.get("note").isNull() ? null : a.get("note").asText()).isEqualTo(expected.note());
            }
        }
    }

    static Gen<List<DocumentSnapshot>> corpora() {
        return Gens.listsOf(RandomExportDocuments.documents(), 1, 4);
    }

    private static String export(List<ExportDocument> docs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLinesExporter exporter = new JsonLinesExporter(out);
        for (ExportDocument d : docs) {
            exporter.export(d);
        }
        exporter.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
