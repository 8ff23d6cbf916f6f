package org.attrib.core.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;

/**
 * The speaker mentions a quote or claim is most likely attributed to, best first, one per
 * entity: mentions in the same sentence (nearest first, before or after it: "X said" and "said
 * X"), then in the previous sentence, then earlier in the article, then later. The analyst's
 * {@code A} key takes the first and cycles through the rest.
 */
public final class SpeakerCandidates {

    private static final int SEARCH_WINDOW = 20_000;

    private SpeakerCandidates() {
    }

    public static List<Annotation> rank(AnnotatedDocument doc, Annotation target) {
        Sentences sentences = new Sentences(doc.source());
        int sentenceStart = sentences.startOf(target.start());
        int sentenceEnd = sentences.endOf(Math.max(target.start(), target.end() - 1));
        int previousStart = sentenceStart == 0 ? 0 : sentences.startOf(sentenceStart - 1);

        int from = Math.max(0, target.start() - SEARCH_WINDOW);
        int to = Math.min(doc.source().length(), target.end() + SEARCH_WINDOW);
        List<Annotation> mentions = new ArrayList<>();
        for (Annotation a : doc.overlapping(from, to)) {
            if (a.type() == AnnotationType.SPEAKER && a.entityId() != null && !a.pending()) {
                mentions.add(a);
            }
        }
        mentions.sort(Comparator
                .comparingInt((Annotation m) -> tier(m, target, sentenceStart, sentenceEnd, previousStart))
                .thenComparingInt(m -> distance(m, target)));
        Map<String, Annotation> bestPerEntity = new LinkedHashMap<>();
        for (Annotation m : mentions) {
            bestPerEntity.putIfAbsent(m.entityId(), m);
        }
        return new ArrayList<>(bestPerEntity.values());
    }

    private static int tier(Annotation m, Annotation target, int sentenceStart, int sentenceEnd, int previousStart) {
        if (m.start() >= sentenceStart && m.end() <= sentenceEnd) {
            return 0;
        }
        if (m.start() >= previousStart && m.end() <= sentenceStart) {
            return 1;
        }
        return m.end() <= target.start() ? 2 : 3;
    }

    private static int distance(Annotation m, Annotation target) {
        if (m.end() <= target.start()) {
            return target.start() - m.end();
        }
        if (m.start() >= target.end()) {
            return m.start() - target.end();
        }
        return 0;
    }
}
