package org.attrib.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Annotations ordered by position, answering "which annotations overlap this range" without
 * looking at the whole document: it scans only those that start within the longest annotation's
 * length before the range.
 */
final class SpanIndex {

    private final TreeSet<Annotation> ordered = new TreeSet<>(Annotation.DOCUMENT_ORDER);
    /** How many annotations have each length, so that the longest is known after removals. */
    private final TreeMap<Integer, Integer> lengths = new TreeMap<>();

    void add(Annotation a) {
        if (ordered.add(a)) {
            lengths.merge(a.length(), 1, Integer::sum);
        }
    }

    void remove(Annotation a) {
        if (ordered.remove(a)) {
            lengths.computeIfPresent(a.length(), (k, v) -> v == 1 ? null : v - 1);
        }
    }

    int size() {
        return ordered.size();
    }

    List<Annotation> inOrder() {
        return new ArrayList<>(ordered);
    }

    /** Annotations with {@code start < to && end > from}, in document order. */
    List<Annotation> overlapping(int from, int to) {
        List<Annotation> out = new ArrayList<>();
        if (ordered.isEmpty() || to <= from) {
            return out;
        }
        int lowestStart = (int) Math.max(0L, (long) from - lengths.lastKey());
        for (Annotation a : ordered.subSet(probe(lowestStart), true, probe(to), false)) {
            if (a.end() > from) {
                out.add(a);
            }
        }
        return out;
    }

    /** The first annotation that starts at or after {@code offset}, or null. */
    Annotation firstStartingAtOrAfter(int offset) {
        return ordered.ceiling(probe(offset));
    }

    /** The last annotation that starts before {@code offset}, or null. */
    Annotation lastStartingBefore(int offset) {
        return ordered.lower(probe(offset));
    }

    Annotation next(Annotation a) {
        return ordered.higher(a);
    }

    Annotation previous(Annotation a) {
        return ordered.lower(a);
    }

    Annotation first() {
        return ordered.isEmpty() ? null : ordered.first();
    }

    Annotation last() {
        return ordered.isEmpty() ? null : ordered.last();
    }

    /** A key that sorts before every annotation starting at {@code start}: minimal end and id. */
    private static Annotation probe(int start) {
        return Annotation.of("", AnnotationType.QUOTE, start, start + 1);
    }
}
