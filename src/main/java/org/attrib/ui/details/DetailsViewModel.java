package org.attrib.ui.details;

import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.tagging.TaggingViewModel;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.QuoteForm;

/**
 * The details pane: the selected annotation's speaker, form (quotes), check-worthiness (claims)
 * and note, each shown as a property and changed through an undoable edit.
 */
public final class DetailsViewModel {

    private final DocumentViewModel documentVm;
    private final TaggingViewModel tagging;
    private final ReadOnlyStringWrapper annotationId = new ReadOnlyStringWrapper(this, "annotationId");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "No annotation selected");
    private final ReadOnlyStringWrapper excerpt = new ReadOnlyStringWrapper(this, "excerpt", "");
    private final ReadOnlyObjectWrapper<Entity> speaker = new ReadOnlyObjectWrapper<>(this, "speaker");
    private final ReadOnlyObjectWrapper<QuoteForm> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyObjectWrapper<Boolean> checkWorthy = new ReadOnlyObjectWrapper<>(this, "checkWorthy");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyBooleanWrapper attributable = new ReadOnlyBooleanWrapper(this, "attributable");
    private final ReadOnlyBooleanWrapper quote = new ReadOnlyBooleanWrapper(this, "quote");
    private final ReadOnlyBooleanWrapper claim = new ReadOnlyBooleanWrapper(this, "claim");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);

    public DetailsViewModel(DocumentViewModel documentVm, TaggingViewModel tagging) {
        this.documentVm = documentVm;
        this.tagging = tagging;
        documentVm.selectedProperty().addListener((obs, before, after) -> show(after));
        documentVm.addModelListener(new org.attrib.core.model.DocumentListener() {
            @Override
            public void annotationChanged(Annotation before, Annotation after) {
            }

            @Override
            public void entityChanged(Entity before, Entity after) {
                show(documentVm.getSelected());
            }
        });
        show(documentVm.getSelected());
    }

    private void show(Annotation a) {
        empty.set(a == null);
        annotationId.set(a == null ? null : a.id());
        if (a == null) {
            heading.set("No annotation selected");
            excerpt.set("");
            speaker.set(null);
            form.set(null);
            checkWorthy.set(null);
            note.set("");
            attributable.set(false);
            quote.set(false);
            claim.set(false);
            return;
        }
        heading.set(documentVm.describe(a));
        excerpt.set(DocumentViewModel.excerpt(documentVm.textOf(a)));
        speaker.set(documentVm.speakerOf(a).orElse(null));
        form.set(a.form());
        checkWorthy.set(a.checkWorthy());
        note.set(a.note() == null ? "" : a.note());
        attributable.set(a.type().isAttributable());
        quote.set(a.type() == AnnotationType.QUOTE);
        claim.set(a.type() == AnnotationType.CLAIM);
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty excerptProperty() {
        return excerpt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Entity> speakerProperty() {
        return speaker.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QuoteForm> formProperty() {
        return form.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> checkWorthyProperty() {
        return checkWorthy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty attributableProperty() {
        return attributable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty quoteProperty() {
        return quote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty claimProperty() {
        return claim.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The id of the annotation shown, which the pane's commands apply to; null when none is. */
    public ReadOnlyStringProperty annotationIdProperty() {
        return annotationId.getReadOnlyProperty();
    }

    /**
     * The annotation a command of the pane applies to: the one it was shown for, if it is still
     * the selected one. A command for an annotation the pane no longer shows does nothing.
     */
    private Annotation target(String id) {
        Annotation a = documentVm.getSelected();
        return a != null && a.id().equals(id) ? a : null;
    }

    /** Attributes the shown quote or claim to a speaker (null removes the attribution). */
    public boolean chooseSpeaker(String id, Entity e) {
        Annotation a = target(id);
        if (a == null || !a.type().isAttributable() || Objects.equals(e == null ? null : e.id(), a.speakerId())) {
            return false;
        }
        return tagging.attributeTo(e);
    }

    /** Creates a speaker named {@code name} and attributes the shown quote or claim to it. */
    public boolean createSpeaker(String id, String name) {
        Annotation a = target(id);
        return a != null && a.type().isAttributable() && tagging.attributeToNewSpeaker(name);
    }

    public boolean chooseForm(String id, QuoteForm f) {
        Annotation a = target(id);
        return a != null && a.type() == AnnotationType.QUOTE && a.form() != f
                && documentVm.execute(documentVm.editor().setForm(a, f));
    }

    public boolean chooseCheckWorthy(String id, Boolean b) {
        Annotation a = target(id);
        return a != null && a.type() == AnnotationType.CLAIM && !Objects.equals(a.checkWorthy(), b)
                && documentVm.execute(documentVm.editor().setCheckWorthy(a, b));
    }

    /**
     * Sets the note of annotation {@code id} (when the analyst leaves the field or presses
     * Ctrl+Enter). Unlike the other commands it needs not be the selected one: a note typed for
     * an annotation is kept for it even when the selection moved on before the field was left.
     */
    public boolean commitNote(String id, String text) {
        Annotation a = id == null ? null : documentVm.document().annotation(id).orElse(null);
        String n = text == null || text.isBlank() ? null : text;
        return a != null && !Objects.equals(a.note(), n) && documentVm.execute(documentVm.editor().setNote(a, n));
    }
}
