package org.attrib.ui.suggest;

import org.attrib.ui.document.DocumentViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.attrib.core.suggest.SuggestionMerger;
import org.attrib.core.suggest.Suggester;
import org.attrib.core.suggest.Suggestions;

/**
 * Machine suggestions: the detector runs off the JavaFX thread; its result is merged into the
 * document as pending annotations in one undoable edit, built on the JavaFX thread just before it
 * runs (so that it sees the document as it is then), never touching the analyst's own.
 */
public final class SuggestViewModel {

    private final DocumentViewModel documentVm;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public SuggestViewModel(DocumentViewModel documentVm) {
        this.documentVm = documentVm;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public void suggest() {
        if (running.get() || documentVm.isReadOnly()) {
            return;
        }
        running.set(true);
        documentVm.say("Looking for quotes, speakers and claims…");
        var source = documentVm.source();
        documentVm.background().execute(() -> {
            try {
                Suggestions s = new Suggester().suggest(source);
                documentVm.fxThread().execute(() -> apply(s));
            } catch (RuntimeException e) {
                documentVm.fxThread().execute(() -> {
                    running.set(false);
                    documentVm.say("Suggesting failed: " + e);
                });
            }
        });
    }

    private void apply(Suggestions s) {
        running.set(false);
        SuggestionMerger.Merge merge = SuggestionMerger.merge(documentVm.document(), s);
        if (merge.addedTotal() == 0) {
            documentVm.say("No new suggestions" + (merge.skipped() > 0 ? " (" + merge.skipped() + " already annotated)" : "") + ".");
            return;
        }
        documentVm.execute(merge.edit());
        documentVm.say(merge.addedTotal() + " suggestions added, drawn dashed: Enter accepts the one under the caret, "
                + "Backspace rejects it, Ctrl+Tab goes to the next.");
        documentVm.nextSuggestion(true);
    }
}
