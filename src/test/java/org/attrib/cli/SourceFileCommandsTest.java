package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the commands do with an annotation file's {@code source.file}: a value that is not a file
 * name is refused by validate and suggest alike, which leave the file alone; another article's
 * name is reported by both, never silently rewritten; and the value is never followed to a file:
 * the article of {@code A.annotations.json} is the {@code A.txt} beside it.
 */
class SourceFileCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path articleRecording(String name) throws Exception {
        Path story = CliRun.article(dir, "A.txt", CliRun.ARTICLE);
        Path file = CliRun.annotationFile(story);
        CliRun.annotate(story, file, true);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ((ObjectNode) root.get("source")).put("file", name);
        JSON.writeValue(file.toFile(), root);
        return story;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../../etc/passwd", "x/../A.txt", "a/A.txt"})
    void aValueThatIsNotAFileNameIsRefusedAndTheFileLeftAlone(String name) throws Exception {
        Path story = articleRecording(name);
        Path file = CliRun.annotationFile(story);
        byte[] before = Files.readAllBytes(file);

        CliRun validate = CliRun.of("validate", story);
        assertThat(validate.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(validate.out()).startsWith(file + ": /source/file: ");

        CliRun suggest = CliRun.of("suggest", story);
        assertThat(suggest.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(suggest.err()).contains(file.toString()).contains("source").contains("left untouched");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anotherArticlesNameIsReportedBySuggestAsByValidateAndNotRewritten() throws Exception {
        Path story = articleRecording("B.txt");
        Path file = CliRun.annotationFile(story);
        byte[] before = Files.readAllBytes(file);

        CliRun validate = CliRun.of("validate", story);
        assertThat(validate.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(validate.out()).isEqualTo(file + ": /source/file: the file says its article is \"B.txt\", but it is the annotation "
                + "file of \"A.txt\" (the same text under another name)\n");

        CliRun suggest = CliRun.of("suggest", story);
        assertThat(suggest.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(suggest.err()).contains(file + ": /source/file: the file says its article is \"B.txt\", but it is the "
                + "annotation file of \"A.txt\"").contains("left untouched");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theRecordedNameIsNeverFollowedToAFile() throws Exception {
        Path story = articleRecording("B.txt");
        Path file = CliRun.annotationFile(story);
        // B.txt is another article, beside it; the commands still take A.txt, or report it missing.
        CliRun.article(dir, "B.txt", "Someone else entirely said something else.\n");
        CliRun validate = CliRun.of("validate", file);
        assertThat(validate.out()).contains("annotation file of \"A.txt\"").doesNotContain("re-anchors");

        Files.delete(story);
        CliRun eval = CliRun.of("eval", "--gold", dir);
        assertThat(eval.err()).contains("its article A.txt is not beside it");
        CliRun validateAgain = CliRun.of("validate", file);
        assertThat(validateAgain.out()).contains(file + ": its article \"A.txt\" is not beside it");
    }
}
