package org.attrib.core.compare;

import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;

/**
 * How precision varies with the confidence predictions carry: for each {@link ConfidenceBand},
 * how many predictions (of every type) fall in it and how many of them match the reference. The
 * matching is that of the whole comparison (per type, one to one), so the bands split its
 * predictions without changing any score. A confidence that ranks well has fewer wrong
 * predictions in its higher bands. Comparisons of several documents add up.
 */
public record ConfidencePrecision(Map<ConfidenceBand, BandCounts> bands) {

    public static final ConfidencePrecision EMPTY = new ConfidencePrecision(Map.of());

    public ConfidencePrecision {
        Map<ConfidenceBand, BandCounts> all = new EnumMap<>(ConfidenceBand.class);
        for (ConfidenceBand b : ConfidenceBand.values()) {
            all.put(b, bands.getOrDefault(b, BandCounts.ZERO));
        }
        bands = Collections.unmodifiableMap(all);
    }

    /** The bands of one document's predictions against its reference; both on the same text. */
    public static ConfidencePrecision of(AnnotationSet gold, AnnotationSet pred) {
        EntityAlignment entities = EntityAlignment.align(gold, pred);
        Map<ConfidenceBand, BandCounts> bands = new EnumMap<>(ConfidenceBand.class);
        for (AnnotationType type : AnnotationType.values()) {
            List<Annotation> g = gold.ofType(type);
            List<Annotation> p = pred.ofType(type);
            Set<Annotation> exact = Collections.newSetFromMap(new IdentityHashMap<>());
            for (SpanMatch m : SpanMatcher.exact(g, p).pairs()) {
                exact.add(m.pred());
            }
            Map<Annotation, Annotation> overlapping = new IdentityHashMap<>();
            for (SpanMatch m : SpanMatcher.overlapping(g, p).pairs()) {
                overlapping.put(m.pred(), m.gold());
            }
            for (Annotation a : p) {
                Annotation reference = overlapping.get(a);
                boolean right = reference != null && (type == AnnotationType.SPEAKER
                        ? entities.same(reference.entityId(), a.entityId())
                        : entities.same(reference.speakerId(), a.speakerId()));
                BandCounts one = new BandCounts(1, exact.contains(a) ? 1 : 0, reference != null ? 1 : 0, right ? 1 : 0);
                bands.merge(ConfidenceBand.of(a.confidence()), one, BandCounts::plus);
            }
        }
        return new ConfidencePrecision(bands);
    }

    public ConfidencePrecision plus(ConfidencePrecision o) {
        Map<ConfidenceBand, BandCounts> sum = new EnumMap<>(bands);
        o.bands.forEach((b, c) -> sum.merge(b, c, BandCounts::plus));
        return new ConfidencePrecision(sum);
    }
}
