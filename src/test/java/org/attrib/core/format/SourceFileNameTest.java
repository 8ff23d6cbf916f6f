package org.attrib.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.text.SourceText;

/**
 * {@code source.file} holds the article's file name alone: both readers and the JSON Schema
 * refuse anything else (empty, a path, a name that climbs out of the folder), and the reader
 * says so naming the file, where, and what is wrong.
 */
class SourceFileNameTest {

    private static final Path FILE = Path.of("story.annotations.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> badNames() {
        return Stream.of("", "/etc/passwd", "../../etc/passwd", "x/../A.txt", "a/A.txt", "..", ".", "a\\A.txt", "x".repeat(300));
    }

    private static byte[] fileNaming(String name) throws Exception {
        AnnotatedDocument doc = new AnnotatedDocument(SourceText.of("story.txt", "Hugo said it."));
        ObjectNode root = (ObjectNode) JSON.readTree(AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc)));
        ((ObjectNode) root.get("source")).put("file", name);
        return JSON.writeValueAsBytes(root);
    }

    @ParameterizedTest
    @MethodSource("badNames")
    void theReaderRefusesAnythingButAFileName(String name) throws Exception {
        byte[] bytes = fileNaming(name);
        assertThat(AnnotationFileReader.parseStreaming(bytes)).as("the fast reader leaves it to the tree reader").isNull();
        AnnotationFileException e = catchThrowableOfType(AnnotationFileException.class, () -> AnnotationFileReader.parse(FILE, bytes));
        assertThat(e).isNotNull();
        assertThat(e.where()).isEqualTo("/source/file");
        assertThat(e.getMessage()).startsWith(FILE + ", ").contains("/source/file");
        assertThat(e.problem()).containsAnyOf("empty", "a path", "not a file name", "longer than a file name");
    }

    @ParameterizedTest
    @MethodSource("badNames")
    void theSchemaRefusesThemToo(String name) throws Exception {
        assertThat(schema().validate(JSON.readTree(fileNaming(name)))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("goodNames")
    void aFileNameIsFine(String name) throws Exception {
        byte[] bytes = fileNaming(name);
        assertThat(AnnotationFileReader.parse(FILE, bytes).source().file()).isEqualTo(name);
        assertThat(AnnotationFileReader.parseStreaming(bytes)).isNotNull();
        assertThat(schema().validate(JSON.readTree(bytes))).isEmpty();
    }

    static Stream<String> goodNames() {
        return Stream.of("story.txt", "B.txt", "voa-2019 news (2).txt", "Zoë Ångström.txt", "..hidden.txt", "a..b.txt");
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = AnnotationFormat.class.getResourceAsStream(AnnotationFormat.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
