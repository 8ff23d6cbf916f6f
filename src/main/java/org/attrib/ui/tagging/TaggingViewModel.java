package org.attrib.ui.tagging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.attrib.core.attribution.SpeakerCandidates;
import org.attrib.core.edit.AnnotationEditor;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.tagging.SpanAdjuster;
import org.attrib.core.tagging.WordMoves;
import org.attrib.core.text.SourceText;
import org.attrib.ui.document.DocumentViewModel;

/**
 * Tagging and attribution in the open document, from the keyboard and the toolbar: a type key
 * tags the selection (or retypes the selected annotation), Delete deletes, Alt+Shift+arrows
 * resize, A attributes to the nearest speaker and again to the next; the picker attributes to a
 * chosen or new speaker. Offsets come in UTF-16 chars, as the view has them.
 */
public final class TaggingViewModel {

    private final DocumentViewModel documentVm;
    private final AnnotatedDocument doc;
    private final AnnotationEditor editor;
    private final SourceText text;
    private AttributionCycle cycle;

    public TaggingViewModel(DocumentViewModel documentVm) {
        this.documentVm = documentVm;
        this.doc = documentVm.document();
        this.editor = documentVm.editor();
        this.text = documentVm.source();
    }


    /**
     * What a type key does: with a selection, tags it; with none but a selected annotation of
     * another type, retypes that. Returns the annotation tagged or retyped.
     */
    public Optional<Annotation> typeKey(AnnotationType type, int selStart, int selEnd, boolean exact) {
        if (selStart != selEnd) {
            return tag(type, selStart, selEnd, exact);
        }
        Annotation sel = documentVm.getSelected();
        if (sel == null) {
            documentVm.say("Nothing is selected: select some text, then press " + type.key() + " to tag it as a " + type.id() + ".");
            return Optional.empty();
        }
        if (sel.type() == type) {
            documentVm.say("That is already a " + type.id() + ".");
            return Optional.of(sel);
        }
        if (!documentVm.execute(editor.retype(sel, type))) {
            return Optional.empty();
        }
        Annotation after = doc.annotation(sel.id()).orElseThrow();
        documentVm.select(after);
        documentVm.say("Changed the " + sel.type().id() + " into a " + type.id() + ".");
        return Optional.of(after);
    }

    /**
     * Tags chars {@code [selStart, selEnd)} as {@code type}, trimmed of white space and (unless
     * {@code exact} or the preference says otherwise) grown to whole words. The new annotation
     * becomes the selected one.
     */
    public Optional<Annotation> tag(AnnotationType type, int selStart, int selEnd, boolean exact) {
        if (!documentVm.editable()) {
            return Optional.empty();
        }
        Optional<SpanAdjuster.Span> span = SpanAdjuster.forTag(text, type, selStart, selEnd, exact, documentVm.snapToWordsProperty().get());
        if (span.isEmpty()) {
            documentVm.say(selStart == selEnd
                    ? "Nothing is selected: select some text, then press " + type.key() + " to tag it as a " + type.id() + "."
                    : "The selection holds only white space" + (type == AnnotationType.SPEAKER ? " or punctuation" : "")
                            + "; nothing was tagged.");
            return Optional.empty();
        }
        AnnotationEditor.Tagging tagging = editor.tag(type, span.get().start(), span.get().end());
        documentVm.execute(tagging.edit());
        Annotation created = doc.annotation(tagging.annotation().id()).orElseThrow();
        documentVm.select(created);
        documentVm.say("Tagged " + type.id() + " \"" + DocumentViewModel.excerpt(doc.textOf(created)) + "\""
                + (type == AnnotationType.SPEAKER ? " as " + documentVm.speakerOf(created).map(Entity::name).orElse("?") : "")
                + (type.isAttributable() ? ". Press A to attribute it." : "."));
        return Optional.of(created);
    }

    /** Deletes the selected annotation. */
    public boolean deleteSelected() {
        Annotation sel = documentVm.getSelected();
        if (sel == null) {
            documentVm.say("No annotation is selected: click one, or pick it in the list, then press Delete.");
            return false;
        }
        if (!documentVm.execute(editor.delete(sel))) {
            return false;
        }
        documentVm.say("Deleted " + sel.type().id() + " \"" + DocumentViewModel.excerpt(doc.textOf(sel)) + "\".");
        return true;
    }

