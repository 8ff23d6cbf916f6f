package org.attrib.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.testsupport.Fixtures;

class W3cExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void eachArticleBecomesACollectionOfStandaloneAnnotations() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        DocumentSnapshot unicode = CsvExporterTest.load(corpus, Fixtures.UNICODE);
        Path out = tmp.resolve("out");
        W3cExporter exporter = new W3cExporter(out, W3cIris.standard());
        assertThat(exporter.export(new ExportDocument(Fixtures.UNICODE, unicode))).isEmpty();
        exporter.finish();

        JsonNode c = JSON.readTree(Files.readString(out.resolve("unicode.w3c.jsonld")));
        assertThat(c.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(c.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(c.get("id").asText()).isEqualTo("urn:attrib:unicode.txt#annotations");
        assertThat(c.get("total").asInt()).isEqualTo(unicode.annotations().size());
        JsonNode items = c.get("first").get("items");
        assertThat(items).hasSize(unicode.annotations().size());
        for (JsonNode a : items) {
            assertThat(a.get("@context").asText()).isEqualTo(W3cTerms.CONTEXT);
            assertThat(a.get("type").asText()).isEqualTo("Annotation");
            assertThat(a.get("id").asText()).startsWith("urn:attrib:unicode.txt#annotation-").doesNotContainAnyWhitespaces();
            assertThat(a.get("target").get("source").asText()).isEqualTo("urn:attrib:unicode.txt");
            assertThat(a.get("body").get(0).get("purpose").asText()).isEqualTo("tagging");
        }
    }

    @Test
    void selectorsHoldTheExactTextItsContextAndCodePointPositions() throws Exception {
        DocumentSnapshot unicode = CsvExporterTest.load(Fixtures.corpus(tmp), Fixtures.UNICODE);
        ExportDocument doc = new ExportDocument(Fixtures.UNICODE, unicode);
        JsonNode items = W3cExporter.collection(doc, W3cIris.standard()).get("first").get("items");
        Map<String, Annotation> byIri = new HashMap<>();
        for (Annotation a : unicode.annotations()) {
            byIri.put("urn:attrib:unicode.txt#annotation-" + a.id(), a);
        }
        for (JsonNode item : items) {
            Annotation a = byIri.get(item.get("id").asText());
            JsonNode quote = item.get("target").get("selector").get(0);
            JsonNode position = item.get("target").get("selector").get(1);
            assertThat(quote.get("type").asText()).isEqualTo("TextQuoteSelector");
            assertThat(quote.get("exact").asText()).isEqualTo(doc.textOf(a));
            String before = unicode.source().slice(Math.max(0, a.start() - 32), a.start());
            assertThat(quote.path("prefix").asText("")).isEqualTo(before);
            assertThat(position.get("type").asText()).isEqualTo("TextPositionSelector");
            assertThat(position.get("start").asInt()).isEqualTo(a.start());
            assertThat(position.get("end").asInt()).isEqualTo(a.end());
        }
    }

    @Test
    void attributionLinksTheSpeakerEntityAndTheMentionAnnotation() throws Exception {
        DocumentSnapshot voa = CsvExporterTest.load(Fixtures.corpus(tmp), Fixtures.VOA);
        ExportDocument doc = new ExportDocument(Fixtures.VOA, voa);
        String source = "urn:attrib:world/voa-2019-12-04-us-mexico-cartel-tools.txt";
        JsonNode items = W3cExporter.collection(doc, W3cIris.standard()).get("first").get("items");
        Annotation quote = voa.annotations().stream()
                .filter(a -> a.type() == AnnotationType.QUOTE && a.viaId() != null && a.note() != null).findFirst().orElseThrow();
        JsonNode item = find(items, source + "#annotation-" + quote.id());
        List<String> purposes = new ArrayList<>();
        item.get("body").forEach(b -> purposes.add(b.get("purpose").asText()));
        assertThat(purposes).containsExactly("tagging", "identifying", "linking", "classifying", "commenting");
        JsonNode speaker = item.get("body").get(1);
        assertThat(speaker.get("type").asText()).isEqualTo("SpecificResource");
        assertThat(speaker.get("source").get("id").asText()).isEqualTo(source + "#entity-e0rodriguez");
        assertThat(speaker.get("source").get("type").asText()).isEqualTo("Person");
        assertThat(speaker.get("source").get("name").asText()).isEqualTo("Hugo Rodriguez");
        assertThat(item.get("body").get(2).get("source").asText()).isEqualTo(source + "#annotation-" + quote.viaId());
        assertThat(item.get("body").get(3).get("value").asText()).isEqualTo("direct");
        assertThat(item.get("motivation").asText()).isEqualTo("tagging");
        assertThat(find(items, source + "#annotation-" + quote.viaId()).get("motivation").asText()).isEqualTo("identifying");
        JsonNode state = find(items, source + "#annotation-" + voa.annotations().stream()
                .filter(a -> a.speakerId() != null && a.speakerId().equals("e0statedept")).findFirst().orElseThrow().id());
        assertThat(state.get("body").get(1).get("source").get("type").asText()).isEqualTo("Organization");
    }

    @Test
    void irisPercentEncodeNamesAndDecodeBack() {
        W3cIris iris = W3cIris.standard();
        String name = "world/Ünïcode story #1 (draft).txt";
        String iri = iris.source(name);
        assertThat(iri).isEqualTo("urn:attrib:world/%C3%9Cn%C3%AFcode%20story%20%231%20%28draft%29.txt");
        assertThat(iris.name(iri)).contains(name);
        assertThat(iris.annotationId(iri, iris.annotation(iri, "a1b2"))).contains("a1b2");
        assertThat(iris.entityId(iri, iris.entity(iri, "e9"))).contains("e9");
        assertThat(iris.annotationId(iri, iris.entity(iri, "e9"))).isEmpty();
        assertThat(new W3cIris("https://news.example/corpus/").source("a b.txt")).isEqualTo("https://news.example/corpus/a%20b.txt");
        assertThat(iris.name("https://elsewhere/x.txt")).isEmpty();
    }

    @Test
    void baseIriMustBeAbsoluteWithoutSpacesOrFragment() {
        assertThatThrownBy(() -> new W3cIris("corpus/")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> new W3cIris("https://x/a b/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new W3cIris("https://x/#frag")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anArticleWithoutAnnotationsIsAnEmptyCollection() throws Exception {
        DocumentSnapshot voa = CsvExporterTest.load(Fixtures.corpus(tmp), Fixtures.VOA);
        DocumentSnapshot empty = new DocumentSnapshot(voa.source(), voa.status(), List.of(), List.of(), List.of());
        JsonNode c = W3cExporter.collection(new ExportDocument("x.txt", empty), W3cIris.standard());
        assertThat(c.get("total").asInt()).isZero();
        assertThat(c.has("first")).isFalse();
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no annotation " + id);
    }
}
