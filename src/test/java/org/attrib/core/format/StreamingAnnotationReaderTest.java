package org.attrib.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.Coverage;

/**
 * The streaming fast path reads what Attrib writes into the content the tree reader gives, and
 * accepts nothing that the tree reader refuses or reads differently: on any doubt it leaves the
 * file to the tree reader, whose messages are then the same as before.
 */
class StreamingAnnotationReaderTest {

    private static final Path FILE = Path.of("doc.annotations.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Gen<AnnotatedDocument> documents() {
        return Documents.documents(Documents.texts());
    }

    @Test
    void readsWhatIsWrittenAsTheTreeReaderDoes() {
        qt().withExamples(300).forAll(documents()).checkAssert(checking(this::readsWhatIsWrittenAsTheTreeReaderDoes));
    }

    private void readsWhatIsWrittenAsTheTreeReaderDoes(AnnotatedDocument doc) throws Exception {
        byte[] bytes = AnnotationFileWriter.toBytes(withAnOrphan(doc));
        AnnotationFileContent fast = AnnotationFileReader.parseStreaming(bytes);
        assertThat(fast).as("the fast path takes what Attrib writes").isNotNull();
        assertThat(fast).isEqualTo(AnnotationFileReader.parseTree(FILE, bytes));
    }

    /**
     * Damaged and odd files: whenever the fast path accepts one, the tree reader accepts it with
     * the same content; when the tree reader refuses one, the fast path has left it alone.
     */
    @Test
    void acceptsOnlyWhatTheTreeReaderAcceptsAlike() {
        Coverage outcome = new Coverage("outcome");
        qt().withExamples(1500).forAll(documents(), longs().all())
                .checkAssert(checking((doc, seed) -> acceptsOnlyWhatTheTreeReaderAcceptsAlike(doc, seed, outcome)));
        System.out.println(outcome);
        outcome.assertMoreThan("refused", 30);
        outcome.assertMoreThan("fast", 5);
        outcome.assertMoreThan("left to the tree reader", 2);
    }

    private void acceptsOnlyWhatTheTreeReaderAcceptsAlike(AnnotatedDocument doc, long seed, Coverage outcome) throws Exception {
        Random r = new Random(seed);
        byte[] bytes = AnnotationFileWriter.toBytes(withAnOrphan(doc));
        for (int i = 0; i < 1 + r.nextInt(2); i++) {
            bytes = mutate(bytes, r);
        }
        AnnotationFileContent fast = AnnotationFileReader.parseStreaming(bytes);
        AnnotationFileContent tree;
        try {
            tree = AnnotationFileReader.parseTree(FILE, bytes);
        } catch (AnnotationFileException e) {
            assertThat(fast).as("the fast path accepted what the tree reader refuses: " + e.getMessage()).isNull();
            outcome.collect("refused");
            return;
        }
        if (fast != null) {
            assertThat(fast).isEqualTo(tree);
        }
        outcome.collect(fast != null ? "fast" : "left to the tree reader");
    }