    /**
     * Moves an edge of the selected annotation by a word: {@code end} picks the edge,
     * {@code grow} the direction (outwards or inwards).
     */
    public boolean resizeSelected(boolean end, boolean grow) {
        Annotation sel = documentVm.getSelected();
        if (sel == null) {
            documentVm.say("Select an annotation first, then Alt+Shift+Left/Right moves its end, Alt+Shift+Up/Down its start.");
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
            documentVm.say("The " + sel.type().id() + " cannot " + (grow ? "grow" : "shrink") + " any further there.");
            return false;
        }
        if (!documentVm.execute(editor.resize(sel, s, e))) {
            return false;
        }
        Annotation after = doc.annotation(sel.id()).orElseThrow();
        documentVm.select(after);
        documentVm.say("Resized to \"" + DocumentViewModel.excerpt(doc.textOf(after)) + "\".");
        return true;
    }


    /**
     * Attributes the selected quote or claim to the nearest speaker mention (same sentence, then
     * the one before); pressed again right away, to the next candidate, and so on round.
     */
    public boolean attributeToNearest() {
        Annotation sel = documentVm.getSelected();
        if (sel == null || !sel.type().isAttributable()) {
            documentVm.say("Select a quote or claim first; A attributes it to the nearest speaker.");
            return false;
        }
        List<Annotation> candidates;
        int index;
        if (cycle != null && cycle.annotationId().equals(sel.id()) && cycle.version() == documentVm.history().version()) {
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
            documentVm.say("No speaker is tagged yet: select a name and press S, then A.");
            return false;
        }
        Annotation mention = candidates.get(index);
        Entity speaker = doc.entity(mention.entityId()).orElseThrow();
        if (!documentVm.execute(editor.attribute(sel, speaker, mention))) {
            return false;
        }
        cycle = new AttributionCycle(sel.id(), candidates, index, documentVm.history().version());
        documentVm.select(doc.annotation(sel.id()).orElseThrow());
        documentVm.say("Attributed to " + speaker.name() + (candidates.size() > 1
                ? " (" + (index + 1) + " of " + candidates.size() + "; press A again for the next)" : "") + ".");
        return true;
    }

    /** Attributes the selected quote or claim to a speaker, through its mention nearest to it. */
    public boolean attributeTo(Entity speaker) {
        Annotation sel = documentVm.getSelected();
        if (sel == null || !sel.type().isAttributable()) {
            documentVm.say("Select a quote or claim first.");
            return false;
        }
        if (speaker == null) {
            return sel.speakerId() != null && documentVm.execute(editor.unattribute(sel));
        }
        if (speaker.id().equals(sel.speakerId())) {
            return false;
        }
        Annotation via = SpeakerCandidates.rank(doc, sel).stream()
                .filter(m -> speaker.id().equals(m.entityId())).findFirst().orElse(null);
        if (!documentVm.execute(editor.attribute(sel, speaker, via))) {
            return false;
        }
        documentVm.select(doc.annotation(sel.id()).orElseThrow());
        documentVm.say("Attributed to " + speaker.name() + ".");
        return true;
    }

    /** Creates a speaker of that name and attributes the selected quote or claim to it. */
    public boolean attributeToNewSpeaker(String name) {
        Annotation sel = documentVm.getSelected();
        if (sel == null || !sel.type().isAttributable()) {
            documentVm.say("Select a quote or claim first.");
            return false;
        }
        if (name == null || name.isBlank()) {
            return false;
        }
        AnnotationEditor.NewSpeaker created = editor.attributeToNewSpeaker(sel, name);
        if (!documentVm.execute(created.edit())) {
            return false;
        }
        documentVm.select(doc.annotation(sel.id()).orElseThrow());
        documentVm.say("Created the speaker " + created.entity().name() + " and attributed the " + sel.type().id() + " to it.");
        return true;
    }

    /** Remembers the candidates of the last A press, to go on to the next on the next press. */
    private record AttributionCycle(String annotationId, List<Annotation> candidates, int index, long version) {
    }
}
