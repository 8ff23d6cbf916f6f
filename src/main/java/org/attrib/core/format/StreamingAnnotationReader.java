package org.attrib.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.model.StoredAnnotation;

/**
 * The fast path of {@link AnnotationFileReader}: reads a file of the current format version
 * straight from Jackson's token stream into its content, without a tree. It checks what the
 * tree reader checks, but it has no words for problems: on anything it does not accept (another
 * version, a null, an unknown field, a broken rule, a parse error) it gives up and returns null,
 * and the tree reader reads the file again and says what is wrong. So a file is accepted by this
 * reader only if the tree reader accepts it too, with the same content.
 */
final class StreamingAnnotationReader {

    /** Giving up, without a stack trace: it only tells {@link #read} to return null. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final JsonParser p;
    private final Map<String, Entity> entities = new HashMap<>();
    private final List<Entity> entityList = new ArrayList<>();
    private final Map<String, Annotation> annotationIds;
    private final Map<String, Annotation> orphanIds = new HashMap<>();
    /** Whether the entities were read: links of annotations read after them are checked as they are read, while in cache. */
    private boolean entitiesRead;
    /** Lists of annotations read before the entities, whose links are checked at the end. */
    private final List<List<StoredAnnotation>> uncheckedLinks = new ArrayList<>();

    /** An annotation file lists about one annotation per this many bytes. */
    private static final int BYTES_PER_ANNOTATION = 300;
    /** Annotations handed to the stream at a time: enough to make each hand-over cheap, few enough to start binding early. */
    private static final int BATCH = 256;

    /** Who gets the annotations while they are read; null for none. */
    private final AnnotationStream stream;
    private final int sizeHint;

    private StreamingAnnotationReader(JsonParser p, int sizeHint, AnnotationStream stream) {
        this.p = p;
        this.stream = stream;
        this.sizeHint = sizeHint;
        // Sized from the file (an annotation takes about 300 bytes): growing a map of 50,000 ids rehashes it again and again.
        this.annotationIds = new HashMap<>(Math.max(16, sizeHint / 200));
    }

    /** The file's content, or null when the tree reader has to read it. */
    static AnnotationFileContent read(JsonFactory json, byte[] bytes) {
        return read(json, bytes, null);
    }

    /** As {@link #read(JsonFactory, byte[])}, handing the annotations to {@code stream} as they are read. */
    static AnnotationFileContent read(JsonFactory json, byte[] bytes, AnnotationStream stream) {
        return read(() -> json.createParser(bytes), bytes.length, stream);
    }

    /** As {@link #read(JsonFactory, byte[])}, from a stream, which it reads to its end. */
    static AnnotationFileContent read(JsonFactory json, InputStream in, int sizeHint) {
        return read(() -> json.createParser(in), sizeHint, null);
    }

    /** Opens the parser of the bytes to read. */
    @FunctionalInterface
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private static AnnotationFileContent read(ParserSource source, int sizeHint, AnnotationStream stream) {
        try (JsonParser p = source.open()) {
            // Duplicate fields are caught by this reader's own field masks, cheaper than the parser's set of names per object.
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return new StreamingAnnotationReader(p, sizeHint, stream).file();
        } catch (IOException | RuntimeException e) {
            // Whatever went wrong, the tree reader finds it again and words it.
            return null;
        }
    }

