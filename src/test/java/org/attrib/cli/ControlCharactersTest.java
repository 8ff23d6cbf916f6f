package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters in files (an escape sequence that clears the screen in an annotation's
 * text, a BEL in a speaker's name, a bidirectional override, an article whose very file name
 * holds an escape sequence) reach the terminal escaped, from every command: what is printed
 * holds no control character but the line breaks between lines.
 */
class ControlCharactersTest {

    private static final String CLEAR_SCREEN = "\u001B[2J";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path corpus;
    private Path story;

    @BeforeEach
    void setUp() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        story = CliRun.article(corpus, "story.txt", CliRun.ARTICLE);
        ObjectNode root = annotated(story);
        ((ObjectNode) root.get("entities").get(0)).put("name", "Hugo\u0007 Rodriguez\u202E");
        JSON.writeValue(CliRun.annotationFile(story).toFile(), root);

        Path broken = CliRun.article(corpus, "broken.txt", CliRun.ARTICLE);
        root = annotated(broken);
        ObjectNode quote = (ObjectNode) root.get("annotations").get(1);
        quote.put("text", CLEAR_SCREEN + quote.get("text").asText().substring(CLEAR_SCREEN.length()));
        JSON.writeValue(CliRun.annotationFile(broken).toFile(), root);

        // An article whose very name holds the escape sequence, and a C1 control.
        CliRun.article(corpus, "late" + CLEAR_SCREEN + "\u009B.txt", "Maria Lopez said the plan would not work.\n");
    }

    private static ObjectNode annotated(Path article) throws Exception {
        Path file = CliRun.annotationFile(article);
        CliRun.annotate(article, file, true);
        return (ObjectNode) JSON.readTree(file.toFile());
    }

    @Test
    void validatePrintsTheTextEscaped() {
        CliRun r = CliRun.of("validate", corpus);
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.out()).contains("\\u001B[2J");
        assertNoControlCharacters(r);
    }

    @Test
    void statsPrintsTheNameEscaped() {
        CliRun table = CliRun.of("stats", story);
        assertThat(table.out()).contains("Hugo\\u0007 Rodriguez\\u202E");
        assertNoControlCharacters(table);
        CliRun json = CliRun.of("stats", "--json", story);
        assertThat(json.out()).contains("Hugo\\u0007 Rodriguez\\u202E");
        assertNoControlCharacters(json);
        assertNoControlCharacters(CliRun.of("stats", "--speaker", "Hugo Rodriguez", story));
    }

    @Test
    void everyOtherCommandToo() throws Exception {
        assertNoControlCharacters(CliRun.of("suggest", corpus));
        assertNoControlCharacters(CliRun.of("export", "--format", "csv", "--out", dir.resolve("csv"), corpus));
        assertNoControlCharacters(CliRun.of("export", "--format", "brat", "--out", dir.resolve("brat"), corpus));
        assertNoControlCharacters(CliRun.of("import", "brat", "--out", dir.resolve("back"), dir.resolve("brat")));
        assertNoControlCharacters(CliRun.of("eval", "--gold", corpus));
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.copy(story, other.resolve("story.txt"));
        assertNoControlCharacters(CliRun.of("agree", corpus, other));
        assertNoControlCharacters(CliRun.of("validate", corpus.resolve("nothing" + CLEAR_SCREEN)));
    }

    private static void assertNoControlCharacters(CliRun r) {
        for (String printed : new String[] {r.out(), r.err()}) {
            assertThat(printed.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E))
                    .as("control characters in %s", printed).isEmpty();
        }
    }
}
