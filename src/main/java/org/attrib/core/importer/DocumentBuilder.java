package org.attrib.core.importer;

import java.util.regex.Pattern;

import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.edit.UndoableAddEntity;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.SpeakerNames;
import org.attrib.core.text.SourceText;

/**
 * Builds an imported document the way the analyst's own edits would: every entity and
 * annotation is added through an undoable edit. Ids from the imported file are kept when Attrib
 * can use them (valid and not taken), so that a round trip through another format keeps them.
 */
public final class DocumentBuilder {

    /** What annotation files accept as an id. */
    private static final Pattern USABLE_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    private static final String UNNAMED = "Unnamed speaker";

    private final AnnotatedDocument doc;
    private final AnnotationEditor editor;
    private final UndoHistory history = new UndoHistory();

    public DocumentBuilder(SourceText text) {
        this.doc = new AnnotatedDocument(text);
        this.editor = new AnnotationEditor(doc);
    }

    public SourceText text() {
        return doc.source();
    }

    /**
     * Adds a speaker entity under {@code preferredId} if that is usable, else under a new id. The
     * name is kept as given (a blank one becomes "Unnamed speaker"); for a name taken from a
     * mention's text, pass it through {@link SpeakerNames#displayName} first.
     */
    public Entity addEntity(String preferredId, String name, EntityKind kind) {
        String id = usable(preferredId) && doc.entity(preferredId).isEmpty() ? preferredId : doc.newEntityId();
        String given = name == null ? "" : name.strip();
        Entity e = new Entity(id, given.isEmpty() ? UNNAMED : given, kind == null ? EntityKind.PERSON : kind);
        history.execute(new UndoableAddEntity(doc, e));
        return e;
    }

    /** {@code preferredId} if it is usable and not taken, else a new annotation id. */
    public String annotationId(String preferredId) {
        return usable(preferredId) && doc.annotation(preferredId).isEmpty() ? preferredId : doc.newAnnotationId();
    }

    /**
     * Adds an annotation. Its span must lie in the text; a speaker mention must name an entity
     * added before, and a "via" must be a mention of the speaker it is attributed to.
     */
    public Annotation add(Annotation a) {
        doc.source().checkRange(a.start(), a.end());
        if (a.entityId() != null && doc.entity(a.entityId()).isEmpty()) {
            throw new IllegalArgumentException("no entity " + a.entityId());
        }
        if (a.speakerId() != null && doc.entity(a.speakerId()).isEmpty()) {
            throw new IllegalArgumentException("no entity " + a.speakerId());
        }
        if (a.viaId() != null) {
            Annotation via = doc.annotation(a.viaId()).orElseThrow(() -> new IllegalArgumentException("no mention " + a.viaId()));
            if (!via.entityId().equals(a.speakerId())) {
                throw new IllegalArgumentException("mention " + a.viaId() + " is not of " + a.speakerId());
            }
        }
        history.execute(editor.add(a, "Import " + a.type().id()));
        return a;
    }

    public DocumentSnapshot snapshot() {
        return DocumentSnapshot.of(doc);
    }

    static boolean usable(String id) {
        return id != null && USABLE_ID.matcher(id).matches();
    }
}
