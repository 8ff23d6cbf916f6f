package org.attrib.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

import org.attrib.core.model.Annotation;

/**
 * Pairs the spans of two annotators (or of gold and prediction) one to one, either when they
 * cover exactly the same code points or when they overlap. Types are not looked at: callers pass
 * the spans of one type.
 */
public final class SpanMatcher {

    private SpanMatcher() {
    }

    /** Pairs spans with identical bounds; each span is used at most once. */
    public static Matching exact(List<Annotation> gold, List<Annotation> pred) {
        Map<Long, List<Annotation>> byBounds = new HashMap<>();
        for (Annotation p : sorted(pred)) {
            byBounds.computeIfAbsent(key(p), k -> new ArrayList<>()).add(p);
        }
        List<SpanMatch> pairs = new ArrayList<>();
        List<Annotation> unmatchedGold = new ArrayList<>();
        Set<Annotation> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Annotation g : sorted(gold)) {
            List<Annotation> same = byBounds.get(key(g));
            if (same == null || same.isEmpty()) {
                unmatchedGold.add(g);
            } else {
                Annotation p = same.remove(0);
                used.add(p);
                pairs.add(new SpanMatch(g, p));
            }
        }
        return new Matching(pairs, unmatchedGold, unused(pred, used));
    }

    /**
     * Pairs overlapping spans one to one, greedily: the pair sharing the most code points first
     * (ties: the larger share of the longer span, then document order), until no overlapping pair
     * of unused spans is left.
     */
    public static Matching overlapping(List<Annotation> gold, List<Annotation> pred) {
        List<Annotation> gs = sorted(gold);
        List<Annotation> ps = sorted(pred);
        List<SpanMatch> candidates = new ArrayList<>();
        int first = 0;
        for (Annotation g : gs) {
            // Gold is sorted by start too: a prediction ending before this gold span ends before all later ones.
            while (first < ps.size() && ps.get(first).end() <= g.start()) {
                first++;
            }
            for (int i = first; i < ps.size() && ps.get(i).start() < g.end(); i++) {
                if (overlap(g, ps.get(i)) > 0) {
                    candidates.add(new SpanMatch(g, ps.get(i)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(SpanMatch::overlap).reversed()
                .thenComparing(Comparator.comparingDouble(SpanMatcher::coverage).reversed())
                .thenComparingInt(m -> m.gold().start())
                .thenComparingInt(m -> m.pred().start()));
        Set<Annotation> usedGold = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Annotation> usedPred = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SpanMatch> pairs = new ArrayList<>();
        for (SpanMatch m : candidates) {
            if (!usedGold.contains(m.gold()) && !usedPred.contains(m.pred())) {
                usedGold.add(m.gold());
                usedPred.add(m.pred());
                pairs.add(m);
            }
        }
        pairs.sort(Comparator.comparing(SpanMatch::gold, Annotation.DOCUMENT_ORDER));
        return new Matching(pairs, unused(gs, usedGold), unused(ps, usedPred));
    }

    /** Code points shared by two spans. */
    public static int overlap(Annotation a, Annotation b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static double coverage(SpanMatch m) {
        return (double) m.overlap() / Math.max(m.gold().length(), m.pred().length());
    }

    private static List<Annotation> sorted(List<Annotation> list) {
        List<Annotation> out = new ArrayList<>(list);
        out.sort(Annotation.DOCUMENT_ORDER);
        return out;
    }

    private static List<Annotation> unused(List<Annotation> all, Set<Annotation> used) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : sorted(all)) {
            if (!used.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static long key(Annotation a) {
        return ((long) a.start() << 32) | (a.end() & 0xffffffffL);
    }
}
