package org.attrib.core.compare;

import org.attrib.core.model.Annotation;

/** A reference (gold) annotation paired with a compared (predicted) one. */
public record SpanMatch(Annotation gold, Annotation pred) {

    /** Code points the two spans share. */
    public int overlap() {
        return SpanMatcher.overlap(gold, pred);
    }
}