    @Test
    void fieldsInAnotherOrderAreReadAlike() throws Exception {
        AnnotatedDocument doc = sample();
        ObjectNode root = (ObjectNode) JSON.readTree(AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc)));
        ObjectNode reordered = reversed(root);
        byte[] bytes = JSON.writeValueAsBytes(reordered);
        AnnotationFileContent fast = AnnotationFileReader.parseStreaming(bytes);
        assertThat(fast).isNotNull().isEqualTo(AnnotationFileReader.parseTree(FILE, bytes));
        assertThat(AnnotationFileReader.parse(FILE, bytes).annotations()).hasSize(3);
    }

    @Test
    void nullsForOptionalFieldsAreLeftToTheTreeReaderWhichReadsThemAsAbsent() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(AnnotationFileWriter.toBytes(DocumentSnapshot.of(sample())));
        ((ObjectNode) root.get("annotations").get(0)).putNull("note");
        byte[] bytes = JSON.writeValueAsBytes(root);
        assertThat(AnnotationFileReader.parseStreaming(bytes)).isNull();
        AnnotationFileContent content = AnnotationFileReader.parse(FILE, bytes);
        assertThat(content.annotations().get(0).annotation().note()).isNull();
        ((ObjectNode) root.get("annotations").get(0)).remove("note");
        assertThat(content).isEqualTo(AnnotationFileReader.parse(FILE, JSON.writeValueAsBytes(root)));
    }

    @Test
    void versionOneFilesAreLeftToTheTreeReader() throws Exception {
        SourceText text = SourceText.of("story.txt", "Trump said no.");
        byte[] v1 = """
                {"format": "attrib-annotations", "version": 1,
                 "source": {"file": "story.txt", "sha256": "%s", "length": %d},
                 "annotations": [{"id": "a1", "type": "speaker", "start": 0, "end": 5, "text": "Trump"}]}
                """.formatted(text.sha256(), text.length()).getBytes(StandardCharsets.UTF_8);
        assertThat(AnnotationFileReader.parseStreaming(v1)).isNull();
        AnnotationFileContent content = AnnotationFileReader.parse(FILE, v1);
        assertThat(content.version()).isEqualTo(1);
        assertThat(content.entities()).singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("Trump"));
        // The migration makes up a fresh entity id on every read.
        String entity = content.entities().get(0).id();
        assertThat(content.annotations()).containsExactly(new StoredAnnotation(
                Annotation.of("a1", AnnotationType.SPEAKER, 0, 5).withEntity(entity), "Trump", "", ""));
    }

    @Test
    void problemsAreWordedByTheTreeReader() throws Exception {
        String good = new String(AnnotationFileWriter.toBytes(DocumentSnapshot.of(sample())), StandardCharsets.UTF_8);
        Map<String, String> damaged = Map.of(
                good.replace("\"type\": \"claim\"", "\"type\": \"claim\", \"colour\": \"red\""), "unknown field \"colour\"",
                good.replace("\"speaker\": \"e1\"", "\"speaker\": \"e9\""), "links to entity \"e9\", which the file does not have",
                good.replace("\"id\": \"c\"", "\"id\": \"a\""), "duplicate annotation id \"a\"",
                good.replace("\"version\": 2", "\"version\": 3"), "written by a newer version of Attrib",
                good.replace("\"start\": 1,", "\"start\": -1,"), "must be a whole number from 0",
                good.replace("{\n  \"format\"", "<<<<<<< HEAD\n{\n  \"format\""), "git merge conflict markers",
                good + "{}", "there is more after the end of the JSON object",
                good.replace("\"kind\": \"person\"", "\"kind\": \"person\", \"kind\": \"other\""), "the field \"kind\" appears twice");
        damaged.forEach((content, problem) -> {
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            assertThat(content).as("the damage was done").isNotEqualTo(good);
            assertThat(AnnotationFileReader.parseStreaming(bytes)).isNull();
            assertThatThrownBy(() -> AnnotationFileReader.parse(FILE, bytes)).isInstanceOf(AnnotationFileException.class)
                    .hasMessageContaining(problem);
        });
    }

    // ---- documents and damage

    private static AnnotatedDocument sample() {
        SourceText text = SourceText.of("story.txt", "\"We will,\" said Ana 😀 López. Taxes rose.");
        AnnotatedDocument doc = new AnnotatedDocument(text);
        doc.putEntity(new Entity("e1", "Ana López", EntityKind.PERSON));
        doc.put(Annotation.of("b", AnnotationType.SPEAKER, 16, 27).withEntity("e1"));
        doc.put(Annotation.of("a", AnnotationType.QUOTE, 1, 8).withSpeaker("e1", "b").withNote("n"));
        doc.put(Annotation.of("c", AnnotationType.CLAIM, 29, 40).withCheckWorthy(true));
        return doc;
    }

    /** The document's snapshot with one of its annotations kept as an orphan too, under another id. */
    private static DocumentSnapshot withAnOrphan(AnnotatedDocument doc) {
        DocumentSnapshot s = DocumentSnapshot.of(doc);
        if (s.annotations().isEmpty()) {
            return s;
        }
        Annotation a = s.annotations().iterator().next();
        Annotation orphan = new Annotation("orphan-" + a.id(), a.type(), a.start(), a.end(), a.entityId(), a.speakerId(), null,
                a.form(), a.checkWorthy(), a.note(), a.pending(), a.confidence());
        return new DocumentSnapshot(s.source(), s.status(), s.entities(), s.annotations(),
                List.of(new StoredAnnotation(orphan, doc.source().slice(a.start(), a.end()), "p", "s")));
    }

    private static ObjectNode reversed(ObjectNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        ObjectNode out = NODES.objectNode();
        for (int i = names.size() - 1; i >= 0; i--) {
            JsonNode v = o.get(names.get(i));
            if (v instanceof ObjectNode child) {
                v = reversed(child);
            } else if (v instanceof ArrayNode a) {
                ArrayNode copy = NODES.arrayNode();
                a.forEach(e -> copy.add(e instanceof ObjectNode eo ? reversed(eo) : e));
                v = copy;
            }
            out.set(names.get(i), v);
        }
        return out;
    }

    private static byte[] mutate(byte[] in, Random r) throws Exception {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (Exception e) {
            return in;
        }
        if (root == null || !root.isContainerNode() || r.nextInt(10) == 0) {
            byte[] out = in.clone();
            if (out.length > 0) {
                out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
            }
            return out;
        }
        if (r.nextInt(8) == 0) {
            // A line repeated: for "field": value lines, a field twice in one object.
            List<String> lines = new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
            int i = r.nextInt(lines.size());
            lines.add(i, lines.get(i));
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
        if (root.path("annotations") instanceof ArrayNode list && !list.isEmpty() && r.nextInt(8) == 0
                && list.get(r.nextInt(list.size())) instanceof ObjectNode annotation) {
            // Valid, and read by the tree reader as no note; the fast path leaves nulls to it.
            annotation.putNull("note");
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(r.nextInt(containers.size()));
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(r.nextInt(names.size()));
            String[] optional = {"entity", "speaker", "via", "form", "checkWorthy", "note", "pending", "confidence", "named", "prefix",
                "suffix", "status"};
            switch (r.nextInt(6)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, strange(o.get(name), r, root));
                case 2 -> {
                    String field = optional[r.nextInt(optional.length)];
                    o.set(field, r.nextBoolean() ? plausible(field, r, root) : strange(null, r, root));
                }
                case 3 -> o.set(names.get(r.nextInt(names.size())), o.get(name).deepCopy());
                case 4 -> {
                    // The same fields in another order.
                    JsonNode v = o.remove(name);
                    o.set(name, v);
                }
                default -> o.set(r.nextBoolean() ? "extra" : name + "x", NODES.textNode("x"));
            }
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = r.nextInt(a.size());
            switch (r.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.add(a.get(i).deepCopy());
                default -> a.set(i, strange(a.get(i), r, root));
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** A value that may be wrong, or right by chance: another kind, an edge number, an id or name from the file. */
    private static JsonNode strange(JsonNode was, Random r, JsonNode root) {
        List<String> words = new ArrayList<>(List.of("quote", "claim", "speaker", "person", "direct", "done", "e0", "e1", "a0", "a1",
                "attrib-annotations", "0".repeat(64), "", " ", "bad id!"));
        root.path("annotations").forEach(a -> words.add(a.path("id").asText()));
        return switch (r.nextInt(9)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(r.nextBoolean());
            case 2 -> NODES.numberNode(new java.math.BigInteger("9".repeat(1 + r.nextInt(12))));
            case 3 -> NODES.numberNode(r.nextBoolean() ? 1.0 : -1);
            case 4 -> NODES.numberNode(r.nextInt(12) - 1);
            case 5 -> NODES.textNode(words.get(r.nextInt(words.size())));
            case 6 -> NODES.objectNode();
            case 7 -> NODES.arrayNode();
            default -> NODES.numberNode(was != null && was.isInt() ? was.asInt() + r.nextInt(5) - 2 : 2);
        };
    }

    /** A value of the right kind for an optional field, which may still break a rule: a link to a mention of another speaker, a form on a claim. */
    private static JsonNode plausible(String field, Random r, JsonNode root) {
        List<String> ids = new ArrayList<>();
        root.path(field.equals("via") ? "annotations" : "entities").forEach(n -> ids.add(n.path("id").asText()));
        return switch (field) {
            case "entity", "speaker", "via" -> NODES.textNode(ids.isEmpty() ? "e0" : ids.get(r.nextInt(ids.size())));
            case "form" -> NODES.textNode(r.nextBoolean() ? "direct" : "partial");
            case "status" -> NODES.textNode("done");
            case "checkWorthy", "pending", "named" -> NODES.booleanNode(r.nextBoolean());
            case "confidence" -> r.nextBoolean() ? NODES.numberNode(r.nextInt(101) / 100.0) : NODES.numberNode(r.nextInt(3) - 1);
            default -> NODES.textNode("some text 😀");
        };
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }
}
