package org.attrib.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attrib.core.corpus.TestCorpus.ref;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.attrib.core.io.AtomicFiles;
import org.attrib.core.io.ChangedOnDiskException;
import org.attrib.core.io.FileStamp;
import org.attrib.testsupport.TempFolder;

class CorpusIdentityFileTest {

    @TempDir
    Path folder;

    private static final CorpusIdentity TWO = CorpusIdentity.of(List.of(
            new StoredSpeaker("s2", null, List.of(ref("world/b.txt", "e1"))),
            new StoredSpeaker("s1", "Andrés Manuel López Obrador", List.of(ref("world/b.txt", "e2"), ref("a.txt", "e9")))));

    @Test
    void aFolderWithoutTheFileHasTheEmptyIdentity() throws Exception {
        CorpusIdentityFile.Loaded loaded = CorpusIdentityFile.read(folder);
        assertThat(loaded.identity()).isEqualTo(CorpusIdentity.EMPTY);
        assertThat(loaded.stamp()).isEqualTo(FileStamp.ABSENT);
        assertThat(loaded.file()).isEqualTo(folder.resolve("attrib-corpus.json"));
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void theFileIsPrettyPrintedInAStableOrder() {
        String expected = """
                {
                  "format": "attrib-corpus",
                  "version": 1,
                  "speakers": [
                    {
                      "id": "s1",
                      "name": "Andrés Manuel López Obrador",
                      "members": [
                        {
                          "document": "a.txt",
                          "entity": "e9"
                        },
                        {
                          "document": "world/b.txt",
                          "entity": "e2"
                        }
                      ]
                    },
                    {
                      "id": "s2",
                      "members": [
                        {
                          "document": "world/b.txt",
                          "entity": "e1"
                        }
                      ]
                    }
                  ]
                }
                """;
        assertThat(new String(CorpusIdentityFile.toBytes(TWO), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void savedDecisionsReadBackAndEachSaveKeepsTheLastAsBackup() throws Exception {
        FileStamp first = CorpusIdentityFile.save(folder, TWO, FileStamp.ABSENT);
        CorpusIdentityFile.Loaded loaded = CorpusIdentityFile.read(folder);
        assertThat(loaded.identity()).isEqualTo(TWO);
        assertThat(loaded.stamp()).isEqualTo(first);

        CorpusIdentity one = CorpusIdentity.of(List.of(TWO.speakers().get(0)));
        FileStamp second = CorpusIdentityFile.save(folder, one, loaded.stamp());
        assertThat(CorpusIdentityFile.read(folder).identity()).isEqualTo(one);
        assertThat(CorpusIdentityFile.read(folder).stamp()).isEqualTo(second);
        assertThat(AtomicFiles.backupOf(CorpusIdentityFile.fileIn(folder))).hasBinaryContent(CorpusIdentityFile.toBytes(TWO));
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadIsNotOverwritten() throws Exception {
        FileStamp mine = CorpusIdentityFile.save(folder, TWO, FileStamp.ABSENT);
        CorpusIdentity theirs = CorpusIdentity.of(List.of(TWO.speakers().get(1)));
        Files.write(CorpusIdentityFile.fileIn(folder), CorpusIdentityFile.toBytes(theirs));

        assertThatThrownBy(() -> CorpusIdentityFile.save(folder, CorpusIdentity.EMPTY, mine))
                .isInstanceOf(ChangedOnDiskException.class).hasMessageContaining("attrib-corpus.json");
        assertThat(CorpusIdentityFile.read(folder).identity()).isEqualTo(theirs);

        assertThatThrownBy(() -> CorpusIdentityFile.save(folder, CorpusIdentity.EMPTY, FileStamp.ABSENT))
                .isInstanceOf(ChangedOnDiskException.class);
        Files.delete(CorpusIdentityFile.fileIn(folder));
        assertThatThrownBy(() -> CorpusIdentityFile.save(folder, CorpusIdentity.EMPTY, mine))
                .isInstanceOf(ChangedOnDiskException.class).hasMessageContaining("deleted");
        assertThat(CorpusIdentityFile.fileIn(folder)).doesNotExist();
    }

    static Stream<Arguments> badFiles() {
        String member = "{\"document\": \"a.txt\", \"entity\": \"e1\"}";
        return Stream.of(
                Arguments.of("", "", "the file is empty"),
                Arguments.of("{\"format\": \"attrib-corpus\",", "line 1, column 28", "cut short"),
                Arguments.of("{\n<<<<<<< HEAD\n}", "line 2", "git merge conflict markers"),
                Arguments.of("[]", "", "not a JSON object"),
                Arguments.of("{\"format\": \"attrib-annotations\", \"version\": 1, \"speakers\": []}", "/format",
                        "not an Attrib corpus identity file"),
                Arguments.of("{\"format\": \"attrib-corpus\", \"version\": 2, \"speakers\": []}", "/version",
                        "written by a newer version of Attrib"),
                Arguments.of("{\"format\": \"attrib-corpus\", \"version\": 0, \"speakers\": []}", "/version", "unknown"),
                Arguments.of("{\"format\": \"attrib-corpus\", \"version\": \"1\", \"speakers\": []}", "/version", "not a whole number"),
                Arguments.of("{\"format\": \"attrib-corpus\", \"version\": 1, \"speakers\": [], \"groups\": []}", "/groups",
                        "unknown field \"groups\""),
                Arguments.of("{\"format\": \"attrib-corpus\", \"version\": 1}", "/speakers", "missing field \"speakers\""),
                Arguments.of("{\"format\": \"attrib-corpus\", \"version\": 1, \"speakers\": {}}", "/speakers", "must be a JSON array"),
                Arguments.of("{\"format\": \"attrib-corpus\", \"version\": 1, \"speakers\": [7]}", "/speakers/0", "must be a JSON object"),
                Arguments.of(speakers("{\"members\": [" + member + "]}"), "/speakers/0/id", "missing field \"id\""),
                Arguments.of(speakers("{\"id\": \"s 1\", \"members\": [" + member + "]}"), "/speakers/0/id", "bad id \"s 1\""),
                Arguments.of(speakers("{\"id\": \"s1\", \"name\": \" \", \"members\": [" + member + "]}"), "/speakers/0/name",
                        "must not be blank"),
                Arguments.of(speakers("{\"id\": \"s1\", \"name\": 3, \"members\": [" + member + "]}"), "/speakers/0/name",
                        "must be a string"),
                Arguments.of(speakers("{\"id\": \"s1\", \"members\": []}"), "/speakers/0/members", "at least one member"),
                Arguments.of(speakers("{\"id\": \"s1\", \"members\": [{\"document\": \"../a.txt\", \"entity\": \"e1\"}]}"),
                        "/speakers/0/members/0/document", "not an article's path relative to the corpus folder"),
                Arguments.of(speakers("{\"id\": \"s1\", \"members\": [{\"document\": \"/home/a.txt\", \"entity\": \"e1\"}]}"),
                        "/speakers/0/members/0/document", "relative"),
                Arguments.of(speakers("{\"id\": \"s1\", \"members\": [{\"document\": \"a\\\\b.txt\", \"entity\": \"e1\"}]}"),
                        "/speakers/0/members/0/document", "relative"),
                Arguments.of(speakers("{\"id\": \"s1\", \"members\": [{\"document\": \"a.txt\", \"entity\": \"\"}]}"),
                        "/speakers/0/members/0/entity", "bad entity id"),
                Arguments.of(speakers("{\"id\": \"s1\", \"members\": [{\"document\": \"a.txt\", \"entity\": \"e1\", \"x\": 1}]}"),
                        "/speakers/0/members/0/x", "unknown field"),
                Arguments.of(speakers("{\"id\": \"s1\", \"members\": [" + member + ", " + member + "]}"),
                        "/speakers/0/members/1", "listed twice in this speaker"),
                Arguments.of(speakers("{\"id\": \"s1\", \"members\": [" + member + "]}, {\"id\": \"s2\", \"members\": [" + member + "]}"),
                        "/speakers/1/members/0", "also in speaker 1: an entity belongs to one corpus speaker"),
                Arguments.of(speakers("{\"id\": \"s1\", \"members\": [" + member + "]}, {\"id\": \"s1\", \"members\": "
                        + "[{\"document\": \"b.txt\", \"entity\": \"e1\"}]}"), "/speakers/1/id", "duplicate speaker id"),
                Arguments.of(speakers("{\"id\": \"s1\", \"id\": \"s2\", \"members\": [" + member + "]}"), "line 1, column 73",
                        "the field \"id\" appears twice in one object"),
                Arguments.of(speakers("") + "\n{}", "line 2, column 1", "there is more after the end of the JSON object"));
    }

    private static String speakers(String content) {
        return "{\"format\": \"attrib-corpus\", \"version\": 1, \"speakers\": [" + content + "]}";
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadFileIsReportedWhereItIsWrongAndNeverOverwritten(String content, String where, String problem) throws Exception {
        Path file = CorpusIdentityFile.fileIn(folder);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        var before = TempFolder.fingerprint(folder);

        assertThatThrownBy(() -> CorpusIdentityFile.read(folder))
                .isInstanceOfSatisfying(CorpusIdentityException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.where()).isEqualTo(where);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.getMessage()).startsWith(file.toString()).contains(problem);
                });
        // Whatever the caller believes it read, a save does not replace a file that cannot be read.
        for (FileStamp expected : List.of(FileStamp.ABSENT, FileStamp.read(file))) {
            assertThatThrownBy(() -> CorpusIdentityFile.save(folder, TWO, expected)).isInstanceOf(CorpusIdentityException.class);
        }
        assertThat(TempFolder.fingerprint(folder)).isEqualTo(before);
    }

    @Test
    void problemsAreLocatedInWords() {
        assertThat(CorpusIdentityException.describe("/speakers/2/members/0/entity"))
                .isEqualTo("speaker 3, member 1, field \"entity\" (/speakers/2/members/0/entity)");
        assertThat(CorpusIdentityException.describe("/speakers/0/name")).isEqualTo("speaker 1, field \"name\" (/speakers/0/name)");
        assertThat(CorpusIdentityException.describe("/version")).isEqualTo("field \"version\" (/version)");
        assertThat(CorpusIdentityException.describe("line 2, column 3")).isEqualTo("line 2, column 3");
    }

    @Test
    void aFolderInTheFilesPlaceIsReported() throws Exception {
        Files.createDirectory(CorpusIdentityFile.fileIn(folder));
        assertThatThrownBy(() -> CorpusIdentityFile.read(folder)).isInstanceOf(CorpusIdentityException.class)
                .hasMessageContaining("this is a folder");
    }
}
