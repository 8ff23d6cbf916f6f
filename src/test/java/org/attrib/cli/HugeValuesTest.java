package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFileReader;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceTextLoader;

/**
 * A file holding a 50 MB value (an id, an annotation's text, a note, a speaker's name) gives
 * messages and tables of a line or two: every value from a file is quoted as a short excerpt with
 * its length, and a table never widens to fit it.
 */
class HugeValuesTest {

    private static final int HUGE = 50 << 20;
    /** Far more than any message about one file needs, far less than the value. */
    private static final int SHORT = 2_000;
    /** Reads what the tests wrote: more than Jackson's default 20 million characters to a string. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(2 * HUGE).build()).build());

    @TempDir
    Path dir;

    private Path story;
    private Path file;

    private void annotatedWith(Consumer<ObjectNode> change) throws Exception {
        story = CliRun.article(dir, "story.txt", CliRun.ARTICLE);
        file = CliRun.annotationFile(story);
        CliRun.annotate(story, file, true);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(root);
        JSON.writeValue(file.toFile(), root);
    }

    private static ObjectNode firstAnnotation(ObjectNode root) {
        return (ObjectNode) root.get("annotations").get(0);
    }

    @Test
    void aHugeIdIsQuotedShort() throws Exception {
        annotatedWith(root -> firstAnnotation(root).put("id", "a".repeat(HUGE)));

        AnnotationFileException e = catchThrowableOfType(AnnotationFileException.class, () -> AnnotationFileReader.read(file));
        assertThat(e.getMessage()).hasSizeLessThan(SHORT).contains("\"" + "a".repeat(32) + "…" + "a".repeat(32) + "\" (52,428,800 characters)");

        CliRun r = CliRun.of("validate", story);
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.out()).hasSizeLessThan(SHORT).contains("(52,428,800 characters)").contains("bad id");
        assertThat(r.err()).hasSizeLessThan(SHORT);
    }

    @Test
    void aHugeTextIsNotPrinted() throws Exception {
        annotatedWith(root -> firstAnnotation(root).put("text", "x".repeat(HUGE)));

        CliRun r = CliRun.of("validate", story);
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.out()).hasSizeLessThan(SHORT).contains("/annotations/0/text");
        assertThat(r.err()).hasSizeLessThan(SHORT);
    }

    @Test
    void aHugeMismatchedTextIsQuotedShort() throws Exception {
        Path huge = CliRun.article(dir, "huge.txt", "y".repeat(HUGE) + "\n");
        Path hugeFile = CliRun.annotationFile(huge);
        AnnotatedDocument doc = new AnnotatedDocument(SourceTextLoader.load(huge));
        new AnnotationEditor(doc).tag(AnnotationType.QUOTE, 0, HUGE).edit().redo();
        DocumentFiles.save(DocumentSnapshot.of(doc), hugeFile);
        ObjectNode root = (ObjectNode) JSON.readTree(hugeFile.toFile());
        firstAnnotation(root).put("text", "x".repeat(HUGE));
        JSON.writeValue(hugeFile.toFile(), root);

        CliRun r = CliRun.of("validate", huge);
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.out()).hasSizeLessThan(SHORT).contains("says \"" + "x".repeat(32) + "…" + "x".repeat(32)
                + "\" (52,428,800 characters) but the source has \"" + "y".repeat(32) + "…");
        assertThat(r.err()).hasSizeLessThan(SHORT);
    }

    @Test
    void aHugeNoteIsNotPrinted() throws Exception {
        annotatedWith(root -> firstAnnotation(root).put("note", "n".repeat(HUGE)));

        for (String command : new String[] {"validate", "stats"}) {
            CliRun r = CliRun.of(command, story);
            assertThat(r.exitCode()).as(command).isEqualTo(AttribCli.OK);
            assertThat(r.out().length() + r.err().length()).as(command).isLessThan(SHORT);
        }
    }

    @Test
    void aHugeSpeakerNameIsShortenedInMessagesAndTables() throws Exception {
        String name = "Hugo " + "R".repeat(HUGE);
        annotatedWith(root -> ((ObjectNode) root.get("entities").get(0)).put("name", name));

        CliRun stats = CliRun.of("stats", story);
        assertThat(stats.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(stats.out()).hasSizeLessThan(SHORT).contains("Hugo RRRR").contains("…");
        CliRun listing = CliRun.of("stats", "--speaker", "Hugo Rodriguez", story);
        assertThat(listing.out().length() + listing.err().length()).isLessThan(SHORT);
        CliRun validate = CliRun.of("validate", story);
        assertThat(validate.out().length() + validate.err().length()).isLessThan(SHORT);
    }
}
