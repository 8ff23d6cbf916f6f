package org.attrib.ui.orphans;

import org.attrib.ui.document.DocumentViewModel;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.DocumentListener;
import org.attrib.core.model.Entity;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.tagging.SpanAdjuster;

/**
 * The orphans panel: annotations that could not be placed after the source text changed, with
 * the text they covered; the analyst re-places one on a selection, or deletes it.
 */
public final class OrphansViewModel {

    private final DocumentViewModel documentVm;
    private final ObservableList<StoredAnnotation> orphans = FXCollections.observableArrayList();
    // One read-only view: listeners on a throwaway wrapper would be dropped at the next collection.
    private final ObservableList<StoredAnnotation> orphansView = FXCollections.unmodifiableObservableList(orphans);

    public OrphansViewModel(DocumentViewModel documentVm) {
        this.documentVm = documentVm;
        orphans.setAll(documentVm.orphans());
        documentVm.addModelListener(new DocumentListener() {
            @Override
            public void annotationChanged(Annotation before, Annotation after) {
            }

            @Override
            public void orphansChanged() {
                orphans.setAll(documentVm.orphans());
            }
        });
    }

    public ObservableList<StoredAnnotation> orphans() {
        return orphansView;
    }

    /** Who an orphan was attributed to or mentioned, if that speaker still exists. */
    public String speakerName(StoredAnnotation o) {
        Annotation a = o.annotation();
        String id = a.entityId() != null ? a.entityId() : a.speakerId();
        return Optional.ofNullable(documentVm.entitiesById().get(id)).map(Entity::name).orElse("");
    }

    /** Puts an orphan back on the selected chars {@code [selStart, selEnd)}. */
    public boolean placeOnSelection(StoredAnnotation orphan, int selStart, int selEnd) {
        Optional<SpanAdjuster.Span> span = SpanAdjuster.forSelection(documentVm.source(), selStart, selEnd, false);
        if (span.isEmpty()) {
            documentVm.say("Select the text where the orphaned " + orphan.annotation().type().id()
                    + " belongs, then choose Place on selection.");
            return false;
        }
        var tagging = documentVm.editor().replaceOrphan(orphan, span.get().start(), span.get().end());
        if (!documentVm.execute(tagging.edit())) {
            return false;
        }
        documentVm.select(tagging.annotation());
        documentVm.say("Re-placed the " + orphan.annotation().type().id() + ".");
        return true;
    }

    public boolean delete(StoredAnnotation orphan) {
        boolean ok = documentVm.execute(documentVm.editor().deleteOrphan(orphan));
        if (ok) {
            documentVm.say("Deleted the orphaned " + orphan.annotation().type().id() + ".");
        }
        return ok;
    }
}
