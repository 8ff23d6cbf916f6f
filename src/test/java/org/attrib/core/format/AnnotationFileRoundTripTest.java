package org.attrib.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.text.SourceText;

class AnnotationFileRoundTripTest {

    private static final Path FILE = Path.of("doc.annotations.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = AnnotationFormat.class.getResourceAsStream(AnnotationFormat.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Gen<AnnotatedDocument> documents() {
        return Documents.documents(Documents.texts());
    }

    @Test
    void saveThenLoadGivesTheSameAnnotationsAndEntities() {
        qt().withExamples(300).forAll(documents()).checkAssert(checking(this::saveThenLoadGivesTheSameAnnotationsAndEntities));
    }

    private void saveThenLoadGivesTheSameAnnotationsAndEntities(AnnotatedDocument doc) throws Exception {
        byte[] bytes = AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc));
        AnnotatedDocument back = DocumentBinder.bind(FILE, AnnotationFileReader.parse(FILE, bytes), doc.source()).document();
        assertThat(back.annotations()).containsExactlyElementsOf(doc.annotations());
        assertThat(new HashSet<>(back.entities())).isEqualTo(new HashSet<>(doc.entities()));
        assertThat(back.status()).isEqualTo(doc.status());
        assertThat(AnnotationFileWriter.toBytes(DocumentSnapshot.of(back))).as("writing is deterministic").isEqualTo(bytes);
    }

    @Test
    void whatIsWrittenIsValidAgainstTheSchema() {
        qt().withExamples(200).forAll(documents()).checkAssert(checking(this::whatIsWrittenIsValidAgainstTheSchema));
    }

    private void whatIsWrittenIsValidAgainstTheSchema(AnnotatedDocument doc) throws Exception {
        JsonNode written = JSON.readTree(AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc)));
        Set<ValidationMessage> problems = SCHEMA.validate(written);
        assertThat(problems).isEmpty();
    }

    @Test
    void writesCodePointOffsetsTheExactTextAndContextInAStableOrder() throws Exception {
        SourceText text = SourceText.of("story.txt", "Intro 😀.\r\n\"We will,\" said Ana López. 中文 end.");
        AnnotatedDocument doc = new AnnotatedDocument(text);
        Entity ana = new Entity("e1", "Ana López", EntityKind.PERSON);
        doc.putEntity(ana);
        int speakerStart = text.text().codePointCount(0, text.text().indexOf("Ana"));
        int quoteStart = text.text().codePointCount(0, text.text().indexOf("We"));
        doc.put(Annotation.of("b", AnnotationType.SPEAKER, speakerStart, speakerStart + 9).withEntity("e1"));
        doc.put(Annotation.of("a", AnnotationType.QUOTE, quoteStart, quoteStart + 7).withSpeaker("e1", "b"));
        doc.put(Annotation.of("c", AnnotationType.CLAIM, quoteStart, quoteStart + 7));

        String json = new String(AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc)), StandardCharsets.UTF_8);
        JsonNode root = JSON.readTree(json);
        assertThat(root.get("version").asInt()).isEqualTo(AnnotationFormat.VERSION);
        assertThat(root.at("/source/length").asInt()).isEqualTo(text.length());
        JsonNode annotations = root.get("annotations");
        assertThat(annotations.get(0).get("id").asText()).isEqualTo("a"); // same span: ordered by id
        assertThat(annotations.get(1).get("id").asText()).isEqualTo("c");
        assertThat(annotations.get(2).get("id").asText()).isEqualTo("b");
        assertThat(annotations.get(0).get("text").asText()).isEqualTo("We will");
        assertThat(annotations.get(0).get("start").asInt()).isEqualTo(10); // "Intro 😀.\n\"": 10 code points, 11 UTF-16 chars
        assertThat(annotations.get(0).get("prefix").asText()).isEqualTo("Intro 😀.\n\"");
        assertThat(annotations.get(2).get("text").asText()).isEqualTo("Ana López");
        assertThat(annotations.get(2).get("entity").asText()).isEqualTo("e1");
        assertThat(json).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void anAnalystsNameAndASuggestionsConfidenceAreWrittenOnlyWhenSetAndReadBackByBothReaders() throws Exception {
        SourceText text = SourceText.of("story.txt", "\"We will,\" said Ana López. NASA agreed.");
        AnnotatedDocument doc = new AnnotatedDocument(text);
        doc.putEntity(new Entity("e1", "Ana", EntityKind.PERSON, true));
        doc.putEntity(new Entity("e2", "NASA", EntityKind.ORGANISATION));
        doc.put(Annotation.of("m", AnnotationType.SPEAKER, 16, 25).withEntity("e1").withPending(true).withConfidence(0.734)
                .withReason("no reporting verb found"));
        doc.put(Annotation.of("q", AnnotationType.QUOTE, 1, 8).withSpeaker("e1", "m").withPending(true).withConfidence(0.9));
        doc.put(Annotation.of("n", AnnotationType.SPEAKER, 27, 31).withEntity("e2"));

        byte[] bytes = AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc));
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"kind\": \"person\",\n      \"named\": true\n").containsOnlyOnce("\"named\"");
        assertThat(json).contains("\"pending\": true,\n      \"confidence\": 0.73,\n      \"reason\": \"no reporting verb found\"\n")
                .contains("\"confidence\": 0.9\n").containsOnlyOnce("0.73").doesNotContain("0.734");
        assertThat(SCHEMA.validate(JSON.readTree(bytes))).isEmpty();

        AnnotationFileContent fast = AnnotationFileReader.parseStreaming(bytes);
        assertThat(fast).as("the fast path reads both fields").isNotNull().isEqualTo(AnnotationFileReader.parseTree(FILE, bytes));
        AnnotatedDocument back = DocumentBinder.bind(FILE, fast, text).document();
        assertThat(back.entity("e1").orElseThrow().named()).isTrue();
        assertThat(back.entity("e2").orElseThrow().named()).isFalse();
        assertThat(back.annotation("m").orElseThrow().confidence()).isEqualTo(0.73);
        assertThat(back.annotation("n").orElseThrow().confidence()).isNull();
        assertThat(back.annotation("m").orElseThrow().reason()).isEqualTo("no reporting verb found");
        assertThat(back.annotation("m").orElseThrow().withPending(false).reason()).as("accepted: the analyst's own").isNull();
        assertThat(back.annotations()).containsExactlyElementsOf(doc.annotations());
        assertThat(AnnotationFileWriter.toBytes(DocumentSnapshot.of(back))).isEqualTo(bytes);
    }

    @Test
    void readsVersionOneFilesAndGroupsTheirSpeakersIntoEntities() throws Exception {
        SourceText text = SourceText.of("story.txt", "Trump said no. Later trump said yes.");
        String v1 = """
                {
                  "format": "attrib-annotations",
                  "version": 1,
                  "source": {"file": "story.txt", "sha256": "%s", "length": %d},
                  "annotations": [
                    {"id": "a1", "type": "speaker", "start": 0, "end": 5, "text": "Trump", "prefix": "", "suffix": " said no. Late"},
                    {"id": "a2", "type": "quote", "start": 11, "end": 13, "text": "no"},
                    {"id": "a3", "type": "speaker", "start": 21, "end": 26, "text": "trump"}
                  ]
                }
                """.formatted(text.sha256(), text.length());
        AnnotationFileContent content = AnnotationFileReader.parse(FILE, v1.getBytes(StandardCharsets.UTF_8));
        AnnotatedDocument doc = DocumentBinder.bind(FILE, content, text).document();
        assertThat(content.version()).isEqualTo(1);
        assertThat(doc.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Trump"));
        String entity = doc.entities().iterator().next().id();
        assertThat(doc.annotation("a1").orElseThrow().entityId()).isEqualTo(entity);
        assertThat(doc.annotation("a3").orElseThrow().entityId()).isEqualTo(entity);
        assertThat(doc.stats(entity).mentions()).isEqualTo(2);
        JsonNode rewritten = JSON.readTree(AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc)));
        assertThat(rewritten.get("version").asInt()).isEqualTo(2);
        assertThat(SCHEMA.validate(rewritten)).isEmpty();
    }
}
