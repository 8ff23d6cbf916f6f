package org.attrib.ui.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.ui.document.DocumentViewModel;

/**
 * Stepping through the open document's annotations: Tab/N and Shift+Tab/P through those the
 * toolbar's "Step through" filter picks (all, a type, a speaker, the unattributed quotes and
 * claims, the suggestions least certain first), Ctrl+Tab through the suggestions; round at the ends.
 */
public final class NavigationViewModel {

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


    private final DocumentViewModel documentVm;
    private final AnnotatedDocument doc;
    private final ObjectProperty<NavigationFilter> navigationFilter =
            new SimpleObjectProperty<>(this, "navigationFilter", NavigationFilter.ALL);

    public NavigationViewModel(DocumentViewModel documentVm) {
        this.documentVm = documentVm;
        this.doc = documentVm.document();
    }

    /** The least certain suggestion first, then the next more certain one (ties in document order). */
    static final java.util.Comparator<Annotation> LEAST_CERTAIN_FIRST = java.util.Comparator
            .comparingDouble((Annotation a) -> a.confidence() == null ? 0.5 : a.confidence())
            .thenComparing(Annotation.DOCUMENT_ORDER);

    /** Selects the next (or previous) annotation that the navigation filter accepts, wrapping round. */
    public Optional<Annotation> navigate(boolean forward) {
        NavigationFilter filter = navigationFilter.get();
        if (filter.kind() == NavigationFilter.Kind.LEAST_CERTAIN_SUGGESTIONS) {
            return stepByCertainty(forward);
        }
        return step(forward, filter::accepts, filter.label().toLowerCase(java.util.Locale.ROOT));
    }

    private Optional<Annotation> stepByCertainty(boolean forward) {
        List<Annotation> pending = new ArrayList<>();
        for (Annotation a : doc.annotations()) {
            if (a.pending()) {
                pending.add(a);
            }
        }
        if (pending.isEmpty()) {
            documentVm.say("There are no suggestions to review.");
            return Optional.empty();
        }
        pending.sort(LEAST_CERTAIN_FIRST);
        Annotation from = documentVm.getSelected();
        int at = from == null || !from.pending() ? -1 : pending.indexOf(from);
        int next = at < 0 ? (forward ? 0 : pending.size() - 1) : Math.floorMod(at + (forward ? 1 : -1), pending.size());
        Annotation a = pending.get(next);
        documentVm.select(a);
        documentVm.say(documentVm.describe(a) + " (" + (next + 1) + " of " + pending.size() + ", least certain first): \"" + DocumentViewModel.excerpt(doc.textOf(a)) + "\"");
        return Optional.of(a);
    }

    /** Selects the next (or previous) suggestion still pending. */
    public Optional<Annotation> nextSuggestion(boolean forward) {
        return step(forward, Annotation::pending, "suggestions");
    }

    private Optional<Annotation> step(boolean forward, Predicate<Annotation> accepts, String what) {
        if (doc.size() == 0) {
            documentVm.say("There are no annotations yet.");
            return Optional.empty();
        }
        Annotation from = documentVm.getSelected();
        Annotation a = from;
        for (int i = 0; i <= doc.size(); i++) {
            a = a == null ? (forward ? doc.first() : doc.last()) : (forward ? doc.next(a) : doc.previous(a));
            if (a == null) {
                a = forward ? doc.first() : doc.last();
            }
            if (accepts.test(a) && (from == null || !a.id().equals(from.id()))) {
                documentVm.select(a);
                documentVm.say(documentVm.describe(a) + ": \"" + DocumentViewModel.excerpt(doc.textOf(a)) + "\"");
                return Optional.of(a);
            }
        }
        documentVm.say(from != null && accepts.test(from) ? "No other " + what + "." : "No " + what + " in this document.");
        return Optional.empty();
    }

    public ObjectProperty<NavigationFilter> navigationFilterProperty() {
        return navigationFilter;
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
}
