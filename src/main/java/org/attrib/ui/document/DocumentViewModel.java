package org.attrib.ui.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.attribution.SpeakerCandidates;
import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.edit.UndoHistory;
import org.attrib.core.edit.UndoableEdit;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.Autosaver;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.io.FileStamp;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentListener;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.tagging.SpanAdjuster;
import org.attrib.core.tagging.WordMoves;
import org.attrib.core.text.SourceText;
import org.attrib.ui.article.Highlight;
import org.attrib.ui.article.HighlightStyler;
import org.attrib.ui.article.SpeakerLabel;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Everything the window shows of one open document, as JavaFX properties, and every action the
 * analyst takes on it. With the smaller view-models beside it (speakers, details, find,
 * suggestions, orphans), the only part of the window that touches the document model: views bind
 * to properties and call actions in UTF-16 offsets; this class converts to code points.
 *
 * <p>Lives on the JavaFX thread. File I/O runs in the background (the autosaver's threads and
 * {@code background}); results come back through {@code fxThread}.
 */
public final class DocumentViewModel {

    /** Told which chars need restyling after a change, so that only they are restyled. */
    public interface RestyleListener {
        void restyle(int fromChar, int toChar);
    }

    /**
     * The annotations Tab/N and Shift+Tab/P step through: all, one type, one speaker's, the
     * quotes and claims still without a speaker, or the suggestions, least certain first.
     */
    public record NavigationFilter(String label, AnnotationType type, String entityId, Kind kind) {

        /** What else than a type or a speaker a filter picks. */
        public enum Kind { PLAIN, UNATTRIBUTED, LEAST_CERTAIN_SUGGESTIONS }

        public static final NavigationFilter ALL = new NavigationFilter("All annotations", null, null, Kind.PLAIN);
        public static final NavigationFilter UNATTRIBUTED =
                new NavigationFilter("Unattributed quotes and claims", null, null, Kind.UNATTRIBUTED);
        public static final NavigationFilter LEAST_CERTAIN =
                new NavigationFilter("Suggestions, least certain first", null, null, Kind.LEAST_CERTAIN_SUGGESTIONS);

