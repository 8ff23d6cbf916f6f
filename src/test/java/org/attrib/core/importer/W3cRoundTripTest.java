package org.attrib.core.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.attrib.core.export.ExportDocument;
import org.attrib.core.export.W3cExporter;
import org.attrib.core.export.W3cIris;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.RandomExportDocuments;

/** Attrib -> W3C Web Annotation -> Attrib keeps everything: spans, types, attribution, ids and details. */
class W3cRoundTripTest {

    private static final Path FILE = Path.of("export.w3c.jsonld");
    private static final W3cIris IRIS = W3cIris.standard();

    @Test
    void roundTripKeepsEveryAnnotationAndEntity() {
        qt().withExamples(300).forAll(documents()).checkAssert(checking(this::roundTripKeepsEveryAnnotationAndEntity));
    }

    private void roundTripKeepsEveryAnnotationAndEntity(DocumentSnapshot doc) throws Exception {
        ExportDocument exported = new ExportDocument("dir/ränd om.txt", doc);
        // Through text, as a file would carry it.
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(W3cExporter.collection(exported, IRIS)));
        List<JsonNode> annotations = W3cImporter.annotations(json);
        assertThat(W3cImporter.sources(annotations)).allMatch(s -> s.equals(IRIS.source(exported.name())));

        W3cImporter.Result result = W3cImporter.importDocument(FILE, annotations, IRIS.source(exported.name()), doc.source(), IRIS);

        assertThat(result.problems()).isEmpty();
        assertThat(sorted(result.snapshot().annotations())).isEqualTo(sorted(doc.annotations()));
        assertThat(sortedEntities(result.snapshot().entities())).isEqualTo(sortedEntities(used(doc)));
    }

    @Test
    void aPositionThatNoLongerHoldsItsQuoteIsPlacedByTheQuoteAndReported() {
        SourceText text = SourceText.of("a.txt", "Intro. The mayor said \"we are ready\" today.");
        String source = IRIS.source("a.txt");
        ObjectNode a = annotation(source, "q1", "quote", "\"we are ready\"", 3, 17);
        W3cImporter.Result r = W3cImporter.importDocument(FILE, List.of(a), source, text, IRIS);
        assertThat(r.snapshot().annotations()).singleElement().satisfies(q -> {
            assertThat(q.id()).isEqualTo("q1");
            assertThat(text.slice(q.start(), q.end())).isEqualTo("\"we are ready\"");
        });
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo(source + "#annotation-q1");
            assertThat(p.reason()).contains("placed by the quote");
        });
    }

    @Test
    void whatCannotBeUsedIsReportedPerAnnotation() {
        SourceText text = SourceText.of("a.txt", "The mayor said so.");
        String source = IRIS.source("a.txt");
        ObjectNode noTag = annotation(source, "x1", "quote", "said", 10, 14);
        ((com.fasterxml.jackson.databind.node.ArrayNode) noTag.get("body")).remove(0);
        ObjectNode odd = annotation(source, "x2", "claim", "so", 15, 17);
        ((com.fasterxml.jackson.databind.node.ArrayNode) odd.get("body")).addObject()
                .put("type", "TextualBody").put("purpose", "classifying").put("value", "sarcastic");
        ObjectNode missing = annotation(source, "x3", "quote", "absent words", 40, 52);
        ObjectNode elsewhere = annotation(IRIS.source("b.txt"), "x4", "quote", "The", 0, 3);

        W3cImporter.Result r = W3cImporter.importDocument(FILE, List.of(noTag, odd, missing, elsewhere), source, text, IRIS);

        assertThat(r.snapshot().annotations()).extracting(Annotation::id).containsExactly("x2");
        assertThat(r.problems()).extracting(p -> p.where() + ": " + p.reason()).satisfiesExactly(
                p -> assertThat(p).contains("x1").contains("no tag"),
                p -> assertThat(p).contains("x2").contains("\"sarcastic\""),
                p -> assertThat(p).contains("x3").contains("not in the article"));
    }

    static Gen<DocumentSnapshot> documents() {
        return RandomExportDocuments.documents();
    }

    private static ObjectNode annotation(String source, String id, String type, String exact, int start, int end) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode a = m.createObjectNode();
        a.put("id", IRIS.annotation(source, id));
        a.put("type", "Annotation");
        a.putArray("body").addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", type);
        ObjectNode target = a.putObject("target");
        target.put("source", source);
        target.putArray("selector").addObject().put("type", "TextQuoteSelector").put("exact", exact);
        ((com.fasterxml.jackson.databind.node.ArrayNode) target.get("selector")).addObject()
                .put("type", "TextPositionSelector").put("start", start).put("end", end);
        return a;
    }

    static List<Annotation> sorted(List<Annotation> list) {
        return list.stream().sorted(Annotation.DOCUMENT_ORDER).toList();
    }

    static List<Entity> sortedEntities(List<Entity> list) {
        return list.stream().sorted(Comparator.comparing(Entity::id)).toList();
    }

    /** The entities that something mentions or is attributed to: those an export carries. */
    static List<Entity> used(DocumentSnapshot doc) {
        Set<String> ids = new HashSet<>();
        for (Annotation a : doc.annotations()) {
            if (a.entityId() != null) {
                ids.add(a.entityId());
            }
            if (a.speakerId() != null) {
                ids.add(a.speakerId());
            }
        }
        return doc.entities().stream().filter(e -> ids.contains(e.id())).toList();
    }
}
