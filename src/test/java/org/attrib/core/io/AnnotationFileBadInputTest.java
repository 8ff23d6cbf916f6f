package org.attrib.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.format.AnnotationFileException;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.testsupport.SampleArticle;
import org.attrib.testsupport.TempFolder;
import org.attrib.testsupport.Unprivileged;

/**
 * Every way an annotation file can be unusable, one by one: each is refused with a message that
 * names the file, where in it the problem is and what it is, and the file is left as it was.
 */
class AnnotationFileBadInputTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path source;
    Path file;
    byte[] good;

    @BeforeEach
    void writeAGoodFile() throws Exception {
        source = SampleArticle.withAnnotations(dir);
        file = AnnotationFormat.annotationFileFor(source);
        good = Files.readAllBytes(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
    }

    private ObjectNode tree() throws Exception {
        return (ObjectNode) JSON.readTree(good);
    }

    private ArrayNode annotations(ObjectNode root) {
        return (ArrayNode) root.get("annotations");
    }

    /** The first annotation of a type in the file. */
    private ObjectNode first(ObjectNode root, String type) {
        for (var n : annotations(root)) {
            if (n.get("type").asText().equals(type)) {
                return (ObjectNode) n;
            }
        }
        throw new AssertionError("no " + type);
    }

    private int indexOf(ObjectNode root, String type) {
        for (int i = 0; i < annotations(root).size(); i++) {
            if (annotations(root).get(i).get("type").asText().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("no " + type);
    }

    private void edit(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = tree();
        change.accept(root);
        Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    /** Opening fails with a message that starts with the file, contains all of {@code parts}, and writes nothing. */
    private AnnotationFileException refused(String... parts) throws Exception {
        Map<String, String> before = TempFolder.fingerprint(dir);
        AnnotationFileException e = catchThrowableOfType(AnnotationFileException.class, () -> DocumentFiles.open(source));
        assertThat(e).as("opening should fail").isNotNull();
        assertThat(e.getMessage()).startsWith(file.toString());
        for (String part : parts) {
            assertThat(e.getMessage()).contains(part);
        }
        assertThat(TempFolder.fingerprint(dir)).as("nothing written").isEqualTo(before);
        return e;
    }

    @Test
    void theGoodFileOpens() throws Exception {
        assertThat(DocumentFiles.open(source).document().size()).isEqualTo(4);
    }

    // ---- not JSON, or not ours

    @Test
    void malformedJson() throws Exception {
        Files.writeString(file, new String(good, StandardCharsets.UTF_8).replaceFirst("\"version\": 2,", "\"version\": 2,,"));
        AnnotationFileException e = refused("line 3, column", "not valid JSON, so the file was damaged or edited by hand");
        assertThat(e.where()).startsWith("line 3");
    }

    @Test
    void aFileCutShort() throws Exception {
        Files.write(file, java.util.Arrays.copyOf(good, good.length / 2));
        refused("the file ends in the middle of its content: it was probably cut short");
    }

    @Test
    void anEmptyFile() throws Exception {
        Files.write(file, new byte[0]);
        refused("the file is empty (0 bytes)");
    }

    @Test
    void gitConflictMarkers() throws Exception {
        String s = new String(good, StandardCharsets.UTF_8);
        int at = s.indexOf("  \"status\"");
        Files.writeString(file, s.substring(0, at) + "<<<<<<< HEAD\n" + s.substring(at, s.indexOf('\n', at) + 1)
                + "=======\n  \"status\": \"done\",\n>>>>>>> origin/main\n" + s.substring(s.indexOf('\n', at) + 1));
        refused(", line 9: the file holds git merge conflict markers", "finish the merge in git");
    }

    @Test
    void twoFilesConcatenated() throws Exception {
        Files.write(file, (new String(good, StandardCharsets.UTF_8) + new String(good, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        refused("there is more after the end of the JSON object");
    }

    @Test
    void invalidUtf8InsideJson() throws Exception {
        byte[] bad = good.clone();
        int at = new String(good, StandardCharsets.ISO_8859_1).indexOf("Hugo Rodriguez");
        bad[at + 1] = (byte) 0xC3;
        bad[at + 2] = (byte) 0x28;
        Files.write(file, bad);
        refused("the file is not valid UTF-8 text");
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsFine() throws Exception {
        byte[] withBom = new byte[good.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(good, 0, withBom, 3, good.length);
        Files.write(file, withBom);
        assertThat(DocumentFiles.open(source).document().size()).isEqualTo(4);
    }

    @Test
    void jsonThatIsNotAnObject() throws Exception {
        Files.writeString(file, "[1, 2, 3]");
        refused("the file is not a JSON object, so it is not an Attrib annotation file");
    }

    @Test
    void someOtherJsonFile() throws Exception {
        Files.writeString(file, "{\"name\": \"my-package\", \"version\": \"1.0.0\"}");
        refused("field \"format\" (/format): not an Attrib annotation file");
    }

    // ---- versions and fields

    @Test
    void aNewerFormatVersion() throws Exception {
        edit(r -> r.put("version", 3));
        refused("field \"version\" (/version): written by a newer version of Attrib (file format 3)", "update Attrib");
    }

    @Test
    void anOlderUnknownFormatVersion() throws Exception {
        edit(r -> r.put("version", 0));
        refused("unknown file format version 0");
    }

    @Test
    void aVersionThatIsNotANumber() throws Exception {
        edit(r -> r.put("version", "2"));
        refused("the file format version is missing or not a whole number");
    }

    @Test
    void aMissingField() throws Exception {
        edit(r -> first(r, "quote").remove("start"));
        refused("annotation " + (indexOf(tree(), "quote") + 1) + ", field \"start\" (/annotations/" + indexOf(tree(), "quote")
                + "/start): missing field \"start\"");
    }

    @Test
    void aMissingSource() throws Exception {
        edit(r -> r.remove("source"));
        refused("field \"source\" (/source): missing field \"source\"");
    }

    @Test
    void anUnknownAnnotationType() throws Exception {
        edit(r -> first(r, "claim").put("type", "rumour"));
        refused("unknown annotation type \"rumour\"; expected quote, claim or speaker");
    }

    @Test
    void anUnknownField() throws Exception {
        edit(r -> first(r, "claim").put("colour", "red"));
        refused("field \"colour\"", "unknown field \"colour\"");
    }

    @Test
    void aFieldOfTheWrongKind() throws Exception {
        edit(r -> first(r, "claim").put("start", "twelve"));
        refused("\"start\" must be a whole number from 0 to 2147483647, not \"twelve\"");
    }

    @Test
    void aConfidenceOutsideZeroToOne() throws Exception {
        edit(r -> first(r, "claim").put("confidence", 1.5));
        refused("annotation", "\"confidence\" must be a number from 0 to 1, not 1.5");
        edit(r -> first(r, "claim").put("confidence", -0.1));
        refused("\"confidence\" must be a number from 0 to 1, not -0.1");
    }

    @Test
    void aConfidenceThatIsNotANumber() throws Exception {
        edit(r -> first(r, "quote").put("confidence", "high"));
        refused("\"confidence\" must be a number from 0 to 1, not \"high\"");
    }

    @Test
    void aConfidenceFromZeroToOneIsRead() throws Exception {
        edit(r -> {
            first(r, "claim").put("pending", true).put("confidence", 0.25);
            first(r, "quote").put("confidence", 1);
        });
        var doc = DocumentFiles.open(source).document();
        assertThat(doc.annotations()).extracting(a -> a.confidence()).containsOnly(null, 0.25, 1.0).contains(0.25, 1.0);
    }

    @Test
    void aNamedFlagThatIsNotABoolean() throws Exception {
        edit(r -> ((ObjectNode) r.get("entities").get(0)).put("named", "yes"));
        refused("\"named\" must be true or false");
    }

    @Test
    void aFieldTwiceInOneObject() throws Exception {
        String s = new String(good, StandardCharsets.UTF_8);
        Files.writeString(file, s.replaceFirst("\"status\": \"in-progress\",", "\"status\": \"in-progress\", \"status\": \"done\","));
        refused("the field \"status\" appears twice in one object");
    }

    // ---- offsets and text

    @Test
    void anEndBeyondTheArticle() throws Exception {
        int length = tree().get("source").get("length").asInt();
        edit(r -> {
            ObjectNode claim = first(r, "claim");
            claim.put("start", length - 2);
            claim.put("end", length + 5);
            claim.put("text", "1234567");
        });
        refused("field \"end\"", "end " + (length + 5) + " is beyond the end of the article");
    }

    @Test
    void aStartAfterItsEnd() throws Exception {
        edit(r -> first(r, "claim").put("start", first(r, "claim").get("end").asInt() + 3));
        refused("start ", " is after end ");
    }

    @Test
    void aNegativeStart() throws Exception {
        edit(r -> first(r, "claim").put("start", -1));
        refused("\"start\" must be a whole number from 0");
    }

    @Test
    void aHugeNumber() throws Exception {
        edit(r -> first(r, "claim").put("end", 1e300));
        refused("\"end\" must be a whole number");
    }

    @Test
    void textThatDoesNotMatchItsOffsets() throws Exception {
        edit(r -> {
            ObjectNode claim = first(r, "claim");
            String t = claim.get("text").asText();
            claim.put("text", t.replace("months", "monthz"));
        });
        refused("field \"text\"", "covers \"the U.S. agencies have been looking at this issue for monthz\" but the article has "
                + "\"the U.S. agencies have been looking at this issue for months\" there");
    }

    @Test
    void textOfTheWrongLength() throws Exception {
        edit(r -> first(r, "claim").put("text", "too short"));
        refused("the stored text is 9 characters (code points) long but the span");
    }

    // ---- ids and links

    @Test
    void duplicateAnnotationIds() throws Exception {
        edit(r -> first(r, "claim").put("id", first(r, "quote").get("id").asText()));
        refused("duplicate annotation id");
    }

    @Test
    void duplicateEntityIds() throws Exception {
        edit(r -> {
            ArrayNode entities = (ArrayNode) r.get("entities");
            ((ObjectNode) entities.get(1)).put("id", entities.get(0).get("id").asText());
        });
        refused("speaker entity 2, field \"id\" (/entities/1/id): duplicate entity id");
    }

    @Test
    void aLinkToAMissingEntity() throws Exception {
        edit(r -> first(r, "quote").put("speaker", "e-nobody"));
        refused("field \"speaker\"", "links to entity \"e-nobody\", which the file does not have");
    }

    @Test
    void aLinkToAMissingMention() throws Exception {
        edit(r -> first(r, "quote").put("via", "a-nothing"));
        refused("field \"via\"", "links to annotation \"a-nothing\", which the file does not have");
    }

    @Test
    void aSpeakerWithoutItsEntity() throws Exception {
        edit(r -> first(r, "speaker").remove("entity"));
        refused("a speaker annotation needs the \"entity\" it mentions");
    }

    // ---- absurd sizes

    @Test
    void aNumberWithTooManyDigits() throws Exception {
        String s = new String(good, StandardCharsets.UTF_8);
        Files.writeString(file, s.replaceFirst("\"version\": 2", "\"version\": 2000000000000000000000000000000"));
        refused("implausible content: a number has more than 24 digits");
    }

    @Test
    void deepNesting() throws Exception {
        String s = new String(good, StandardCharsets.UTF_8);
        Files.writeString(file, s.replaceFirst("\"status\"", "\"deep\": " + "[".repeat(100) + "]".repeat(100) + ", \"status\""));
        refused("implausible content: the JSON is nested more than 32 levels deep");
    }

    @Test
    void anAbsurdlyLongFieldName() throws Exception {
        String s = new String(good, StandardCharsets.UTF_8);
        Files.writeString(file, s.replaceFirst("\"status\"", "\"" + "x".repeat(300) + "\": 1, \"status\""));
        refused("implausible content: a field name is longer than 200 characters");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead() throws Exception {
        Files.delete(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(AnnotationFormat.MAX_BYTES + 1);
        }
        refused("the file is 536,870,913 bytes; Attrib reads annotation files of up to 536,870,912 bytes (512 MiB)");
    }

    // ---- files that are not what they seem

    @Test
    void aFileBelongingToAnotherArticle() throws Exception {
        edit(r -> {
            ((ObjectNode) r.get("source")).put("file", "other-story.txt");
            ((ObjectNode) r.get("source")).put("sha256", "0".repeat(64));
        });
        refused("field \"source\" (/source): this annotation file belongs to another article: it was written for \"other-story.txt\", "
                + "not for \"" + source.getFileName() + "\"");
    }

    @Test
    void aFolderInsteadOfAFile() throws Exception {
        Files.delete(file);
        Files.createDirectory(file);
        refused("this is a folder, not an annotation file");
    }

    @Test
    void anUnreadableFile() throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (!Unprivileged.runningAsRoot(dir)) {
            refused("permission denied: you may not read this file");
            return;
        }
        assumeTrue(Unprivileged.canDropPrivileges(), "running as root without setpriv: only code review covers this case");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-r--r--"));
        Path scratch = Files.createTempDirectory("attrib-probe");
        try {
            assertThat(Unprivileged.probe(scratch, "open", source))
                    .isEqualTo("AnnotationFileException: " + file + ": permission denied: you may not read this file");
        } finally {
            TempFolder.delete(scratch);
        }
    }

    // ---- what the analyst can do about a bad file

    @Test
    void theArticleOpensReadOnlyWithoutTouchingTheBadFile() throws Exception {
        Files.writeString(file, "{ broken");
        Map<String, String> before = TempFolder.fingerprint(dir);
        DocumentFiles.Opened opened = DocumentFiles.openWithoutAnnotations(source);
        assertThat(opened.document().size()).isZero();
        assertThat(opened.document().source().fileName()).isEqualTo(source.getFileName().toString());
        assertThat(TempFolder.fingerprint(dir)).isEqualTo(before);
    }

    @Test
    void startingAfreshMovesTheBadFileAsideIntact() throws Exception {
        Files.writeString(file, "{ broken");
        Path aside = DocumentFiles.moveAside(file);
        assertThat(aside.getFileName().toString()).startsWith(file.getFileName() + ".unreadable-");
        assertThat(aside.getParent()).isEqualTo(file.getParent());
        assertThat(Files.readString(aside)).isEqualTo("{ broken");
        assertThat(file).doesNotExist();
        assertThat(DocumentFiles.open(source).document().size()).isZero();
        // A second bad file the same second gets its own name.
        Files.writeString(file, "{ broken again");
        Path second = DocumentFiles.moveAside(file);
        assertThat(second).isNotEqualTo(aside);
        assertThat(Files.readString(aside)).isEqualTo("{ broken");
    }

    /** The annotation file is read on a side thread while the article is decoded; the article's problem still comes first. */
    @Test
    void aBadArticleIsReportedBeforeABadAnnotationFile() throws Exception {
        Files.writeString(file, "{ broken");
        Files.write(source, new byte[] {'O', 'k', ' ', (byte) 0xFF});
        Map<String, String> before = TempFolder.fingerprint(dir);
        assertThatThrownBy(() -> DocumentFiles.open(source)).isInstanceOf(org.attrib.core.text.SourceTextException.class)
                .hasMessageStartingWith(source.toString()).hasMessageContaining("not valid UTF-8");
        assertThat(TempFolder.fingerprint(dir)).isEqualTo(before);
    }

    @Test
    void aBadAnnotationFileBesideAGoodArticleIsReportedAsIs() throws Exception {
        Files.writeString(file, "{ broken");
        refused("not valid JSON");
    }
}
