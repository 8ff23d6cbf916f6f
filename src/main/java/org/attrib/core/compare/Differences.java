package org.attrib.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;

/**
 * Where two analysts' annotations of the same article differ, one difference per annotation
 * pair: annotations only one of them made, and annotations both made (their spans overlap) but
 * with other bounds or another speaker. Speakers are compared through the entity alignment, since
 * entity ids differ between files.
 */
public final class Differences {

    /** What differs. */
    public enum Kind {
        ONLY_A("only in A"),
        ONLY_B("only in B"),
        SPAN("different bounds"),
        SPEAKER("different speaker");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One difference.
     *
     * @param kind what differs
     * @param type the annotations' type
     * @param a side A's annotation, or null when only B has one
     * @param b side B's annotation, or null when only A has one
     */
    public record Difference(Kind kind, AnnotationType type, Annotation a, Annotation b) {
        /** Where it is, for ordering: the earlier of the two starts. */
        public int position() {
            return Math.min(a == null ? Integer.MAX_VALUE : a.start(), b == null ? Integer.MAX_VALUE : b.start());
        }
    }

    private Differences() {
    }

    public static List<Difference> between(AnnotationSet a, AnnotationSet b) {
        EntityAlignment alignment = EntityAlignment.align(a, b);
        List<Difference> out = new ArrayList<>();
        for (AnnotationType type : AnnotationType.values()) {
            Matching m = SpanMatcher.overlapping(a.ofType(type), b.ofType(type));
            for (SpanMatch p : m.pairs()) {
                Annotation x = p.gold();
                Annotation y = p.pred();
                if (x.start() != y.start() || x.end() != y.end()) {
                    out.add(new Difference(Kind.SPAN, type, x, y));
                } else if (!sameSpeaker(x, y, alignment)) {
                    out.add(new Difference(Kind.SPEAKER, type, x, y));
                }
            }
            m.unmatchedGold().forEach(x -> out.add(new Difference(Kind.ONLY_A, type, x, null)));
            m.unmatchedPred().forEach(y -> out.add(new Difference(Kind.ONLY_B, type, null, y)));
        }
        out.sort(Comparator.comparingInt(Difference::position).thenComparing(d -> d.type().ordinal()));
        return out;
    }

    private static boolean sameSpeaker(Annotation x, Annotation y, EntityAlignment alignment) {
        String ex = x.type() == AnnotationType.SPEAKER ? x.entityId() : x.speakerId();
        String ey = y.type() == AnnotationType.SPEAKER ? y.entityId() : y.speakerId();
        if (ex == null || ey == null) {
            return ex == null && ey == null;
        }
        return alignment.same(ex, ey);
    }

    /** The name side B's annotation gives its speaker, if any. */
    public static Optional<String> speakerName(Annotation x, List<Entity> entities) {
        String id = x.type() == AnnotationType.SPEAKER ? x.entityId() : x.speakerId();
        return entities.stream().filter(e -> Objects.equals(e.id(), id)).map(Entity::name).findFirst();
    }
}