    private AnnotationFileContent file() throws IOException {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        boolean formatSeen = false;
        boolean versionSeen = false;
        SourceRecord source = null;
        DocumentStatus status = DocumentStatus.NOT_STARTED;
        List<StoredAnnotation> annotations = null;
        List<StoredAnnotation> orphans = List.of();
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "format" -> formatSeen = AnnotationFormat.NAME.equals(text());
                case "version" -> versionSeen = integer() == AnnotationFormat.VERSION;
                case "source" -> source = source();
                case "status" -> status = DocumentStatus.fromId(text()).orElseThrow(() -> GIVE_UP);
                case "entities" -> entities();
                case "annotations" -> {
                    boolean streamed = stream != null && source != null && entitiesRead;
                    if (streamed) {
                        stream.begin(source.sha256(), entityList, sizeHint / BYTES_PER_ANNOTATION);
                    }
                    annotations = annotations(annotationIds, orphanIds, streamed);
                }
                case "orphans" -> orphans = annotations(orphanIds, annotationIds, false);
                default -> throw GIVE_UP;
            }
            seen = once(seen, name);
        }
        // The tree reader refuses content after the object (FAIL_ON_TRAILING_TOKENS).
        expect(p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null);
        expect(formatSeen && versionSeen && source != null && annotations != null);
        for (StoredAnnotation a : annotations) {
            expect(a.annotation().end() <= source.length());
        }
        for (List<StoredAnnotation> list : uncheckedLinks) {
            for (StoredAnnotation a : list) {
                checkEntityLinks(a.annotation());
            }
        }
        checkVia(annotations);
        checkVia(orphans);
        return new AnnotationFileContent(AnnotationFormat.VERSION, source, status, entityList, annotations, orphans);
    }

    private SourceRecord source() throws IOException {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        String file = null;
        String sha = null;
        int length = -1;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "file" -> file = text();
                case "sha256" -> sha = text();
                case "length" -> length = integer();
                default -> throw GIVE_UP;
            }
            seen = once(seen, name);
        }
        expect(file != null && SourceFileName.problem(file) == null && sha != null && isSha256(sha) && length >= 0);
        return new SourceRecord(file, sha, length);
    }

    private void entities() throws IOException {
        expect(p.nextToken() == JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String id = null;
            String entityName = null;
            EntityKind kind = null;
            boolean named = false;
            int seen = 0;
            String name;
            while ((name = p.nextFieldName()) != null) {
                switch (name) {
                    case "id" -> id = text();
                    case "name" -> entityName = text();
                    case "kind" -> kind = EntityKind.fromId(text()).orElseThrow(() -> GIVE_UP);
                    case "named" -> named = bool();
                    default -> throw GIVE_UP;
                }
                seen = once(seen, name);
            }
            expect(isId(id) && entityName != null && !entityName.isBlank() && kind != null);
            Entity e = new Entity(id, entityName, kind, named);
            expect(entities.put(id, e) == null);
            entityList.add(e);
        }
        expect(p.currentToken() == JsonToken.END_ARRAY);
        entitiesRead = true;
    }

    /** One list of annotations; ids are unique across both lists. */
    private List<StoredAnnotation> annotations(Map<String, Annotation> ids, Map<String, Annotation> otherIds, boolean streamed)
            throws IOException {
        expect(p.nextToken() == JsonToken.START_ARRAY);
        List<StoredAnnotation> out = new ArrayList<>();
        int handed = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            StoredAnnotation s = annotation();
            String id = s.annotation().id();
            expect(ids.put(id, s.annotation()) == null && !otherIds.containsKey(id));
            if (entitiesRead) {
                checkEntityLinks(s.annotation());
            }
            out.add(s);
            if (streamed && out.size() - handed == BATCH) {
                stream.annotations(List.copyOf(out.subList(handed, out.size())));
                handed = out.size();
            }
        }
        expect(p.currentToken() == JsonToken.END_ARRAY);
        if (streamed && handed < out.size()) {
            stream.annotations(List.copyOf(out.subList(handed, out.size())));
        }
        if (!entitiesRead) {
            uncheckedLinks.add(out);
        }
        return out;
    }

    private StoredAnnotation annotation() throws IOException {
        String id = null;
        AnnotationType type = null;
        int start = -1;
        int end = -1;
        String text = null;
        String prefix = "";
        String suffix = "";
        String entity = null;
        String speaker = null;
        String via = null;
        QuoteForm form = null;
        Boolean checkWorthy = null;
        String note = null;
        boolean pending = false;
        Double confidence = null;
        String reason = null;
        int seen = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            switch (name) {
                case "id" -> id = text();
                case "type" -> type = AnnotationType.fromId(text()).orElseThrow(() -> GIVE_UP);
                case "start" -> start = integer();
                case "end" -> end = integer();
                case "text" -> text = text();
                case "prefix" -> prefix = text();
                case "suffix" -> suffix = text();
                case "entity" -> entity = text();
                case "speaker" -> speaker = text();
                case "via" -> via = text();
                case "form" -> form = QuoteForm.fromId(text()).orElseThrow(() -> GIVE_UP);
                case "checkWorthy" -> checkWorthy = bool();
                case "note" -> note = text();
                case "pending" -> pending = bool();
                case "confidence" -> confidence = fraction();
                case "reason" -> reason = text();
                default -> throw GIVE_UP;
            }
            seen = once(seen, name);
        }
        expect(isId(id) && type != null && start >= 0 && start < end && text != null
                && text.codePointCount(0, text.length()) == end - start);
        expect(type == AnnotationType.SPEAKER ? entity != null : entity == null);
        expect(type.isAttributable() || speaker == null && via == null);
        expect(via == null || speaker != null);
        expect(form == null || type == AnnotationType.QUOTE);
        expect(checkWorthy == null || type == AnnotationType.CLAIM);
        Annotation a = new Annotation(id, type, start, end, entity, speaker, via, form, checkWorthy, note, pending, confidence, reason);
        return new StoredAnnotation(a, text, prefix, suffix);
    }

    private void checkEntityLinks(Annotation a) {
        expect(a.entityId() == null || entities.containsKey(a.entityId()));
        expect(a.speakerId() == null || entities.containsKey(a.speakerId()));
    }

    /** A "via" is a mention of the annotation's speaker, placed or orphaned. */
    private void checkVia(List<StoredAnnotation> list) {
        for (StoredAnnotation s : list) {
            Annotation a = s.annotation();
            if (a.viaId() != null) {
                Annotation via = annotationIds.containsKey(a.viaId()) ? annotationIds.get(a.viaId()) : orphanIds.get(a.viaId());
                expect(via != null && via.type() == AnnotationType.SPEAKER && a.speakerId().equals(via.entityId()));
            }
        }
    }

    // ---- values: a null, or a value of another kind, is the tree reader's to word

    private String text() throws IOException {
        String s = p.nextTextValue();
        expect(s != null);
        return s;
    }

    /** A whole number from 0 to {@link Integer#MAX_VALUE}. */
    private int integer() throws IOException {
        expect(p.nextToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT);
        int v = p.getIntValue();
        expect(v >= 0);
        return v;
    }

    /** A number from 0 to 1, whole or not. */
    private double fraction() throws IOException {
        JsonToken t = p.nextToken();
        expect(t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT);
        double v = p.getDoubleValue();
        expect(v >= 0 && v <= 1);
        return v;
    }

    private boolean bool() throws IOException {
        JsonToken t = p.nextToken();
        expect(t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE);
        return t == JsonToken.VALUE_TRUE;
    }

    private static boolean isId(String id) {
        return id != null && !id.isEmpty() && id.length() <= 100 && AnnotationFileReader.isIdText(id);
    }

    private static boolean isSha256(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks a field of an object as read, giving up when it was read before: the parser's own
     * duplicate detection is off. A bit for each name from its hash, mixed by a multiplier chosen
     * so that the names of each kind of object get different bits (a clash would only send valid
     * files to the tree reader, which the tests would catch).
     */
    private static int once(int seen, String name) {
        int bit = 1 << ((name.hashCode() * 0x923) >>> 27);
        expect((seen & bit) == 0);
        return seen | bit;
    }

    private static void expect(boolean ok) {
        if (!ok) {
            throw GIVE_UP;
        }
    }
}
