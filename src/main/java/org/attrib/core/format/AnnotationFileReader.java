package org.attrib.core.format;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.attrib.core.jsonfile.JsonFields;
import org.attrib.core.jsonfile.JsonFileChecks;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.Ids;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.model.SpeakerNames;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.Excerpt;

/**
 * Reads and checks an annotation file's structure: every field present and of the right kind,
 * ids unique, links pointing at ids that exist. It does not look at the source text; see
 * {@link DocumentBinder} for that. Nothing is bound by type information from the file (no
 * polymorphic typing): the JSON is read field by field, from the token stream when the file is
 * of the current version and as it should be, otherwise as a tree that is checked with a JSON
 * pointer for each problem.
 */
public final class AnnotationFileReader {

    private static final int MAX_DEPTH = 32;
    private static final int MAX_NUMBER_LENGTH = 24;
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_STRING_LENGTH = 80_000_000;

    private static final ObjectMapper MAPPER = JsonFileChecks.strictMapper(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .maxDocumentLength(AnnotationFormat.MAX_BYTES)
            .build());
    private static final JsonFileChecks.Wording WORDING = new JsonFileChecks.Wording(
            "finish the merge in git, or open the article read-only, or start afresh",
            limit -> "implausible content: " + limit + (limit.contains("nested") ? "; an annotation file nests 4" : ""));

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "source", "status", "entities", "annotations", "orphans");
    private static final Set<String> SOURCE_FIELDS = Set.of("file", "sha256", "length");
    private static final Set<String> ENTITY_FIELDS = Set.of("id", "name", "kind", "named");
    private static final Set<String> ANNOTATION_FIELDS = Set.of(
            "id", "type", "start", "end", "text", "prefix", "suffix", "entity", "speaker", "via", "form", "checkWorthy", "note", "pending", "confidence", "reason");
    private static final Set<String> V1_ANNOTATION_FIELDS = Set.of("id", "type", "start", "end", "text", "prefix", "suffix");

    private AnnotationFileReader() {
    }

    public static AnnotationFileContent read(Path file) throws AnnotationFileException {
        return parse(file, readBytes(file));
    }

    /**
     * Reads an annotation file's bytes, refusing folders and files over {@link AnnotationFormat#MAX_BYTES}
     * before reading them.
     */
    public static byte[] readBytes(Path file) throws AnnotationFileException {
        return JsonFileChecks.readBytes(file, AnnotationFormat.MAX_BYTES, "an annotation file", size -> String.format(
                "the file is %,d bytes; Attrib reads annotation files of up to %,d bytes (%d MiB), so this cannot "
                + "be one of its files", size, AnnotationFormat.MAX_BYTES, AnnotationFormat.MAX_BYTES >> 20),
                AnnotationFileException::new);
    }

    /**
     * Parses and checks file content; {@code file} is only used in messages. A file of the current
     * version is read from Jackson's token stream ({@link StreamingAnnotationReader}); anything
     * that reader does not accept is read again as a tree and checked, which words the problem.
     */
    public static AnnotationFileContent parse(Path file, byte[] bytes) throws AnnotationFileException {
        AnnotationFileContent fast = parseStreaming(bytes);
        return fast != null ? fast : parseTree(file, bytes);
    }

    /**
     * Whether the bytes coming from {@code in} (read to its end) are a file that
     * {@link #parse} reads, as far as its fast path can tell: true means they are; false means
     * only {@link #parse} of the whole bytes can say, and word what is wrong.
     */
    public static boolean readsBackFast(InputStream in, int sizeHint) {
        return StreamingAnnotationReader.read(MAPPER.getFactory(), in, sizeHint) != null;
    }

    /**
     * As {@link #parse(Path, byte[])}, handing the annotations to {@code stream} as the fast
     * reader reads them, so that they can be bound while the rest is read. What was handed over
     * holds only if the returned content holds the very same objects (see {@link DocumentBinder.Early}).
     */
    public static AnnotationFileContent parse(Path file, byte[] bytes, AnnotationStream stream) throws AnnotationFileException {
        AnnotationFileContent fast = StreamingAnnotationReader.read(MAPPER.getFactory(), bytes, stream);
        return fast != null ? fast : parseTree(file, bytes);
    }

    /** The tree reader alone: every version, every problem in words. */
    static AnnotationFileContent parseTree(Path file, byte[] bytes) throws AnnotationFileException {
        JsonNode root = JsonFileChecks.readTree(MAPPER, file, bytes, WORDING, AnnotationFileException::new);
        return new Checker(file).check(root);
    }

    /** The fast path alone: the content, or null when the tree reader has to read the file. */
    static AnnotationFileContent parseStreaming(byte[] bytes) {
        return StreamingAnnotationReader.read(MAPPER.getFactory(), bytes);
    }

    /** Whether an id holds only {@code [A-Za-z0-9_.:-]}: checked by hand, as a regular expression costs more than the rest of an annotation. */
    static boolean isIdText(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Walks the tree once, failing on the first problem with its JSON pointer. */
    private static final class Checker {
        private final JsonFields<AnnotationFileException> fields;
        private int version;

        Checker(Path file) {
            this.fields = new JsonFields<>(file, AnnotationFileException::new);
        }

        AnnotationFileContent check(JsonNode root) throws AnnotationFileException {
            version = fields.formatVersion(root, AnnotationFormat.NAME, "an Attrib annotation file");
            if (version > AnnotationFormat.VERSION) {
                throw fail("/version", "written by a newer version of Attrib (file format " + version + "); this one reads formats "
                        + AnnotationFormat.OLDEST_READABLE + " to " + AnnotationFormat.VERSION + ": update Attrib to open this file");
            }
            if (version < AnnotationFormat.OLDEST_READABLE) {
                throw fail("/version", "unknown file format version " + version + "; Attrib's formats are numbered from "
                        + AnnotationFormat.OLDEST_READABLE);
            }
            onlyFields(root, "", TOP_FIELDS);

            SourceRecord source = source(fields.object(root, "source", ""));
            DocumentStatus status = DocumentStatus.NOT_STARTED;
            if (root.has("status")) {
                String s = fields.text(root, "status", "");
                status = DocumentStatus.fromId(s).orElseThrow(() -> fail("/status",
                        "unknown status " + Excerpt.quoted(s) + "; expected not-started, in-progress or done"));
            }

            Map<String, Entity> entities = new HashMap<>();
            List<Entity> entityList = new ArrayList<>();
            if (root.has("entities")) {
                JsonNode arr = fields.array(root, "entities", "");
                for (int i = 0; i < arr.size(); i++) {
                    Entity e = entity(arr.get(i), "/entities/" + i);
                    if (entities.put(e.id(), e) != null) {
                        throw fail("/entities/" + i + "/id", "duplicate entity id " + Excerpt.quoted(e.id()));
                    }
                    entityList.add(e);
                }
            }

            Set<String> ids = new HashSet<>((root.path("annotations").size() + root.path("orphans").size()) * 4 / 3 + 16);
            List<StoredAnnotation> annotations = annotations(root, "annotations", ids, true);
            List<StoredAnnotation> orphans = root.has("orphans") ? annotations(root, "orphans", ids, false) : List.of();
            for (StoredAnnotation a : annotations) {
                if (a.annotation().end() > source.length()) {
                    throw fail(pointerOf(annotations, a, "annotations") + "/end", "end " + a.annotation().end()
                            + " is beyond the end of the article, which the file says is " + source.length() + " characters long");
                }
            }
            if (version == 1) {
                annotations = migrateV1Speakers(annotations, entityList, entities);
            }
            Map<String, Annotation> allIds = new HashMap<>((annotations.size() + orphans.size()) * 4 / 3 + 1);
            for (List<StoredAnnotation> list : List.of(annotations, orphans)) {
                for (StoredAnnotation s : list) {
                    allIds.put(s.annotation().id(), s.annotation());
                }
            }
            checkLinks(annotations, "annotations", entities, allIds);
            checkLinks(orphans, "orphans", entities, allIds);
            return new AnnotationFileContent(version, source, status, entityList, annotations, orphans);
        }

        private SourceRecord source(JsonNode src) throws AnnotationFileException {
            onlyFields(src, "/source", SOURCE_FIELDS);
            String name = fields.text(src, "file", "/source");
            String nameProblem = SourceFileName.problem(name);
            if (nameProblem != null) {
                throw fail("/source/file", nameProblem);
            }
            String sha = fields.text(src, "sha256", "/source");
            if (!SHA256.matcher(sha).matches()) {
                throw fail("/source/sha256", "not a SHA-256 (64 lower-case hex digits)");
            }
            int length = fields.integer(src, "length", "/source");
            return new SourceRecord(name, sha, length);
        }

        private Entity entity(JsonNode n, String at) throws AnnotationFileException {
            if (n == null || !n.isObject()) {
                throw fail(at, "an entity must be a JSON object");
            }
            onlyFields(n, at, ENTITY_FIELDS);
            String id = id(n, at);
            String name = fields.text(n, "name", at);
            if (name.isBlank()) {
                throw fail(at + "/name", "a speaker entity needs a name");
            }
            String k = fields.text(n, "kind", at);
            EntityKind kind = EntityKind.fromId(k).orElseThrow(() -> fail(at + "/kind",
                    "unknown kind " + Excerpt.quoted(k) + "; expected person, organisation or other"));
            boolean named = n.has("named") && fields.bool(n, "named", at);
            return new Entity(id, name, kind, named);
        }

        private List<StoredAnnotation> annotations(JsonNode root, String field, Set<String> ids, boolean required)
                throws AnnotationFileException {
            if (!required && !root.has(field)) {
                return List.of();
            }
            JsonNode arr = fields.array(root, field, "");
            List<StoredAnnotation> out = new ArrayList<>(arr.size());
            for (int i = 0; i < arr.size(); i++) {
                String at = "/" + field + "/" + i;
                StoredAnnotation a = annotation(arr.get(i), at);
                if (!ids.add(a.annotation().id())) {
                    throw fail(at + "/id", "duplicate annotation id " + Excerpt.quoted(a.annotation().id()));
                }
                out.add(a);
            }
            return out;
        }

        private StoredAnnotation annotation(JsonNode n, String at) throws AnnotationFileException {
            if (n == null || !n.isObject()) {
                throw fail(at, "an annotation must be a JSON object");
            }
            onlyFields(n, at, version == 1 ? V1_ANNOTATION_FIELDS : ANNOTATION_FIELDS);
            String id = id(n, at);
            String t = fields.text(n, "type", at);
            AnnotationType type = AnnotationType.fromId(t).orElseThrow(() -> fail(at + "/type",
                    "unknown annotation type " + Excerpt.quoted(t) + "; expected quote, claim or speaker"));
            int start = fields.integer(n, "start", at);
            int end = fields.integer(n, "end", at);
            if (start > end) {
                throw fail(at, "start " + start + " is after end " + end);
            }
            if (start == end) {
                throw fail(at, "empty span: start and end are both " + start);
            }
            String text = fields.text(n, "text", at);
            if (text.codePointCount(0, text.length()) != end - start) {
                throw fail(at + "/text", "the stored text is " + text.codePointCount(0, text.length())
                        + " characters (code points) long but the span [" + start + ", " + end + ") covers " + (end - start));
            }
            String prefix = n.has("prefix") ? fields.text(n, "prefix", at) : "";
            String suffix = n.has("suffix") ? fields.text(n, "suffix", at) : "";
            String entity = fields.optionalText(n, "entity", at);
            String speaker = fields.optionalText(n, "speaker", at);
            String via = fields.optionalText(n, "via", at);
            if (entity != null && type != AnnotationType.SPEAKER) {
                throw fail(at + "/entity", "only speaker annotations mention an entity; this is a " + type.id());
            }
            if (type == AnnotationType.SPEAKER && version >= 2 && entity == null) {
                throw fail(at, "a speaker annotation needs the \"entity\" it mentions");
            }
            if ((speaker != null || via != null) && !type.isAttributable()) {
                throw fail(at + (speaker != null ? "/speaker" : "/via"), "only quotes and claims are attributed; this is a speaker");
            }
            if (via != null && speaker == null) {
                throw fail(at + "/via", "\"via\" needs a \"speaker\"");
            }
            QuoteForm form = null;
            if (n.has("form")) {
                if (type != AnnotationType.QUOTE) {
                    throw fail(at + "/form", "only quotes have a form; this is a " + type.id());
                }
                String f = fields.text(n, "form", at);
                form = QuoteForm.fromId(f).orElseThrow(() -> fail(at + "/form",
                        "unknown quote form " + Excerpt.quoted(f) + "; expected direct, indirect, partial or mixed"));
            }
            Boolean checkWorthy = null;
            if (n.has("checkWorthy")) {
                if (type != AnnotationType.CLAIM) {
                    throw fail(at + "/checkWorthy", "only claims are check-worthy or not; this is a " + type.id());
                }
                checkWorthy = fields.bool(n, "checkWorthy", at);
            }
            String note = fields.optionalText(n, "note", at);
            boolean pending = n.has("pending") && fields.bool(n, "pending", at);
            Double confidence = n.has("confidence") ? fields.numberBetween(n, "confidence", at, 0, 1) : null;
            String reason = fields.optionalText(n, "reason", at);
            Annotation a = new Annotation(id, type, start, end, entity, speaker, via, form, checkWorthy, note, pending, confidence, reason);
            return new StoredAnnotation(a, text, prefix, suffix);
        }

        /** Version 1 had no entities: each speaker mention joins the entity of its normalised name. */
        private List<StoredAnnotation> migrateV1Speakers(List<StoredAnnotation> annotations, List<Entity> entityList,
                Map<String, Entity> entities) {
            Map<String, Entity> byKey = new HashMap<>();
            List<StoredAnnotation> out = new ArrayList<>(annotations.size());
            for (StoredAnnotation s : annotations) {
                Annotation a = s.annotation();
                if (a.type() == AnnotationType.SPEAKER) {
                    Entity e = byKey.computeIfAbsent(SpeakerNames.normalise(s.text()), k -> {
                        Entity fresh = new Entity(Ids.next('e', entities::containsKey), SpeakerNames.displayName(s.text()),
                                EntityKind.PERSON);
                        entities.put(fresh.id(), fresh);
                        entityList.add(fresh);
                        return fresh;
                    });
                    a = a.withEntity(e.id());
                }
                out.add(new StoredAnnotation(a, s.text(), s.prefix(), s.suffix()));
            }
            return out;
        }

        /** Links to entities that exist, and "via" links to a mention of the speaker, placed or orphaned ({@code byId}: both lists). */
        private void checkLinks(List<StoredAnnotation> list, String field, Map<String, Entity> entities, Map<String, Annotation> byId)
                throws AnnotationFileException {
            for (int i = 0; i < list.size(); i++) {
                Annotation a = list.get(i).annotation();
                if (a.entityId() == null && a.speakerId() == null) {
                    continue;
                }
                String at = "/" + field + "/" + i;
                if (a.entityId() != null && !entities.containsKey(a.entityId())) {
                    throw fail(at + "/entity", "links to entity " + Excerpt.quoted(a.entityId()) + ", which the file does not have");
                }
                if (a.speakerId() != null && !entities.containsKey(a.speakerId())) {
                    throw fail(at + "/speaker", "links to entity " + Excerpt.quoted(a.speakerId()) + ", which the file does not have");
                }
                if (a.viaId() != null) {
                    Annotation via = byId.get(a.viaId());
                    if (via == null) {
                        throw fail(at + "/via", "links to annotation " + Excerpt.quoted(a.viaId()) + ", which the file does not have");
                    }
                    if (via.type() != AnnotationType.SPEAKER || !a.speakerId().equals(via.entityId())) {
                        throw fail(at + "/via", "annotation " + Excerpt.quoted(a.viaId()) + " is not a mention of speaker " + Excerpt.quoted(a.speakerId()));
                    }
                }
            }
        }

        private String pointerOf(List<StoredAnnotation> list, StoredAnnotation a, String field) {
            return "/" + field + "/" + list.indexOf(a);
        }

        // ---- field helpers

        private void onlyFields(JsonNode n, String at, Set<String> allowed) throws AnnotationFileException {
            fields.onlyFields(n, at, allowed, version == 1 ? " for format version 1" : "");
        }

        private String id(JsonNode n, String at) throws AnnotationFileException {
            String id = fields.text(n, "id", at);
            if (id.isEmpty() || id.length() > 100 || !isIdText(id)) {
                throw fail(at + "/id", "bad id " + Excerpt.quoted(id) + ": use 1 to 100 letters, digits, '_', '.', ':' or '-'");
            }
            return id;
        }

        private AnnotationFileException fail(String at, String problem) {
            return fields.fail(at, problem);
        }
    }
}
