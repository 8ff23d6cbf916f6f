package org.attrib.ui.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        // Each highlight gives two events, sorted by position: (position << 32 | class << 1 | starts).
        // Sorting longs instead of filling a map of maps keeps a whole 5 MB article to a few
        // allocations; it is computed before the article is shown.
        List<String> names = new ArrayList<>();
        Map<String, Integer> classIndex = new HashMap<>();
        long[] events = new long[highlights.size() * 2];
        int n = 0;
        for (Highlight h : highlights) {
            int s = Math.max(h.start(), from);
            int e = Math.min(h.end(), to);
            if (s >= e) {
                continue;
            }
            Integer c = classIndex.get(h.styleClass());
            if (c == null) {
                c = names.size();
                names.add(h.styleClass());
                classIndex.put(h.styleClass(), c);
            }
            events[n++] = (long) s << 32 | (long) c << 1 | 1;
            events[n++] = (long) e << 32 | (long) c << 1;
        }
        Arrays.sort(events, 0, n);
        int[] counts = new int[names.size()];
        Map<String, Collection<String>> seen = new HashMap<>();
        StyleSpansBuilder<Collection<String>> out = new StyleSpansBuilder<>();
        int at = from;
        int i = 0;
        while (i < n) {
            int pos = (int) (events[i] >>> 32);
            if (pos > at) {
                out.add(classes(counts, names, seen), pos - at);
                at = pos;
            }
            for (; i < n && (int) (events[i] >>> 32) == pos; i++) {
                int c = (int) (events[i] & 0xFFFFFFFFL) >>> 1;
                counts[c] += (events[i] & 1) == 1 ? 1 : -1;
            }
        }
        if (to > at) {
            out.add(classes(counts, names, seen), to - at);
        }
        return out.create();
    }

    /** The class list for the counts now, one instance per distinct list (spans share them, and equal neighbours merge). */
    private static Collection<String> classes(int[] counts, List<String> names, Map<String, Collection<String>> seen) {
        List<String> out = new ArrayList<>(4);
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                out.add(names.get(c));
                if (counts[c] > 1) {
                    out.add(names.get(c) + NESTED);
                }
            }
        }
        if (out.isEmpty()) {
            return Collections.emptyList();
        }
        Collections.sort(out);
        return seen.computeIfAbsent(String.join(" ", out), k -> List.copyOf(out));
    }
}
