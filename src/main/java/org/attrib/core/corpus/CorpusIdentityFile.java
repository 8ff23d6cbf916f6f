package org.attrib.core.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.attrib.core.io.AtomicFiles;
import org.attrib.core.io.ChangedOnDiskException;
import org.attrib.core.io.FileStamp;
import org.attrib.core.jsonfile.JsonFields;
import org.attrib.core.jsonfile.JsonFileChecks;
import org.attrib.core.jsonfile.PrettyJson;
import org.attrib.core.text.Excerpt;

/**
 * The corpus identity file, {@code attrib-corpus.json} at the root of a corpus folder: the
 * analyst's merges, splits and renames of corpus speakers (see docs/corpus-speakers.md). Written
 * pretty-printed in a stable order (speakers by id, members by document and entity) so that it
 * diffs and merges well; read strictly, with errors that say where and what. A file that cannot
 * be read is never overwritten.
 */
public final class CorpusIdentityFile {

    public static final String FILE_NAME = "attrib-corpus.json";
    /** The value of the top-level {@code format} field. */
    public static final String FORMAT = "attrib-corpus";
    /** The version this build writes and reads. */
    public static final int VERSION = 1;
    /** Files larger than this are refused before they are parsed: far beyond any real corpus. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final int MAX_DEPTH = 16;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "speakers");
    private static final Set<String> SPEAKER_FIELDS = Set.of("id", "name", "members");
    private static final Set<String> MEMBER_FIELDS = Set.of("document", "entity");
    private static final Duration STALE_TEMPORARIES = Duration.ofHours(1);

    private static final ObjectMapper MAPPER = JsonFileChecks.strictMapper(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(24)
            .maxNameLength(200)
            .maxDocumentLength(MAX_BYTES)
            .build());
    private static final JsonFileChecks.Wording WORDING = new JsonFileChecks.Wording(
            "finish the merge in git first",
            limit -> "implausible content: " + limit);
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The identity as read, with the stamp of what was read, to save over it later.
     *
     * @param file the identity file
     * @param identity the decisions it holds; empty when there is no file
     * @param stamp what was read ({@link FileStamp#ABSENT} when there was no file)
     */
    public record Loaded(Path file, CorpusIdentity identity, FileStamp stamp) {
    }

    private CorpusIdentityFile() {
    }

