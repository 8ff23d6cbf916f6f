package org.attrib.ui.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The pure function from highlights to RichTextFX style spans: overlapping highlights are
 * flattened into segments, each carrying the set of style classes of every highlight over it.
 * A class carried by two or more overlapping highlights also gets its {@code -nested} variant,
 * so that a quote inside a quote reads as darker.
 *
 * <p>It styles exactly the range asked for, so the caller can restyle only what changed.
 */
public final class HighlightStyler {

    public static final String NESTED = "-nested";

    private HighlightStyler() {
    }

    /**
     * Style spans covering chars {@code [from, to)}; {@code highlights} are those overlapping
     * that range (others are ignored), in any order.
     */
    public static StyleSpans<Collection<String>> spans(Collection<Highlight> highlights, int from, int to) {
        if (to <= from) {
            throw new IllegalArgumentException("empty range [" + from + ", " + to + ")");
        }
        // Net change of each class's count at each boundary inside the range.
        TreeMap<Integer, Map<String, Integer>> deltas = new TreeMap<>();
        for (Highlight h : highlights) {
            int s = Math.max(h.start(), from);
            int e = Math.min(h.end(), to);
            if (s >= e) {
                continue;
            }
            deltas.computeIfAbsent(s, k -> new HashMap<>()).merge(h.styleClass(), 1, Integer::sum);
            deltas.computeIfAbsent(e, k -> new HashMap<>()).merge(h.styleClass(), -1, Integer::sum);
        }
        StyleSpansBuilder<Collection<String>> out = new StyleSpansBuilder<>();
        Map<String, Integer> active = new HashMap<>();
        int at = from;
        for (Map.Entry<Integer, Map<String, Integer>> boundary : deltas.entrySet()) {
            int pos = boundary.getKey();
            if (pos > at) {
                out.add(classes(active), pos - at);
                at = pos;
            }
            boundary.getValue().forEach((cls, d) -> active.merge(cls, d, (x, y) -> x + y == 0 ? null : x + y));
        }
        if (to > at) {
            out.add(classes(active), to - at);
        }
        return out.create();
    }

    /** A sorted, immutable class list, so that equal neighbours compare equal and merge. */
    private static Collection<String> classes(Map<String, Integer> active) {
        if (active.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> out = new ArrayList<>(active.size() + 2);
        active.forEach((cls, n) -> {
            out.add(cls);
            if (n > 1) {
                out.add(cls + NESTED);
            }
        });
        Collections.sort(out);
        return List.copyOf(out);
    }
}