        boolean accepts(Annotation a) {
            if (kind == Kind.UNATTRIBUTED) {
                return a.type().isAttributable() && a.speakerId() == null;
            }
            if (kind == Kind.LEAST_CERTAIN_SUGGESTIONS) {
                return a.pending();
            }
            if (type != null && a.type() != type) {
                return false;
            }
            return entityId == null || entityId.equals(a.entityId()) || entityId.equals(a.speakerId());
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final Path sourcePath;
    private final Path annotationFile;
    private final AnnotatedDocument doc;
    private final SourceText text;
    private final UndoHistory history = new UndoHistory();
    private final AnnotationEditor editor;
    private final Executor background;
    private final Executor fxThread;
    private final boolean readOnly;
    private final Autosaver autosaver;
    private DocumentSnapshot base;

    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    /**
     * One read-only view for every caller: a wrapper listens to the list only weakly, so a
     * listener added to a wrapper nobody keeps would be dropped at the next collection.
     */
    private final ObservableList<Annotation> readOnlyAnnotations = FXCollections.unmodifiableObservableList(annotations);
    private final ReadOnlyObjectWrapper<Annotation> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(this, "saveState");
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper(this, "saveProblem", "");
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk");
    private final ReadOnlyStringWrapper theirsUnreadable = new ReadOnlyStringWrapper(this, "theirsUnreadable", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Map<AnnotationType, IntegerProperty> counts = new EnumMap<>(AnnotationType.class);
    private final IntegerProperty pendingCount = new SimpleIntegerProperty(this, "pendingCount");
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(this, "snapToWords", true);
    private final ObjectProperty<NavigationFilter> navigationFilter =
            new SimpleObjectProperty<>(this, "navigationFilter", NavigationFilter.ALL);
    private final ReadOnlyObjectWrapper<Entity> focusEntity = new ReadOnlyObjectWrapper<>(this, "focusEntity");
    private final ReadOnlyIntegerWrapper entityVersion = new ReadOnlyIntegerWrapper(this, "entityVersion");
    private final List<RestyleListener> restyleListeners = new CopyOnWriteArrayList<>();
    private final List<DocumentListener> modelListeners = new CopyOnWriteArrayList<>();
    /** Find matches, as sorted, non-overlapping UTF-16 ranges {start, end}. */
    private List<int[]> matches = List.of();
    private AttributionCycle cycle;
    /** Speaker colours by entity id, built when first asked for and dropped when speakers change. */
    private Map<String, Integer> colours;

    public DocumentViewModel(DocumentFiles.Opened opened, boolean readOnly, Duration autosaveDelay, Executor background,
            Executor fxThread) {
        this.sourcePath = opened.source();
        this.annotationFile = opened.annotationFile();
        this.doc = opened.document();
        this.text = doc.source();
        this.readOnly = readOnly;
        this.background = background;
        this.fxThread = fxThread;
        this.editor = new AnnotationEditor(doc);
        this.base = DocumentSnapshot.of(doc);
        for (AnnotationType t : AnnotationType.values()) {
            counts.put(t, new SimpleIntegerProperty(this, t.id() + "Count", doc.count(t)));
        }
        pendingCount.set(doc.pendingCount());
        done.set(doc.status() == DocumentStatus.DONE);
        annotations.setAll(doc.annotations());
        doc.addListener(new DocumentListener() {
            @Override
            public void annotationChanged(Annotation before, Annotation after) {
                onAnnotationChanged(before, after);
                modelListeners.forEach(l -> l.annotationChanged(before, after));
            }

            @Override
            public void entityChanged(Entity before, Entity after) {
                onEntityChanged(before, after);
                modelListeners.forEach(l -> l.entityChanged(before, after));
            }

            @Override
            public void statusChanged(DocumentStatus before, DocumentStatus after) {
                done.set(after == DocumentStatus.DONE);
                modelListeners.forEach(l -> l.statusChanged(before, after));
            }

            @Override
            public void orphansChanged() {
                modelListeners.forEach(DocumentListener::orphansChanged);
            }
        });
        history.addListener(h -> historyChanged());
        if (readOnly) {
            autosaver = null;
        } else {
            autosaver = new Autosaver(annotationFile, opened.stamp(), () -> DocumentSnapshot.of(doc), fxThread,
                    autosaveDelay, this::autosaverStatus);
            autosaver.watch(doc);
            if (opened.report().sourceChanged()) {
                // Re-anchored annotations differ from the file until the analyst saves.
                history.forgetSavedState();
                autosaver.markUnsaved();
            }
        }
        historyChanged();
    }

    // ---- for the view-models of the panels (speakers, details, find, suggestions, orphans, compare),
    // which work on this document; views never use these (ArchUnit keeps views off the core's edits)

    public AnnotatedDocument document() {
        return doc;
    }

    public AnnotationEditor editor() {
        return editor;
    }

    public Executor background() {
        return background;
    }

    public Executor fxThread() {
        return fxThread;
    }

    /** Listeners told of model changes after this view-model has updated itself. */
    public void addModelListener(DocumentListener l) {
        modelListeners.add(l);
    }

    /** Runs an edit through the undo history, unless the document is read-only. */
    public boolean execute(UndoableEdit edit) {
        if (!editable()) {
            return false;
        }
        history.execute(edit);
        return true;
    }

    public void say(String s) {
        message.set(s);
    }

    // ---- what the view shows

    public String text() {
        return text.text();
    }

    public SourceText source() {
        return text;
    }

    public Path sourcePath() {
        return sourcePath;
    }

    public Path annotationFile() {
        return annotationFile;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Every annotation, unsorted; the table sorts a view of it. */
    public ObservableList<Annotation> annotations() {
        return readOnlyAnnotations;
    }

    public ReadOnlyObjectProperty<Annotation> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Annotation getSelected() {
        return selected.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Ctrl+Z would undo ("Rename speaker to …"), empty when nothing. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** What Ctrl+Shift+Z would redo, empty when nothing. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Why the last save failed, for the analyst; empty when it did not. */
    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    /** True while the annotation file changed on disk and the analyst has not chosen what to keep. */
    public ReadOnlyBooleanProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** The latest thing worth telling the analyst, for the status bar. */
    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyIntegerProperty countProperty(AnnotationType type) {
        return counts.get(type);
    }

    public ReadOnlyIntegerProperty pendingCountProperty() {
        return pendingCount;
    }

    /** Whether tagging grows a selection to whole words (a preference; Shift keeps exact characters). */
    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }

    public ObjectProperty<NavigationFilter> navigationFilterProperty() {
        return navigationFilter;
    }

    /** The speaker whose mentions and attributed quotes and claims are highlighted. */
    public ReadOnlyObjectProperty<Entity> focusEntityProperty() {
        return focusEntity.getReadOnlyProperty();
    }

    /** The filters the navigation offers: all, each type, each speaker. */
    public List<NavigationFilter> navigationFilters() {
        List<NavigationFilter> out = new ArrayList<>();
        out.add(NavigationFilter.ALL);
        out.add(new NavigationFilter("Quotes", AnnotationType.QUOTE, null, NavigationFilter.Kind.PLAIN));
        out.add(new NavigationFilter("Claims", AnnotationType.CLAIM, null, NavigationFilter.Kind.PLAIN));
        out.add(new NavigationFilter("Speaker mentions", AnnotationType.SPEAKER, null, NavigationFilter.Kind.PLAIN));
        out.add(NavigationFilter.UNATTRIBUTED);
        out.add(NavigationFilter.LEAST_CERTAIN);
        for (Entity e : doc.entities()) {
            out.add(new NavigationFilter("Speaker: " + e.name(), null, e.id(), NavigationFilter.Kind.PLAIN));
        }
        return out;
    }

    /** Counts changes of speaker entities (names, kinds), for views that show names. */
    public ReadOnlyIntegerProperty entityVersionProperty() {
        return entityVersion.getReadOnlyProperty();
    }

    public void addRestyleListener(RestyleListener l) {
        restyleListeners.add(l);
    }

    /** The UTF-16 range an annotation covers, as {start, end}. */
    public int[] charRange(Annotation a) {
        return new int[] {text.toChar(a.start()), text.toChar(a.end())};
    }

    /** The text an annotation covers. */
    public String textOf(Annotation a) {
        return doc.textOf(a);
    }

    /** The speaker entity of an annotation: the one it mentions or is attributed to. */
    public Optional<Entity> speakerOf(Annotation a) {
        return doc.entity(a.type() == AnnotationType.SPEAKER ? a.entityId() : a.speakerId());
    }

    /** A one-line description of an annotation: type, speaker, for tooltips and the status bar. */
    public String describe(Annotation a) {
        String who = speakerOf(a).map(Entity::name).orElse(null);
        String kind = (a.pending() ? "Suggested " + a.type().id() : a.type().label());
        if (a.type() == AnnotationType.SPEAKER) {
            return kind + " mention of " + (who == null ? "?" : who);
        }
        return kind + (who == null ? ", not attributed" : " by " + who);
    }

    /** Annotations over a char offset, innermost first. */
    public List<Annotation> annotationsAt(int charOffset) {
        if (charOffset < 0 || charOffset >= text.text().length()) {
            return List.of();
        }
        List<Annotation> at = new ArrayList<>(doc.at(text.toCodePoint(charOffset)));
        at.sort(INNERMOST_FIRST);
        return at;
    }

    private static final java.util.Comparator<Annotation> INNERMOST_FIRST = (x, y) -> x.length() != y.length()
            ? Integer.compare(x.length(), y.length()) : Annotation.DOCUMENT_ORDER.compare(y, x);

    /** Style spans for chars {@code [fromChar, toChar)}, from the annotations over them. */
    public StyleSpans<Collection<String>> styleSpans(int fromChar, int toChar) {
        int from = text.toCodePoint(fromChar);
        int to = Math.max(from + 1, text.toCodePoint(toChar));
        List<Highlight> highlights = new ArrayList<>();
        Annotation sel = selected.get();
        String linked = sel == null ? null : sel.viaId();
        Entity focus = focusEntity.get();
        for (Annotation a : doc.overlapping(from, Math.min(to, text.length()))) {
            int s = text.toChar(a.start());
            int e = text.toChar(a.end());
            highlights.add(new Highlight(s, e, styleClass(a)));
            if (sel != null && sel.id().equals(a.id())) {
                highlights.add(new Highlight(s, e, "selected"));
            }
            if (a.id().equals(linked)) {
                highlights.add(new Highlight(s, e, "linked"));
            }
            if (focus != null && (focus.id().equals(a.entityId()) || focus.id().equals(a.speakerId()))) {
                highlights.add(new Highlight(s, e, "focus"));
            }
        }
        for (int[] m : matchesIn(fromChar, toChar)) {
            highlights.add(new Highlight(m[0], m[1], "match"));
        }
        return HighlightStyler.spans(highlights, fromChar, toChar);
    }

    /**
     * The speaker labels of the quotes and claims that end in chars {@code [fromChar, toChar)}
     * (the visible part of the article), in document order; one speaker colour per speaker, by
     * the order speakers were added.
     */
    public List<SpeakerLabel> speakerLabels(int fromChar, int toChar) {
        int from = text.toCodePoint(Math.max(0, fromChar));
        int to = Math.min(text.length(), text.toCodePoint(Math.min(toChar, text.text().length())));
        if (to <= from) {
            return List.of();
        }
        Annotation sel = selected.get();
        List<SpeakerLabel> out = new ArrayList<>();
        for (Annotation a : doc.overlapping(from, to)) {
            if (!a.type().isAttributable() || a.speakerId() == null || a.end() <= from || a.end() > to) {
                continue;
            }
            Entity e = doc.entity(a.speakerId()).orElse(null);
            if (e != null) {
                out.add(new SpeakerLabel(text.toChar(a.end()), e.name(), colourOf(e.id()), a.pending(),
                        sel != null && sel.id().equals(a.id())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(SpeakerLabel::endChar));
        return out;
    }

    /** Each speaker's colour: its place among the document's speakers, round the palette. */
    private int colourOf(String entityId) {
        if (colours == null) {
            colours = new HashMap<>();
            for (Entity e : doc.entities()) {
                colours.put(e.id(), colours.size() % SpeakerLabel.COLOURS);
            }
        }
        return colours.getOrDefault(entityId, 0);
    }

    /** The style class an annotation's chars get: its type, or its type plus "-pending" for a suggestion. */
    public static String styleClass(Annotation a) {
        return a.pending() ? a.type().id() + "-pending" : a.type().id();
    }

    // ---- tagging

    /**
     * What a type key does: with a selection, tags it; with none but a selected annotation of
     * another type, retypes that. Returns the annotation tagged or retyped.
     */
    public Optional<Annotation> typeKey(AnnotationType type, int selStart, int selEnd, boolean exact) {
        if (selStart != selEnd) {
            return tag(type, selStart, selEnd, exact);
        }
        Annotation sel = selected.get();
        if (sel == null) {
            say("Nothing is selected: select some text, then press " + type.key() + " to tag it as a " + type.id() + ".");
            return Optional.empty();
        }
        if (sel.type() == type) {
            say("That is already a " + type.id() + ".");
            return Optional.of(sel);
        }
        if (!execute(editor.retype(sel, type))) {
            return Optional.empty();
        }
        Annotation after = doc.annotation(sel.id()).orElseThrow();
        select(after);
        say("Changed the " + sel.type().id() + " into a " + type.id() + ".");
        return Optional.of(after);
    }

    /**
     * Tags chars {@code [selStart, selEnd)} as {@code type}, trimmed of white space and (unless
     * {@code exact} or the preference says otherwise) grown to whole words. The new annotation
     * becomes the selected one.
     */
    public Optional<Annotation> tag(AnnotationType type, int selStart, int selEnd, boolean exact) {
        if (!editable()) {
            return Optional.empty();
        }
        Optional<SpanAdjuster.Span> span = SpanAdjuster.forTag(text, type, selStart, selEnd, exact, snapToWords.get());
        if (span.isEmpty()) {
            say(selStart == selEnd
                    ? "Nothing is selected: select some text, then press " + type.key() + " to tag it as a " + type.id() + "."
                    : "The selection holds only white space" + (type == AnnotationType.SPEAKER ? " or punctuation" : "")
                            + "; nothing was tagged.");
            return Optional.empty();
        }
        AnnotationEditor.Tagging tagging = editor.tag(type, span.get().start(), span.get().end());
        execute(tagging.edit());
        Annotation created = doc.annotation(tagging.annotation().id()).orElseThrow();
        select(created);
        say("Tagged " + type.id() + " \"" + excerpt(doc.textOf(created)) + "\""
                + (type == AnnotationType.SPEAKER ? " as " + speakerOf(created).map(Entity::name).orElse("?") : "")
                + (type.isAttributable() ? ". Press A to attribute it." : "."));
        return Optional.of(created);
    }

    /** Deletes the selected annotation. */
    public boolean deleteSelected() {
        Annotation sel = selected.get();
        if (sel == null) {
            say("No annotation is selected: click one, or pick it in the list, then press Delete.");
            return false;
        }
        if (!execute(editor.delete(sel))) {
            return false;
        }
        say("Deleted " + sel.type().id() + " \"" + excerpt(doc.textOf(sel)) + "\".");
        return true;
    }

    /**
     * Moves an edge of the selected annotation by a word: {@code end} picks the edge,
     * {@code grow} the direction (outwards or inwards).
     */
    public boolean resizeSelected(boolean end, boolean grow) {
        Annotation sel = selected.get();
        if (sel == null) {
            say("Select an annotation first, then Alt+Shift+Left/Right moves its end, Alt+Shift+Up/Down its start.");
            return false;
        }
        int s = sel.start();
        int e = sel.end();
        if (end) {
            e = grow ? WordMoves.nextWordEnd(text, e) : WordMoves.previousWordEnd(text, e);
        } else {
            s = grow ? WordMoves.previousWordStart(text, s) : WordMoves.nextWordStart(text, s);
        }
        if (e <= s || (s == sel.start() && e == sel.end())) {
            say("The " + sel.type().id() + " cannot " + (grow ? "grow" : "shrink") + " any further there.");
            return false;
        }
        if (!execute(editor.resize(sel, s, e))) {
            return false;
        }
        Annotation after = doc.annotation(sel.id()).orElseThrow();
        selected.set(after);
        say("Resized to \"" + excerpt(doc.textOf(after)) + "\".");
        return true;
    }

    // ---- attribution

    /**
     * Attributes the selected quote or claim to the nearest speaker mention (same sentence, then
     * the one before); pressed again right away, to the next candidate, and so on round.
     */
    public boolean attributeToNearest() {
        Annotation sel = selected.get();
        if (sel == null || !sel.type().isAttributable()) {
            say("Select a quote or claim first; A attributes it to the nearest speaker.");
            return false;
        }
        List<Annotation> candidates;
        int index;
        if (cycle != null && cycle.annotationId().equals(sel.id()) && cycle.stillCurrent(history)) {
            candidates = cycle.candidates();
            index = (cycle.index() + 1) % candidates.size();
        } else {
            candidates = SpeakerCandidates.rank(doc, sel);
            index = 0;
            if (!candidates.isEmpty() && sel.speakerId() != null && candidates.get(0).entityId().equals(sel.speakerId())
                    && Objects.equals(candidates.get(0).id(), sel.viaId()) && candidates.size() > 1) {
                index = 1; // already attributed to the first: a press means "not this one"
            }
        }
        if (candidates.isEmpty()) {
            say("No speaker is tagged yet: select a name and press S, then A.");
            return false;
        }
        Annotation mention = candidates.get(index);
        Entity speaker = doc.entity(mention.entityId()).orElseThrow();
        if (!execute(editor.attribute(sel, speaker, mention))) {
            return false;
        }
        cycle = new AttributionCycle(sel.id(), candidates, index, history.version());
        select(doc.annotation(sel.id()).orElseThrow());
        say("Attributed to " + speaker.name() + (candidates.size() > 1
                ? " (" + (index + 1) + " of " + candidates.size() + "; press A again for the next)" : "") + ".");
        return true;
    }

    /** Attributes the selected quote or claim to a speaker, through its mention nearest to it. */
    public boolean attributeTo(Entity speaker) {
        Annotation sel = selected.get();
        if (sel == null || !sel.type().isAttributable()) {
            say("Select a quote or claim first.");
            return false;
        }
        if (speaker == null) {
            return sel.speakerId() != null && execute(editor.unattribute(sel));
        }
        if (speaker.id().equals(sel.speakerId())) {
            return false;
        }
        Annotation via = SpeakerCandidates.rank(doc, sel).stream()
                .filter(m -> speaker.id().equals(m.entityId())).findFirst().orElse(null);
        if (!execute(editor.attribute(sel, speaker, via))) {
            return false;
        }
        select(doc.annotation(sel.id()).orElseThrow());
        say("Attributed to " + speaker.name() + ".");
        return true;
    }

    /** Creates a speaker of that name and attributes the selected quote or claim to it. */
    public boolean attributeToNewSpeaker(String name) {
        Annotation sel = selected.get();
        if (sel == null || !sel.type().isAttributable()) {
            say("Select a quote or claim first.");
            return false;
        }
        if (name == null || name.isBlank()) {
            return false;
        }
        AnnotationEditor.NewSpeaker created = editor.attributeToNewSpeaker(sel, name);
        if (!execute(created.edit())) {
            return false;
        }
        select(doc.annotation(sel.id()).orElseThrow());
        say("Created the speaker " + created.entity().name() + " and attributed the " + sel.type().id() + " to it.");
        return true;
    }

    /** Remembers the candidates of the last A press, to go on to the next on the next press. */
    private record AttributionCycle(String annotationId, List<Annotation> candidates, int index, long version) {
        boolean stillCurrent(UndoHistory h) {
            return h.version() == version;
        }
    }

    // ---- navigation and selection

    /** Selects the next (or previous) annotation that the navigation filter accepts, wrapping round. */
    public Optional<Annotation> navigate(boolean forward) {
        NavigationFilter filter = navigationFilter.get();
        if (filter.kind() == NavigationFilter.Kind.LEAST_CERTAIN_SUGGESTIONS) {
            return stepByCertainty(forward);
        }
        return step(forward, filter::accepts, filter.label().toLowerCase(java.util.Locale.ROOT));
    }

    /** The least certain suggestion first, then the next more certain one (ties in document order). */
    static final java.util.Comparator<Annotation> LEAST_CERTAIN_FIRST = java.util.Comparator
            .comparingDouble((Annotation a) -> a.confidence() == null ? 0.5 : a.confidence())
            .thenComparing(Annotation.DOCUMENT_ORDER);

    private Optional<Annotation> stepByCertainty(boolean forward) {
        List<Annotation> pending = new ArrayList<>();
        for (Annotation a : doc.annotations()) {
            if (a.pending()) {
                pending.add(a);
            }
        }
        if (pending.isEmpty()) {
            say("There are no suggestions to review.");
            return Optional.empty();
        }
        pending.sort(LEAST_CERTAIN_FIRST);
        Annotation from = selected.get();
        int at = from == null || !from.pending() ? -1 : pending.indexOf(from);
        int next = at < 0 ? (forward ? 0 : pending.size() - 1) : Math.floorMod(at + (forward ? 1 : -1), pending.size());
        Annotation a = pending.get(next);
        select(a);
        say(describe(a) + (a.confidence() == null ? "" : String.format(java.util.Locale.ROOT, ", certainty %.2f", a.confidence()))
                + " (" + (next + 1) + " of " + pending.size() + ", least certain first): \"" + excerpt(doc.textOf(a)) + "\"");
        return Optional.of(a);
    }

    /** Selects the next (or previous) suggestion still pending. */
    public Optional<Annotation> nextSuggestion(boolean forward) {
        return step(forward, Annotation::pending, "suggestions");
    }

    private Optional<Annotation> step(boolean forward, Predicate<Annotation> accepts, String what) {
        if (doc.size() == 0) {
            say("There are no annotations yet.");
            return Optional.empty();
        }
        Annotation from = selected.get();
        Annotation a = from;
        for (int i = 0; i <= doc.size(); i++) {
            a = a == null ? (forward ? doc.first() : doc.last()) : (forward ? doc.next(a) : doc.previous(a));
            if (a == null) {
                a = forward ? doc.first() : doc.last();
            }
            if (accepts.test(a) && (from == null || !a.id().equals(from.id()))) {
                select(a);
                say(describe(a) + ": \"" + excerpt(doc.textOf(a)) + "\"");
                return Optional.of(a);
            }
        }
        say(from != null && accepts.test(from) ? "No other " + what + "." : "No " + what + " in this document.");
        return Optional.empty();
    }

    /** Selects an annotation (null to clear), restyling what the selection leaves and enters. */
    public void select(Annotation a) {
        Annotation before = selected.get();
        Annotation after = a == null ? null : doc.annotation(a.id()).orElse(null);
        if (Objects.equals(before, after)) {
            return;
        }
        selected.set(after);
        restyleSelection(before);
        restyleSelection(after);
    }

    /** Restyles an annotation and the mention it links to (both change look with the selection). */
    private void restyleSelection(Annotation a) {
        if (a == null) {
            return;
        }
        doc.annotation(a.id()).ifPresent(this::fireRestyle);
        if (a.viaId() != null) {
            doc.annotation(a.viaId()).ifPresent(this::fireRestyle);
        }
    }

    /** Selects an annotation by id (from another view); says so when it is not there. */
    public void selectById(String id) {
        doc.annotation(id).ifPresentOrElse(a -> {
            select(a);
            say(describe(a) + ": \"" + excerpt(doc.textOf(a)) + "\"");
        }, () -> say("That annotation is no longer in " + sourcePath.getFileName() + "."));
    }

    /**
     * Selects the annotation at a char offset (the innermost, i.e. shortest, when several
     * overlap); clears the selection where there is none. Returns what was selected.
     */
    public Optional<Annotation> selectAt(int charOffset) {
        List<Annotation> at = annotationsAt(charOffset);
        Annotation pick = at.isEmpty() ? null : at.get(0);
        select(pick);
        if (pick != null) {
            say(describe(pick) + ".");
        }
        return Optional.ofNullable(pick);
    }

    /** Highlights all mentions of a speaker and all that is attributed to it (null: none). */
    public void focus(Entity entity) {
        Entity before = focusEntity.get();
        if (Objects.equals(before, entity)) {
            return;
        }
        focusEntity.set(entity);
        restyleEntity(before);
        restyleEntity(entity);
    }

    private void restyleEntity(Entity e) {
        if (e == null) {
            return;
        }
        for (Annotation a : doc.annotations()) {
            if (e.id().equals(a.entityId()) || e.id().equals(a.speakerId())) {
                fireRestyle(a);
            }
        }
    }

    // ---- suggestions under the caret

    /**
     * Accepts the suggestion selected or under the caret, with its speaker link, and goes on to
     * the next suggestion after it (round to the first): reviewing moves one way, whether the
     * analyst accepts or rejects.
     */
    public boolean acceptSuggestion(int caret) {
        return pendingAt(caret).map(s -> {
            if (!execute(editor.accept(s))) {
                return false;
            }
            goOnFrom(s, "Accepted " + s.type().id() + " \"" + excerpt(doc.textOf(s)) + "\".");
            return true;
        }).orElseGet(() -> {
            say("No suggestion here: suggestions are drawn dashed; move into one and press Enter.");
            return false;
        });
    }

    /** Rejects (removes) the suggestion selected or under the caret, and goes on to the next one, as accepting does. */
    public boolean rejectSuggestion(int caret) {
        return pendingAt(caret).map(s -> {
            String what = "Rejected " + s.type().id() + " \"" + excerpt(doc.textOf(s)) + "\".";
            if (!execute(editor.reject(s))) {
                return false;
            }
            goOnFrom(s, what);
            return true;
        }).orElseGet(() -> {
            say("No suggestion here: suggestions are drawn dashed; move into one and press Backspace.");
            return false;
        });
    }

    /** Selects the first suggestion after {@code settled}'s place (round to the start), or none when all are settled. */
    private void goOnFrom(Annotation settled, String done) {
        Annotation next = null;
        if (doc.pendingCount() > 0) {
            next = doc.next(settled);
            while (next != null && !next.pending()) {
                next = doc.next(next);
            }
            for (Annotation a = doc.first(); next == null && a != null; a = doc.next(a)) {
                if (a.pending()) {
                    next = a;
                }
            }
        }
        select(next);
        say(done + (next == null ? " No suggestions left." : " Next: " + describe(next) + " (Enter accepts, Backspace rejects)."));
    }

    private Optional<Annotation> pendingAt(int caret) {
        Annotation sel = selected.get();
        if (sel != null && sel.pending()) {
            return Optional.of(sel);
        }
        return annotationsAt(Math.min(caret, Math.max(0, text.text().length() - 1))).stream().filter(Annotation::pending).findFirst();
    }

    /** Accepts or rejects every suggestion of a type (null: of every type). */
    public void settleAllSuggestions(AnnotationType type, boolean accept) {
        List<AnnotationType> types = type == null ? List.of(AnnotationType.values()) : List.of(type);
        int n = 0;
        for (AnnotationType t : types) {
            n += (int) doc.annotations().stream().filter(a -> a.pending() && a.type() == t).count();
        }
        if (n == 0) {
            say("There are no suggestions" + (type == null ? "" : " of " + type.id() + "s") + " to settle.");
            return;
        }
        // One edit per type: accepting quotes also accepts the mentions they go through, so the
        // speaker edit must be built after the quote edit ran.
        for (AnnotationType t : types) {
            execute(accept ? editor.acceptAll(t) : editor.rejectAll(t));
        }
        say((accept ? "Accepted " : "Rejected ") + n + " suggestion" + (n == 1 ? "" : "s") + ".");
    }

    // ---- find matches (set by the find view-model)

    public void setMatches(List<int[]> newMatches) {
        List<int[]> before = matches;
        matches = List.copyOf(newMatches);
        for (int[] m : before) {
            fireRestyle(m[0], m[1]);
        }
        for (int[] m : matches) {
            fireRestyle(m[0], m[1]);
        }
    }

    private List<int[]> matchesIn(int fromChar, int toChar) {
        if (matches.isEmpty()) {
            return List.of();
        }
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid)[1] <= fromChar) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int i = lo; i < matches.size() && matches.get(i)[0] < toChar; i++) {
            out.add(matches.get(i));
        }
        return out;
    }

    // ---- history, status

    public void undo() {
        history.undo().ifPresentOrElse(e -> say("Undid: " + e.description() + "."), () -> say("Nothing to undo."));
    }

    public void redo() {
        history.redo().ifPresentOrElse(e -> say("Redid: " + e.description() + "."), () -> say("Nothing to redo."));
    }

    /** Marks the document done (or back in progress), undoably. */
    public void toggleDone() {
        boolean nowDone = doc.status() == DocumentStatus.DONE;
        if (execute(editor.markDone(!nowDone))) {
            say(nowDone ? "Marked in progress." : "Marked done.");
        }
    }

    // ---- saving

    /**
     * Saves now (Ctrl+S), in the background; the save state follows. Returns false when no save
     * was started: the document is read-only, or its file changed on disk and the analyst must
     * first choose what to keep (the window asks).
     */
    public boolean save() {
        if (readOnly) {
            say("This document is open read-only; its annotation file is not written.");
            return false;
        }
        if (changedOnDisk.get()) {
            say(annotationFile.getFileName() + " was changed by someone else: merge, keep yours or reload theirs, "
                    + "or save a copy elsewhere (File > Save a copy as…).");
            return false;
        }
        autosaver.saveNow();
        return true;
    }

    /** Changes the autosave delay; zero or null turns autosave off. */
    public void setAutosaveDelay(Duration delay) {
        if (autosaver != null) {
            autosaver.setDelay(delay);
        }
    }

    /**
     * Checks in the background whether someone else changed the annotation file (on window
     * focus); {@code ifChanged} runs when it did, to ask the analyst what to keep. A file changed
     * earlier and now back as this window last saved it ends the conflict: saving resumes.
     */
    public void checkDisk(Runnable ifChanged) {
        if (autosaver == null) {
            return;
        }
        FileStamp known = autosaver.stamp();
        boolean wasChanged = changedOnDisk.get();
        background.execute(() -> {
            try {
                boolean changed = DocumentFiles.changedOnDisk(annotationFile, known);
                fxThread.execute(() -> {
                    if (!known.equals(autosaver.stamp())) {
                        return;
                    }
                    if (!changed && wasChanged && changedOnDisk.get()) {
                        changedOnDisk.set(false);
                        autosaver.rebase(known);
                        say(annotationFile.getFileName() + " is again as you last saved it; saving goes on.");
                    } else if (changed) {
                        changedOnDisk.set(true);
                        say(annotationFile.getFileName() + " was changed by someone else; choose what to keep.");
                        ifChanged.run();
                    }
                });
            } catch (java.io.IOException e) {
                fxThread.execute(() -> say("Cannot check " + annotationFile + ": " + e.getMessage()));
            }
        });
    }

    /** Keeps this window's annotations: theirs are copied aside, then ours are written. */
    public void keepMine() {
        changedOnDisk.set(false);
        theirsUnreadable.set("");
        autosaver.keepMine();
        say("Kept your annotations; the other version was kept beside the file as a copy.");
    }

    /** Replaces this window's annotations with the file's (undoable). */
    public void reloadTheirs() {
        readTheirs(theirs -> {
            execute(editor.replaceAll(theirs.snapshot(), "Reload from disk"));
            autosaver.reloaded(theirs.stamp());
            history.markSaved();
            base = theirs.snapshot();
            changedOnDisk.set(false);
            say("Reloaded the annotations from disk (Ctrl+Z brings yours back).");
        });
    }

    /** What to keep where both sides changed the same annotation. */
    public enum ConflictChoice { MINE, THEIRS, CANCEL }

    /**
     * Merges the file's annotations with this window's by annotation id, in the background;
     * {@code choose} is shown the conflicts (one sentence each) and says which side wins them.
     */
    public void mergeWithDisk(java.util.function.Function<List<String>, ConflictChoice> choose) {
        DocumentSnapshot mine = DocumentSnapshot.of(doc);
        DocumentSnapshot common = base;
        readTheirs(theirs -> {
            org.attrib.core.merge.MergeResult result = org.attrib.core.merge.AnnotationMerge.merge(common, mine, theirs.snapshot());
            List<String> conflicts = result.conflicts().stream().map(org.attrib.core.merge.MergeConflict::description).toList();
            ConflictChoice choice = choose.apply(conflicts);
            if (choice == ConflictChoice.CANCEL) {
                return;
            }
            DocumentSnapshot merged = (choice == ConflictChoice.MINE ? result.keepingMine() : result.keepingTheirs()).snapshot();
            execute(editor.replaceAll(merged, "Merge with changes on disk"));
            autosaver.rebase(theirs.stamp());
            changedOnDisk.set(false);
            autosaver.saveNow();
            say("Merged with the changes on disk" + (conflicts.isEmpty() ? "." : "; " + conflicts.size()
                    + " conflict(s) settled with " + (choice == ConflictChoice.MINE ? "yours." : "theirs.")));
        });
    }

    /** Saves a copy of the annotations to another file (after a failed save), in the background. */
    public void saveCopyTo(Path file) {
        DocumentSnapshot snapshot = DocumentSnapshot.of(doc);
        background.execute(() -> {
            try {
                DocumentFiles.save(snapshot, file);
                fxThread.execute(() -> say("Saved a copy to " + file + "."));
            } catch (java.io.IOException | RuntimeException e) {
                fxThread.execute(() -> say("Could not save a copy to " + file + ": " + e.getMessage()));
            }
        });
    }

    private void readTheirs(java.util.function.Consumer<DocumentFiles.Theirs> then) {
        background.execute(() -> {
            try {
                DocumentFiles.Theirs theirs = DocumentFiles.readTheirs(annotationFile, text);
                fxThread.execute(() -> then.accept(theirs));
            } catch (org.attrib.core.format.AnnotationFileException e) {
                fxThread.execute(() -> {
                    String problem = "Their version cannot be read: " + e.getMessage() + ".";
                    say(problem + " Keep yours (theirs is kept beside it as a copy), or save a copy elsewhere.");
                    theirsUnreadable.set("");
                    theirsUnreadable.set(problem);
                });
            }
        });
    }

    /**
     * Why the changed file on disk could not be read for a merge or a reload, or empty: the
     * window then asks again, offering what still works (keep mine, save a copy).
     */
    public ReadOnlyStringProperty theirsUnreadableProperty() {
        return theirsUnreadable.getReadOnlyProperty();
    }

    private void autosaverStatus(Autosaver.Status status) {
        switch (status.state()) {
            case SAVED -> {
                history.markSaved();
                base = DocumentSnapshot.of(doc);
                saveProblem.set("");
                String at = status.message().startsWith("Saved") ? status.message().substring("Saved".length()) : "";
                say("Saved " + annotationFile.getFileName() + at + ".");
            }
            case FAILED -> {
                saveProblem.set(status.message());
                say(status.message());
            }
            case CONFLICT -> {
                changedOnDisk.set(true);
                say(status.message().isEmpty()
                        ? annotationFile.getFileName() + " was changed by someone else; choose what to keep." : status.message());
            }
            default -> {
            }
        }
        historyChanged();
    }

    /** Stops autosaving (the window closes); a save under way is finished. */
    public void close() {
        if (autosaver != null) {
            autosaver.close();
        }
    }

    // ---- internals

    private boolean editable() {
        if (readOnly) {
            say("This document is open read-only: its annotation file could not be read.");
            return false;
        }
        return true;
    }

    private void onAnnotationChanged(Annotation before, Annotation after) {
        if (before == null) {
            annotations.add(after);
        } else if (after == null) {
            annotations.remove(before);
        } else {
            int i = annotations.indexOf(before);
            annotations.set(i, after);
        }
        Annotation sel = selected.get();
        if (sel != null && before != null && sel.id().equals(before.id())) {
            selected.set(after);
            if (!Objects.equals(sel.viaId(), after == null ? null : after.viaId())) {
                restyleSelection(sel);
                restyleSelection(after);
            }
        }
        if (before != null) {
            counts.get(before.type()).set(doc.count(before.type()));
            fireRestyle(before);
        }
        if (after != null) {
            counts.get(after.type()).set(doc.count(after.type()));
            fireRestyle(after);
        }
        pendingCount.set(doc.pendingCount());
    }

    private void onEntityChanged(Entity before, Entity after) {
        if (before == null || after == null) {
            colours = null;
        }
        entityVersion.set(entityVersion.get() + 1);
        Entity focus = focusEntity.get();
        if (focus != null && before != null && focus.id().equals(before.id())) {
            focusEntity.set(after);
        }
    }

    private void fireRestyle(Annotation a) {
        fireRestyle(text.toChar(a.start()), text.toChar(a.end()));
    }

    private void fireRestyle(int from, int to) {
        for (RestyleListener l : restyleListeners) {
            l.restyle(from, to);
        }
    }

    private void historyChanged() {
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoDescription.set(history.undoDescription().orElse(""));
        redoDescription.set(history.redoDescription().orElse(""));
        String name = sourcePath.getFileName().toString();
        title.set(name + (history.isDirty() ? "*" : "") + (readOnly ? " (read-only)" : "") + " — Attrib");
        saveState.set(saveStateNow());
    }

    private SaveState saveStateNow() {
        if (readOnly) {
            return SaveState.READ_ONLY;
        }
        return switch (autosaver.status().state()) {
            case SAVING -> SaveState.SAVING;
            case FAILED -> SaveState.FAILED;
            case CONFLICT -> SaveState.CONFLICT;
            default -> history.isDirty() ? SaveState.UNSAVED : SaveState.SAVED;
        };
    }

    public static String excerpt(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 50 ? flat : flat.substring(0, 47) + "…";
    }

    /** Position to remember for this document, in code points. */
    public int codePointOf(int charOffset) {
        return text.toCodePoint(Math.min(charOffset, text.text().length()));
    }

    public int charOf(int codePoint) {
        return text.toChar(Math.min(Math.max(0, codePoint), text.length()));
    }

    /** Orphans kept after the source changed (for the orphans view-model). */
    public List<StoredAnnotation> orphans() {
        return doc.orphans();
    }

    /** Entities and their ids, for pickers. */
    public Map<String, Entity> entitiesById() {
        Map<String, Entity> m = new HashMap<>();
        for (Entity e : doc.entities()) {
            m.put(e.id(), e);
        }
        return m;
    }
}
