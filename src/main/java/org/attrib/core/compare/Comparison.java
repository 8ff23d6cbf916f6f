package org.attrib.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;

/**
 * Scores of one annotation set (predicted, or a second analyst's) against a reference (gold, or a
 * first analyst's) over one or more documents: span counts per category with exact and with
 * overlapping matching, speaker attribution over the overlapping matches, and token-level kappa
 * per type. Comparisons of several documents add up (micro-averaging).
 *
 * @param documents how many documents were compared
 * @param exact counts with exact-span matching
 * @param overlap counts with overlapping-span matching
 * @param attribution attribution of the quotes and claims matched by overlap
 * @param kappa token agreement tables per annotation type
 */
public record Comparison(
        int documents,
        Map<Category, Counts> exact,
        Map<Category, Counts> overlap,
        Map<Category, Attribution> attribution,
        Map<AnnotationType, KappaCounts> kappa) {

    public Comparison {
        exact = copy(exact, Category.class);
        overlap = copy(overlap, Category.class);
        attribution = copy(attribution, Category.class);
        kappa = copy(kappa, AnnotationType.class);
    }

    /** Nothing compared yet: the start of a sum. */
    public static Comparison empty() {
        Map<Category, Counts> zeros = new EnumMap<>(Category.class);
        Map<Category, Attribution> attr = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            zeros.put(c, Counts.ZERO);
            if (c.isAttributable()) {
                attr.put(c, Attribution.ZERO);
            }
        }
        Map<AnnotationType, KappaCounts> k = new EnumMap<>(AnnotationType.class);
        for (AnnotationType t : AnnotationType.values()) {
            k.put(t, KappaCounts.ZERO);
        }
        return new Comparison(0, zeros, zeros, attr, k);
    }

    /** Compares one document's two annotation sets; both must be on the same source text. */
    public static Comparison of(AnnotationSet gold, AnnotationSet pred) {
        if (gold.source().length() != pred.source().length() || !gold.source().text().equals(pred.source().text())) {
            throw new IllegalArgumentException("the two annotation sets are on different texts");
        }
        EntityAlignment entities = EntityAlignment.align(gold, pred);
        Map<Category, Counts> exact = new EnumMap<>(Category.class);
        Map<Category, Counts> overlap = new EnumMap<>(Category.class);
        Map<Category, Attribution> attribution = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            List<Annotation> g = select(gold, c);
            List<Annotation> p = select(pred, c);
            exact.put(c, SpanMatcher.exact(g, p).counts());
            Matching m = SpanMatcher.overlapping(g, p);
            overlap.put(c, m.counts());
            if (c.isAttributable()) {
                attribution.put(c, attribution(g, m, entities));
            }
        }
        Map<AnnotationType, KappaCounts> kappa = new EnumMap<>(AnnotationType.class);
        List<int[]> tokens = TokenKappa.tokens(gold.source());
        for (AnnotationType t : AnnotationType.values()) {
            kappa.put(t, TokenKappa.count(tokens, gold.source().length(), gold.ofType(t), pred.ofType(t)));
        }
        return new Comparison(1, exact, overlap, attribution, kappa);
    }

    public Comparison plus(Comparison o) {
        return new Comparison(documents + o.documents,
                merge(exact, o.exact, Counts::plus),
                merge(overlap, o.overlap, Counts::plus),
                merge(attribution, o.attribution, Attribution::plus),
                merge(kappa, o.kappa, KappaCounts::plus));
    }

    private static Attribution attribution(List<Annotation> gold, Matching m, EntityAlignment entities) {
        int goldAttributed = 0;
        for (Annotation g : gold) {
            if (g.speakerId() != null) {
                goldAttributed++;
            }
        }
        int right = 0;
        int goldMatched = 0;
        int eitherMatched = 0;
        for (SpanMatch pair : m.pairs()) {
            String gs = pair.gold().speakerId();
            String ps = pair.pred().speakerId();
            if (gs != null) {
                goldMatched++;
            }
            if (gs != null || ps != null) {
                eitherMatched++;
            }
            if (entities.same(gs, ps)) {
                right++;
            }
        }
        return new Attribution(right, goldMatched, goldAttributed, eitherMatched);
    }

    private static List<Annotation> select(AnnotationSet s, Category c) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : s.annotations()) {
            if (c.includes(a)) {
                out.add(a);
            }
        }
        return out;
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> m, Class<K> keys) {
        Map<K, V> out = new EnumMap<>(keys);
        out.putAll(m);
        return Collections.unmodifiableMap(out);
    }

    private static <K extends Enum<K>, V> Map<K, V> merge(Map<K, V> a, Map<K, V> b, BinaryOperator<V> op) {
        Map<K, V> out = new java.util.HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, op));
        return out;
    }
}
