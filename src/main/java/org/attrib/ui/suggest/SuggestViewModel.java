package org.attrib.ui.suggest;

import org.attrib.ui.article.NavigationViewModel;
import org.attrib.ui.document.DocumentViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.List;
import java.util.Optional;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.suggest.SuggestionMerger;
import org.attrib.core.suggest.Suggester;
import org.attrib.core.suggest.Suggestions;

/**
 * Machine suggestions: the detector runs off the JavaFX thread; its result is merged into the
 * document as pending annotations in one undoable edit, built on the JavaFX thread just before it
 * runs (so that it sees the document as it is then), never touching the analyst's own. Reviewing
 * them: Enter accepts and Backspace rejects the one under the caret, both going on to the next;
 * Suggest > Accept all / Reject all settle a type at once.
 */
public final class SuggestViewModel {

    private final DocumentViewModel documentVm;
    private final NavigationViewModel navigation;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public SuggestViewModel(DocumentViewModel documentVm, NavigationViewModel navigation) {
        this.documentVm = documentVm;
        this.navigation = navigation;
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
        documentVm.work().run(() -> new Suggester().suggest(source), this::apply, e -> {
            running.set(false);
            documentVm.say("Suggesting failed: " + e);
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
        navigation.nextSuggestion(true);
    }

    /**
     * Accepts the suggestion selected or under the caret, with its speaker link, and goes on to
     * the next suggestion after it (round to the first): reviewing moves one way, whether the
     * analyst accepts or rejects.
     */
    public boolean acceptSuggestion(int caret) {
        return pendingAt(caret).map(s -> {
            if (!documentVm.execute(documentVm.editor().accept(s))) {
                return false;
            }
            goOnFrom(s, "Accepted " + s.type().id() + " \"" + DocumentViewModel.excerpt(documentVm.document().textOf(s)) + "\".");
            return true;
        }).orElseGet(() -> {
            documentVm.say("No suggestion here: suggestions are drawn dashed; move into one and press Enter.");
            return false;
        });
    }

    /** Rejects (removes) the suggestion selected or under the caret, and goes on to the next one, as accepting does. */
    public boolean rejectSuggestion(int caret) {
        return pendingAt(caret).map(s -> {
            String what = "Rejected " + s.type().id() + " \"" + DocumentViewModel.excerpt(documentVm.document().textOf(s)) + "\".";
            if (!documentVm.execute(documentVm.editor().reject(s))) {
                return false;
            }
            goOnFrom(s, what);
            return true;
        }).orElseGet(() -> {
            documentVm.say("No suggestion here: suggestions are drawn dashed; move into one and press Backspace.");
            return false;
        });
    }

    /** Selects the first suggestion after {@code settled}'s place (round to the start), or none when all are settled. */
    private void goOnFrom(Annotation settled, String done) {
        Annotation next = null;
        if (documentVm.document().pendingCount() > 0) {
            next = documentVm.document().next(settled);
            while (next != null && !next.pending()) {
                next = documentVm.document().next(next);
            }
            for (Annotation a = documentVm.document().first(); next == null && a != null; a = documentVm.document().next(a)) {
                if (a.pending()) {
                    next = a;
                }
            }
        }
        documentVm.select(next);
        documentVm.say(done + (next == null ? " No suggestions left." : " Next: " + documentVm.describe(next) + " (Enter accepts, Backspace rejects)."));
    }

    private Optional<Annotation> pendingAt(int caret) {
        Annotation sel = documentVm.getSelected();
        if (sel != null && sel.pending()) {
            return Optional.of(sel);
        }
        return documentVm.annotationsAt(Math.min(caret, Math.max(0, documentVm.text().length() - 1))).stream().filter(Annotation::pending).findFirst();
    }

    /**
     * Accepts every suggestion at least as sure as the preference says (and the mentions the
     * accepted quotes and claims go through), in one step; the unsure ones stay to be reviewed.
     */
    public void acceptSure() {
        double from = documentVm.confidentFromProperty().get();
        long before = documentVm.pendingCountProperty().get();
        if (before == 0) {
            documentVm.say("There are no suggestions to accept.");
            return;
        }
        documentVm.execute(documentVm.editor().acceptConfident(from));
        long accepted = before - documentVm.pendingCountProperty().get();
        long left = documentVm.pendingCountProperty().get();
        documentVm.say("Accepted " + accepted + " suggestion" + (accepted == 1 ? "" : "s") + " of certainty " + from + " or more; "
                + left + " less sure " + (left == 1 ? "one is" : "ones are") + " left to review.");
    }

    /** Accepts or rejects every suggestion of a type (null: of every type). */
    public void settleAllSuggestions(AnnotationType type, boolean accept) {
        List<AnnotationType> types = type == null ? List.of(AnnotationType.values()) : List.of(type);
        int n = 0;
        for (AnnotationType t : types) {
            n += (int) documentVm.document().annotations().stream().filter(a -> a.pending() && a.type() == t).count();
        }
        if (n == 0) {
            documentVm.say("There are no suggestions" + (type == null ? "" : " of " + type.id() + "s") + " to settle.");
            return;
        }
        // One edit per type: accepting quotes also accepts the mentions they go through, so the
        // speaker edit must be built after the quote edit ran.
        for (AnnotationType t : types) {
            documentVm.execute(accept ? documentVm.editor().acceptAll(t) : documentVm.editor().rejectAll(t));
        }
        documentVm.say((accept ? "Accepted " : "Rejected ") + n + " suggestion" + (n == 1 ? "" : "s") + ".");
    }
}
