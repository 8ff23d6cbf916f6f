package org.attrib.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.SpeakerNames;

/**
 * Which speaker entity of one annotation set is which of another's. Entity ids differ between
 * two files of the same article, so entities are paired one to one by evidence: each pair of
 * overlapping mentions counts one; sharing a normalised name (display name or mention text)
 * counts one; one name containing the other as whole words ("Lopez Obrador" in "Andres Manuel
 * Lopez Obrador") counts a half. Pairs are taken greedily, strongest first.
 */
public final class EntityAlignment {

    private final Map<String, String> aToB;
    private final Map<String, String> bToA;

    private EntityAlignment(Map<String, String> aToB) {
        this.aToB = Collections.unmodifiableMap(aToB);
        Map<String, String> reverse = new HashMap<>();
        aToB.forEach((a, b) -> reverse.put(b, a));
        this.bToA = Collections.unmodifiableMap(reverse);
    }

    /** Aligns the entities of side A with those of side B. */
    public static EntityAlignment align(AnnotationSet a, AnnotationSet b) {
        Map<String, Set<String>> namesA = names(a);
        Map<String, Set<String>> namesB = names(b);
        Map<String, Map<String, Double>> score = new LinkedHashMap<>();
        List<Annotation> mentionsA = mentions(a);
        List<Annotation> mentionsB = mentions(b);
        for (SpanMatch m : allOverlaps(mentionsA, mentionsB)) {
            add(score, m.gold().entityId(), m.pred().entityId(), 1.0);
        }
        for (Map.Entry<String, Set<String>> ea : namesA.entrySet()) {
            for (Map.Entry<String, Set<String>> eb : namesB.entrySet()) {
                double s = nameScore(ea.getValue(), eb.getValue());
                if (s > 0) {
                    add(score, ea.getKey(), eb.getKey(), s);
                }
            }
        }
        record Candidate(String a, String b, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        score.forEach((ida, row) -> row.forEach((idb, s) -> candidates.add(new Candidate(ida, idb, s))));
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::a).thenComparing(Candidate::b));
        Map<String, String> aToB = new HashMap<>();
        Set<String> usedB = new HashSet<>();
        for (Candidate c : candidates) {
            if (!aToB.containsKey(c.a()) && !usedB.contains(c.b())) {
                aToB.put(c.a(), c.b());
                usedB.add(c.b());
            }
        }
        return new EntityAlignment(aToB);
    }

    /** The entity of side B aligned with entity {@code idA} of side A. */
    public Optional<String> toB(String idA) {
        return Optional.ofNullable(idA == null ? null : aToB.get(idA));
    }

    /** The entity of side A aligned with entity {@code idB} of side B. */
    public Optional<String> toA(String idB) {
        return Optional.ofNullable(idB == null ? null : bToA.get(idB));
    }

    /** True when A's {@code idA} and B's {@code idB} are the same speaker. */
    public boolean same(String idA, String idB) {
        return idA != null && idB != null && idB.equals(aToB.get(idA));
    }

    public int size() {
        return aToB.size();
    }

    private static List<Annotation> mentions(AnnotationSet s) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation x : s.annotations()) {
            if (x.type() == AnnotationType.SPEAKER && x.entityId() != null) {
                out.add(x);
            }
        }
        return out;
    }

    private static Map<String, Set<String>> names(AnnotationSet s) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Entity e : s.entities()) {
            out.computeIfAbsent(e.id(), k -> new HashSet<>()).add(SpeakerNames.normalise(e.name()));
        }
        for (Annotation m : mentions(s)) {
            out.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(SpeakerNames.normalise(s.source().slice(m.start(), m.end())));
        }
        out.values().forEach(set -> set.remove(""));
        return out;
    }

    static double nameScore(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return 1.0;
            }
        }
        for (String x : a) {
            for (String y : b) {
                if (containsWords(x, y) || containsWords(y, x)) {
                    return 0.5;
                }
            }
        }
        return 0;
    }

    /** True when {@code inner}'s words appear, in order and contiguous, among {@code outer}'s. */
    static boolean containsWords(String outer, String inner) {
        return (" " + outer + " ").contains(" " + inner + " ");
    }

    /** Every overlapping pair (not one to one: two mentions of a side may both overlap one). */
    private static List<SpanMatch> allOverlaps(List<Annotation> a, List<Annotation> b) {
        List<SpanMatch> out = new ArrayList<>();
        List<Annotation> bs = new ArrayList<>(b);
        bs.sort(Annotation.DOCUMENT_ORDER);
        for (Annotation x : a) {
            for (Annotation y : bs) {
                if (y.start() >= x.end()) {
                    break;
                }
                if (SpanMatcher.overlap(x, y) > 0) {
                    out.add(new SpanMatch(x, y));
                }
            }
        }
        return out;
    }

    private static void add(Map<String, Map<String, Double>> score, String a, String b, double s) {
        score.computeIfAbsent(a, k -> new LinkedHashMap<>()).merge(b, s, Double::sum);
    }
}