    /** Where a corpus folder keeps its identity file. */
    public static Path fileIn(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    /**
     * Reads a folder's identity file; a folder without one has the empty identity.
     *
     * @throws CorpusIdentityException when the file exists but cannot be used: build without it
     *     ({@link CorpusIdentity#EMPTY}) and do not save until the analyst has dealt with it
     */
    public static Loaded read(Path folder) throws CorpusIdentityException {
        Path file = fileIn(folder);
        if (!Files.exists(file)) {
            return new Loaded(file, CorpusIdentity.EMPTY, FileStamp.ABSENT);
        }
        byte[] bytes = readBytes(file);
        return new Loaded(file, parse(file, bytes), FileStamp.of(bytes));
    }

    /**
     * Saves the identity over the folder's identity file, atomically and keeping the previous
     * one as {@code attrib-corpus.json.bak}. Returns the stamp of what was written, for the next
     * save.
     *
     * @param expected the stamp of the file as last read or written here
     * @throws ChangedOnDiskException when the file is no longer what was read (another analyst
     *     saved it, a {@code git pull}): nothing was written
     * @throws CorpusIdentityException when the file on disk cannot be read: it is left as it is
     */
    public static FileStamp save(Path folder, CorpusIdentity identity, FileStamp expected)
            throws IOException, ChangedOnDiskException, CorpusIdentityException {
        Objects.requireNonNull(expected, "expected: the stamp of the file as read (FileStamp.ABSENT when there was none)");
        Path file = fileIn(folder);
        byte[] bytes = toBytes(identity);
        try {
            parse(file, bytes);
        } catch (CorpusIdentityException e) {
            throw new IOException("internal error, nothing was written: the corpus identity would not read back ("
                    + e.getMessage() + ")", e);
        }
        if (Files.exists(file)) {
            // Checked before the stamp, so that an unreadable file is reported as such whatever the caller expected.
            byte[] current = readBytes(file);
            parse(file, current);
            if (!FileStamp.of(current).equals(expected)) {
                throw new ChangedOnDiskException(file, expected, FileStamp.of(current));
            }
        } else if (expected.exists()) {
            throw new ChangedOnDiskException(file, expected, FileStamp.ABSENT);
        }
        AtomicFiles.removeStaleTemporaries(file, STALE_TEMPORARIES);
        AtomicFiles.write(file, bytes, true);
        return FileStamp.of(bytes);
    }

    /** The file's content for an identity: pretty-printed, LF line ends, stable order. */
    public static byte[] toBytes(CorpusIdentity identity) {
        return PrettyJson.toBytes(JSON, 4096, g -> {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("speakers");
            for (StoredSpeaker s : identity.speakers()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                if (s.name() != null) {
                    g.writeStringField("name", s.name());
                }
                g.writeArrayFieldStart("members");
                for (EntityRef m : s.members()) {
                    g.writeStartObject();
                    g.writeStringField("document", m.document());
                    g.writeStringField("entity", m.entity());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Parses and checks an identity file's content; {@code file} is only used in messages. */
    public static CorpusIdentity parse(Path file, byte[] bytes) throws CorpusIdentityException {
        JsonNode root = JsonFileChecks.readTree(MAPPER, file, bytes, WORDING, CorpusIdentityException::new);
        return new Checker(file).check(root);
    }

    private static byte[] readBytes(Path file) throws CorpusIdentityException {
        return JsonFileChecks.readBytes(file, MAX_BYTES, "a corpus identity file", size -> String.format(
                "the file is %,d bytes; a corpus identity file of more than %d MiB cannot be one Attrib wrote", size, MAX_BYTES >> 20),
                CorpusIdentityException::new);
    }

    /** Walks the tree once, failing on the first problem with its JSON pointer. */
    private static final class Checker {
        private final JsonFields<CorpusIdentityException> fields;

        Checker(Path file) {
            this.fields = new JsonFields<>(file, CorpusIdentityException::new);
        }

        CorpusIdentity check(JsonNode root) throws CorpusIdentityException {
            int version = fields.formatVersion(root, FORMAT, "an Attrib corpus identity file");
            if (version > VERSION) {
                throw fail("/version", "written by a newer version of Attrib (corpus identity format " + version
                        + "); this one reads format " + VERSION + ": update Attrib to use this file");
            }
            if (version < 1) {
                throw fail("/version", "unknown corpus identity format version " + version + "; they are numbered from 1");
            }
            fields.onlyFields(root, "", TOP_FIELDS);
            JsonNode speakers = root.get("speakers");
            if (speakers == null || !speakers.isArray()) {
                throw fail("/speakers", speakers == null ? "missing field \"speakers\"" : "\"speakers\" must be a JSON array");
            }
            List<StoredSpeaker> out = new ArrayList<>(speakers.size());
            Set<String> ids = new HashSet<>();
            Map<EntityRef, Integer> memberOf = new HashMap<>();
            for (int i = 0; i < speakers.size(); i++) {
                StoredSpeaker s = speaker(speakers.get(i), "/speakers/" + i, memberOf, i);
                if (!ids.add(s.id())) {
                    throw fail("/speakers/" + i + "/id", "duplicate speaker id " + Excerpt.quoted(s.id()));
                }
                out.add(s);
            }
            return CorpusIdentity.of(out);
        }

        private StoredSpeaker speaker(JsonNode n, String at, Map<EntityRef, Integer> memberOf, int index)
                throws CorpusIdentityException {
            if (n == null || !n.isObject()) {
                throw fail(at, "a speaker must be a JSON object");
            }
            fields.onlyFields(n, at, SPEAKER_FIELDS);
            String id = fields.text(n, "id", at);
            if (!ID.matcher(id).matches()) {
                throw fail(at + "/id", "bad id " + Excerpt.quoted(id) + ": use 1 to 100 letters, digits, '_', '.', ':' or '-'");
            }
            String name = null;
            if (n.has("name")) {
                name = fields.text(n, "name", at);
                if (name.isBlank()) {
                    throw fail(at + "/name", "a name must not be blank; leave the field out to name the speaker after its members");
                }
            }
            JsonNode members = n.get("members");
            if (members == null || !members.isArray()) {
                throw fail(at + "/members", members == null ? "missing field \"members\"" : "\"members\" must be a JSON array");
            }
            if (members.isEmpty()) {
                throw fail(at + "/members", "a speaker needs at least one member; remove the speaker instead");
            }
            List<EntityRef> refs = new ArrayList<>(members.size());
            for (int j = 0; j < members.size(); j++) {
                String mat = at + "/members/" + j;
                EntityRef ref = member(members.get(j), mat);
                Integer other = memberOf.putIfAbsent(ref, index);
                if (other != null) {
                    throw fail(mat, ref + " is listed twice" + (other == index ? " in this speaker"
                            : ", also in speaker " + (other + 1) + ": an entity belongs to one corpus speaker"));
                }
                refs.add(ref);
            }
            return new StoredSpeaker(id, name, refs);
        }

        private EntityRef member(JsonNode n, String at) throws CorpusIdentityException {
            if (n == null || !n.isObject()) {
                throw fail(at, "a member must be a JSON object with \"document\" and \"entity\"");
            }
            fields.onlyFields(n, at, MEMBER_FIELDS);
            String document = fields.text(n, "document", at);
            if (!isRelativePath(document)) {
                throw fail(at + "/document", Excerpt.quoted(document) + " is not an article's path relative to the corpus folder "
                        + "(such as world/story.txt, with '/' between folders)");
            }
            String entity = fields.text(n, "entity", at);
            if (!ID.matcher(entity).matches()) {
                throw fail(at + "/entity", "bad entity id " + Excerpt.quoted(entity) + ": use 1 to 100 letters, digits, '_', '.', ':' or '-'");
            }
            return new EntityRef(document, entity);
        }

        private static boolean isRelativePath(String path) {
            if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
                return false;
            }
            for (String part : path.split("/", -1)) {
                if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                    return false;
                }
            }
            return true;
        }

        private CorpusIdentityException fail(String at, String problem) {
            return fields.fail(at, problem);
        }
    }
}
