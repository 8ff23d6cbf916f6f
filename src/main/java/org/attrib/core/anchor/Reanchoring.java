package org.attrib.core.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * Places all the annotations of a file in a changed text: each is found by one {@link Anchorer}
 * in document order; then two annotations of one type that landed on the same span, but covered
 * different spans before, cannot both be right (a mention in a deleted paragraph found again on
 * another mention of the same name). The more certain one keeps the span and the other is looked
 * for again elsewhere; what finds no free place is not placed, and the caller keeps it as an
 * orphan. Annotations that already shared a span keep sharing it.
 */
public final class Reanchoring {

    /** Rounds of looking again for the annotations that lost their span; those still without one after them are not placed. */
    private static final int ROUNDS = 3;

    private record Span(AnnotationType type, int start, int end) {
    }

    private final Map<String, StoredAnnotation> byId = new LinkedHashMap<>();
    private final Map<String, Placement> placements = new HashMap<>();
    /** Ids placed on each span, in the order they were placed there. */
    private final Map<Span, List<String>> occupants = new LinkedHashMap<>();

    private Reanchoring(List<StoredAnnotation> stored) {
        for (StoredAnnotation s : stored) {
            byId.put(s.annotation().id(), s);
        }
    }

    /** Where each annotation of {@code stored} (in document order) lands in {@code text}, by id; those not placed are missing. */
    public static Map<String, Placement> placeAll(SourceText text, int context, List<StoredAnnotation> stored) {
        Reanchoring r = new Reanchoring(stored);
        Anchorer anchorer = new Anchorer(text, context);
        for (StoredAnnotation s : stored) {
            anchorer.place(s).ifPresent(p -> r.put(s, p));
        }
        for (int round = 0;; round++) {
            List<StoredAnnotation> losers = r.losers();
            if (losers.isEmpty()) {
                return r.placements;
            }
            for (StoredAnnotation s : losers) {
                Placement lost = r.remove(s);
                if (round < ROUNDS) {
                    // Not on a span another holds, nor across the one it lost (a fuzzy match a few
                    // characters off the winner's would be the same passage again).
                    TakenSpans taken = (start, end) -> r.takenFor(s, start, end) || start < lost.end() && lost.start() < end;
                    anchorer.placeElsewhere(s, lost, taken).ifPresent(p -> r.put(s, p));
                }
            }
        }
    }

    private void put(StoredAnnotation s, Placement p) {
        placements.put(s.annotation().id(), p);
        occupants.computeIfAbsent(spanOf(s, p), k -> new ArrayList<>(1)).add(s.annotation().id());
    }

    private Placement remove(StoredAnnotation s) {
        Placement p = placements.remove(s.annotation().id());
        Span key = spanOf(s, p);
        List<String> ids = occupants.get(key);
        ids.remove(s.annotation().id());
        if (ids.isEmpty()) {
            occupants.remove(key);
        }
        return p;
    }

    private static Span spanOf(StoredAnnotation s, Placement p) {
        return new Span(s.annotation().type(), p.start(), p.end());
    }

    /** Whether an annotation of {@code s}'s type that covered another span before holds {@code [start, end)}. */
    private boolean takenFor(StoredAnnotation s, int start, int end) {
        List<String> ids = occupants.get(new Span(s.annotation().type(), start, end));
        if (ids == null) {
            return false;
        }
        for (String id : ids) {
            if (!sameOldSpan(byId.get(id), s)) {
                return true;
            }
        }
        return false;
    }

    /** On each shared span, those that did not share the most certain placement's old span. */
    private List<StoredAnnotation> losers() {
        List<StoredAnnotation> out = new ArrayList<>();
        for (List<String> ids : occupants.values()) {
            if (ids.size() < 2) {
                continue;
            }
            StoredAnnotation best = byId.get(ids.get(0));
            for (String id : ids) {
                if (Placement.MOST_CERTAIN_FIRST.compare(placements.get(id), placements.get(best.annotation().id())) < 0) {
                    best = byId.get(id);
                }
            }
            for (String id : ids) {
                if (!sameOldSpan(byId.get(id), best)) {
                    out.add(byId.get(id));
                }
            }
        }
        return out;
    }

    private static boolean sameOldSpan(StoredAnnotation a, StoredAnnotation b) {
        return a.annotation().start() == b.annotation().start() && a.annotation().end() == b.annotation().end();
    }
}
