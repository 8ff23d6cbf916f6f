package org.attrib.core.compare;

import java.util.List;

import org.attrib.core.model.Annotation;

/** The outcome of matching two lists of spans one to one. */
public record Matching(List<SpanMatch> pairs, List<Annotation> unmatchedGold, List<Annotation> unmatchedPred) {

    public Matching {
        pairs = List.copyOf(pairs);
        unmatchedGold = List.copyOf(unmatchedGold);
        unmatchedPred = List.copyOf(unmatchedPred);
    }

    public Counts counts() {
        return new Counts(pairs.size(), unmatchedPred.size(), unmatchedGold.size());
    }
}
