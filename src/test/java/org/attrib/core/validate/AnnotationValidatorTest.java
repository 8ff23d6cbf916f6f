package org.attrib.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.batch.DocumentRef;
import org.attrib.core.batch.Problem;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.testsupport.Fixtures;

class AnnotationValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path corpus;
    private Path unicode;
    private Path unicodeAnnotations;

    @BeforeEach
    void copyCorpus() {
        corpus = Fixtures.corpus(tmp);
        unicode = corpus.resolve(Fixtures.UNICODE);
        unicodeAnnotations = AnnotationFormat.annotationFileFor(unicode);
    }

    @Test
    void theFixtureCorpusHasNoProblems() {
        assertThat(validate(unicode)).isEmpty();
        assertThat(validate(corpus.resolve(Fixtures.VOA))).isEmpty();
    }

    @Test
    void aChangedSourceIsReportedWithWhatReanchoringWouldDo() throws Exception {
        Path voa = corpus.resolve(Fixtures.VOA);
        Files.writeString(voa, "Breaking: a new first line.\n" + Files.readString(voa));
        assertThat(validate(voa)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(AnnotationFormat.annotationFileFor(voa));
            assertThat(p.where()).isEqualTo("/source/sha256");
            assertThat(p.reason()).contains("the source changed", "11 of 11 placed again (11 moved), 0 cannot be placed");
        });
    }

    @Test
    void everyAnnotationWhoseTextIsNotAtItsOffsetsIsReported() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(unicodeAnnotations.toFile());
        ArrayNode annotations = (ArrayNode) file.get("annotations");
        for (int i : new int[] {1, 3}) {
            ObjectNode a = (ObjectNode) annotations.get(i);
            a.put("start", a.get("start").asInt() + 1).put("end", a.get("end").asInt() + 1);
        }
        Files.write(unicodeAnnotations, JSON.writeValueAsBytes(file));
        List<Problem> problems = validate(unicode);
        assertThat(problems).extracting(Problem::where).containsExactly("/annotations/1/text", "/annotations/3/text");
        assertThat(problems.get(0).reason()).contains("says \"„Wir werden, so Gott will, liefern.“\" but the source has \"Wir werden");
        assertThat(problems.get(0).toString()).startsWith(unicodeAnnotations + ": /annotations/1/text: annotation ");
    }

    @Test
    void aWrongLengthIsReported() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(unicodeAnnotations.toFile());
        ((ObjectNode) file.get("source")).put("length", 500);
        Files.write(unicodeAnnotations, JSON.writeValueAsBytes(file));
        assertThat(validate(unicode)).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("/source/length");
            assertThat(p.reason()).contains("500", "243");
        });
    }

    @Test
    void orphansAreReportedSoThatAValidCorpusExportsCompletely() throws Exception {
        ObjectNode file = (ObjectNode) JSON.readTree(unicodeAnnotations.toFile());
        ObjectNode orphan = file.putArray("orphans").addObject();
        orphan.put("id", "aorphan0001").put("type", "claim").put("start", 3).put("end", 8).put("text", "gone!");
        Files.write(unicodeAnnotations, JSON.writeValueAsBytes(file));
        assertThat(validate(unicode)).singleElement().satisfies(p -> {
            assertThat(p.where()).isEqualTo("/orphans/0");
            assertThat(p.reason()).contains("aorphan0001", "\"gone!\"", "not placed");
        });
    }

    @Test
    void aMissingSourceIsReportedOnTheAnnotationFile() throws Exception {
        Files.delete(unicode);
        assertThat(validate(unicode)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(unicodeAnnotations);
            assertThat(p.where()).as("the article is the file's namesake, not what source.file says").isEmpty();
            assertThat(p.reason()).contains("\"unicode.txt\" is not beside it");
        });
    }

    @Test
    void aBrokenAnnotationFileIsReportedWithItsLocation() throws Exception {
        Files.writeString(unicodeAnnotations, "{\"format\": \"attrib-annotations\", \"version\": 2,\n  \"source\": }");
        assertThat(validate(unicode)).singleElement().satisfies(p -> {
            assertThat(p.where()).startsWith("line 2, column");
            assertThat(p.reason()).startsWith("not valid JSON");
        });
    }

    @Test
    void anArticleWithoutAnnotationsOnlyNeedsToBeReadable() throws Exception {
        Path fresh = corpus.resolve("fresh.txt");
        Files.writeString(fresh, "Nobody has annotated this yet.");
        assertThat(validate(fresh)).isEmpty();
        Path binary = corpus.resolve("binary.txt");
        Files.write(binary, "text\0more".getBytes(StandardCharsets.UTF_8));
        assertThat(validate(binary)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(binary);
            assertThat(p.reason()).contains("binary");
        });
    }

    private static List<Problem> validate(Path source) {
        return AnnotationValidator.validate(new DocumentRef(source, AnnotationFormat.annotationFileFor(source), source.getFileName().toString()));
    }
}
