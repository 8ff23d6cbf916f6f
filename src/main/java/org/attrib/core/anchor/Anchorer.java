package org.attrib.core.anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * Finds annotations again in a source text that changed since they were saved. In order:
 * <ol>
 * <li>at their stored offsets, when the text and its context there are unchanged;</li>
 * <li>by their exact text: an occurrence with the whole stored context, or with the context up to
 * the edges of its paragraph, wins; then the one whose context (the text before and after it)
 * matches best, and among equally good ones the one nearest where the annotation would be had it
 * moved with the annotation before it. Short texts (under {@value #DISTINCTIVE} code points,
 * like "he") need some context to match, or they could land on any "he";</li>
 * <li>by a fuzzy match that tolerates small edits (a fixed typo, a changed word, white space,
 * straight quotes become curly): candidate places come from pieces of the text and of its
 * context found nearby, and a bounded approximate alignment chooses the span.</li>
 * </ol>
 * An annotation found by none of them is not placed; the caller keeps it as an orphan.
 *
 * <p>Place annotations in document order with one instance: it follows how far the text before
 * them moved. The cost per annotation is a few {@code indexOf}-like searches of the text and
 * alignments over small windows, never a scan of the whole text per code point.
 */
public final class Anchorer {

    /** Exact texts at least this long (in code points) are placed even where their context changed. */
    public static final int DISTINCTIVE = 12;
    /** Characters of context a short exact text needs to match to be placed. */
    static final int MIN_CONTEXT = 6;
    /** The most edits a fuzzy match may have, whatever the annotation's length. */
    public static final int MAX_EDITS = 100;
    /** How far around the expected place seeds are looked for first, in chars. */
    static final int NEARBY = 20_000;
    /** Texts this long (in chars) get a {@link TextIndex} once they were scanned end to end this often. */
    static final int INDEX_MIN_CHARS = 1 << 20;
    static final int SCANS_BEFORE_INDEX = 8;
    private static final int SEEDS = 8;
    private static final int HITS_PER_SEED = 8;
    private static final int MAX_CANDIDATES = 12;
    private static final int PAD = 8;

    private final SourceText text;
    private final String body;
    private final int context;
    /** Code points the last surely placed annotation moved by: where the next one is expected. */
    private int lastDelta;
    private final int indexMinChars;
    private final int scansBeforeIndex;
    private int fullScans;
    private TextIndex index;
    /** While placing an annotation elsewhere: the spans it must not take. */
    private TakenSpans avoid;

    /**
     * @param text the source text as it is now
     * @param context how many code points of context the stored annotations carry (at most)
     */
    public Anchorer(SourceText text, int context) {
        this(text, context, INDEX_MIN_CHARS, SCANS_BEFORE_INDEX);
    }

    /** With other thresholds for building the index (tests compare placements with and without it). */
    Anchorer(SourceText text, int context, int indexMinChars, int scansBeforeIndex) {
        this.text = text;
        this.body = text.text();
        this.context = context;
        this.indexMinChars = indexMinChars;
        this.scansBeforeIndex = scansBeforeIndex;
    }

    /** The most edits a fuzzy match of a text of {@code length} code points may have: about a quarter. */
    public static int maxEdits(int length) {
        if (length <= 1) {
            return 0;
        }
        if (length < 8) {
            return 1;
        }
        return Math.min(MAX_EDITS, length / 4);
    }

    /**
     * Finds the annotation in the text. Call it in document order: a sure placement (intact, or
     * a fuzzy match with its context) tells where the next annotations are expected.
     */
    public Optional<Placement> place(StoredAnnotation stored) {
        int start = stored.annotation().start();
        int length = stored.annotation().end() - start;
        int expected = clamp(start + lastDelta, 0, Math.max(0, text.length() - length));
        Optional<Placement> p = locate(stored, expected);
        p.filter(found -> found.intact() || found.method() == Placement.Method.FUZZY && found.withContext())
                .ifPresent(found -> lastDelta = found.start() - start);
        return p;
    }

    /**
     * Finds the annotation again after it lost the place {@link #place} gave it to a more
     * certain annotation of its type: anywhere but on spans {@code taken} says are taken, judged
     * as before (nearness counted from where it was expected then). It does not change where the
     * annotations after it are expected.
     */
    public Optional<Placement> placeElsewhere(StoredAnnotation stored, Placement lost, TakenSpans taken) {
        avoid = taken;
        try {
            return locate(stored, lost.expected());
        } finally {
            avoid = null;
        }
    }

    private Optional<Placement> locate(StoredAnnotation stored, int expected) {
        int start = stored.annotation().start();
        int length = stored.annotation().end() - start;
        if (start + length <= text.length() && free(start, start + length) && text.slice(start, start + length).equals(stored.text())
                && contextIntact(text.toChar(start), stored)) {
            return Optional.of(new Placement(start, start + length, Placement.Method.SAME_OFFSETS, 0, true, true, expected));
        }
        if (expected != start && expected + length <= text.length() && free(expected, expected + length)
                && text.slice(expected, expected + length).equals(stored.text()) && contextIntact(text.toChar(expected), stored)) {
            return Optional.of(new Placement(expected, expected + length, Placement.Method.EXACT_TEXT, 0, true, true, expected));
        }
        Optional<Placement> exact = exact(stored, expected);
        return exact.isPresent() ? exact : new Fuzzy(stored, expected).find();
    }

    /** Whether code points {@code [start, end)} may be taken: always, except when placing elsewhere. */
    private boolean free(int start, int end) {
        return avoid == null || !avoid.taken(start, end);
    }

    /** True when the stored text at char {@code at} has its whole stored context around it. */
    private boolean contextIntact(int at, StoredAnnotation s) {
        int end = at + s.text().length();
        return contextScore(at, end, s) == maxContextScore(s);
    }

    /**
     * Chars of context that match around chars {@code [at, end)}, plus one for each side whose
     * stored context was cut short by the start or end of the text and still is.
     */
    private int contextScore(int at, int end, StoredAnnotation s) {
        int before = commonSuffix(body, at, s.prefix());
        int after = commonPrefix(body, end, s.suffix());
        int score = before + after;
        if (before == s.prefix().length() && cutShort(s.prefix()) && at == before) {
            score++;
        }
        if (after == s.suffix().length() && cutShort(s.suffix()) && end + after == body.length()) {
            score++;
        }
        return score;
    }

    /**
     * Whether the stored context holds around chars {@code [at, end)} within the annotation's
     * paragraph: on each side, the whole stored context matches, or it matches up to the line
     * break (or the start or end of the text) it reached, and a line break or the text's edge is
     * still there. What lies beyond a paragraph's edge may change without the paragraph changing:
     * a paragraph deleted or added beside it, or the paragraph moved.
     */
    private boolean intactInParagraph(int at, int end, StoredAnnotation s) {
        String prefix = s.prefix();
        int lineBreak = prefix.lastIndexOf('\n');
        int left = lineBreak >= 0 ? prefix.length() - lineBreak - 1 : cutShort(prefix) ? prefix.length() : -1;
        int before = commonSuffix(body, at, prefix);
        boolean leftHolds = left < 0 ? before == prefix.length()
                : before >= left && (at - left == 0 || body.charAt(at - left - 1) == '\n');
        if (!leftHolds) {
            return false;
        }
        String suffix = s.suffix();
        lineBreak = suffix.indexOf('\n');
        int right = lineBreak >= 0 ? lineBreak : cutShort(suffix) ? suffix.length() : -1;
        int after = commonPrefix(body, end, suffix);
        return right < 0 ? after == suffix.length()
                : after >= right && (end + right == body.length() || body.charAt(end + right) == '\n');
    }

    private int maxContextScore(StoredAnnotation s) {
        return s.prefix().length() + s.suffix().length() + (cutShort(s.prefix()) ? 1 : 0) + (cutShort(s.suffix()) ? 1 : 0);
    }

    private boolean cutShort(String side) {
        return side.codePointCount(0, side.length()) < context;
    }

    private Optional<Placement> exact(StoredAnnotation stored, int expected) {
        int expectedChar = text.toChar(expected);
        String needle = stored.text();
        int max = maxContextScore(stored);
        Best best = new Best(stored, expectedChar);
        if (needle.length() >= TextIndex.K && useIndex()) {
            for (int at : index.occurrences(needle)) {
                best.consider(at);
            }
        } else {
            // Outward from the expected place: once an occurrence has its whole context, nothing
            // farther in that direction can beat it.
            boolean stopped = false;
            for (int at = body.indexOf(needle, expectedChar); at >= 0; at = body.indexOf(needle, at + 1)) {
                if (best.consider(at) == max) {
                    stopped = true;
                    break;
                }
            }
            // Backward, only as far as an occurrence could still be as near as a perfect one found ahead.
            int floor = best.score == max ? (int) Math.max(0, expectedChar - best.distance) : 0;
            String behind = floor == 0 ? body : body.substring(floor, Math.min(body.length(), expectedChar - 1 + needle.length()));
            for (int rel = behind.lastIndexOf(needle, expectedChar - 1 - floor); rel >= 0; rel = behind.lastIndexOf(needle, rel - 1)) {
                if (best.consider(floor + rel) == max) {
                    stopped = true;
                    break;
                }
            }
            if (!stopped) {
                fullScans++;
            }
        }
        if (best.at < 0) {
            return Optional.empty();
        }
        int length = stored.annotation().end() - stored.annotation().start();
        // Without context, only a distinctive text that occurs once is surely the same passage;
        // with no perfect occurrence the scans ran to both ends, so the count is complete.
        boolean contextHolds = best.intact || best.score >= Math.min(MIN_CONTEXT, max);
        if (!contextHolds && (length < DISTINCTIVE || best.count > 1)) {
            return Optional.empty();
        }
        int s = text.toCodePoint(best.at);
        Placement.Method method = s == stored.annotation().start() ? Placement.Method.SAME_OFFSETS : Placement.Method.EXACT_TEXT;
        return Optional.of(new Placement(s, s + length, method, 0, contextHolds, best.intact, expected));
    }

    /**
     * The best exact occurrence so far: intact in its paragraph first, then the most context,
     * then nearest the expected place, then the later one. Two mentions of one name are told
     * apart by the words on both sides of each.
     */
    private final class Best {
        private final StoredAnnotation stored;
        private final int expectedChar;
        int at = -1;
        int score = -1;
        boolean intact;
        long distance = Long.MAX_VALUE;
        /** Occurrences seen, taken ones too: a text without context is placed only when it occurs once. */
        int count;

        Best(StoredAnnotation stored, int expectedChar) {
            this.stored = stored;
            this.expectedChar = expectedChar;
        }

        /** Weighs the occurrence at char {@code candidate}; returns its context score (-1 when it splits a pair or is taken). */
        int consider(int candidate) {
            if (text.index().splitsPair(candidate)) {
                return -1;
            }
            count++;
            int end = candidate + stored.text().length();
            if (avoid != null && avoid.taken(text.toCodePoint(candidate), text.toCodePoint(end))) {
                return -1;
            }
            int s = contextScore(candidate, end, stored);
            boolean whole = intactInParagraph(candidate, end, stored);
            long d = Math.abs((long) candidate - expectedChar);
            boolean better = whole != intact ? whole
                    : s != score ? s > score
                    : d != distance ? d < distance
                    : candidate > at;
            if (at < 0 || better) {
                at = candidate;
                score = s;
                intact = whole;
                distance = d;
            }
            return s;
        }
    }

    /**
     * True when searches of the whole text use the index: built once a long text has been
     * scanned end to end several times (many annotations not where they were).
     */
    private boolean useIndex() {
        if (index == null && body.length() >= indexMinChars && fullScans >= scansBeforeIndex) {
            index = new TextIndex(body);
        }
        return index != null;
    }

    /** How many chars of {@code prefix}'s end equal the chars just before {@code at} (folded alike). */
    static int commonSuffix(String body, int at, String prefix) {
        int n = 0;
        while (n < prefix.length() && at - n - 1 >= 0
                && Folding.fold(body.charAt(at - n - 1)) == Folding.fold(prefix.charAt(prefix.length() - n - 1))) {
            n++;
        }
        return n;
    }

    /** How many chars of {@code suffix}'s start equal the chars from {@code at} (folded alike). */
    static int commonPrefix(String body, int at, String suffix) {
        int n = 0;
        while (n < suffix.length() && at + n < body.length() && Folding.fold(body.charAt(at + n)) == Folding.fold(suffix.charAt(n))) {
            n++;
        }
        return n;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The fuzzy stage for one annotation. */
    private final class Fuzzy {
        private final StoredAnnotation stored;
        private final int expected;
        private final int expectedChar;
        private final int[] pattern;
        private final int[] prefix;
        private final int[] suffix;
        private final int maxEdits;
        private final List<int[]> votes = new ArrayList<>();
        /** Whether some piece of the text or its context was found near the expected place. */
        private boolean foundNearby;
        /** The text around the expected place, searched first. */
        private String nearby;
        private int nearbyFrom;

        Fuzzy(StoredAnnotation stored, int expected) {
            this.stored = stored;
            this.expected = expected;
            this.expectedChar = text.toChar(expected);
            this.pattern = Folding.folded(stored.text());
            this.prefix = Alignment.reversed(Folding.folded(stored.prefix()));
            this.suffix = Folding.folded(stored.suffix());
            this.maxEdits = maxEdits(pattern.length);
        }

        Optional<Placement> find() {
            if (pattern.length == 0 || text.length() == 0) {
                return Optional.empty();
            }
            collectCandidates(false);
            if (!foundNearby && pattern.length >= DISTINCTIVE) {
                // Edited and moved far: look for the text's own pieces in the whole text.
                collectCandidates(true);
            }
            Candidate best = null;
            for (int start : strongest()) {
                for (Candidate c : align(start)) {
                    if (accept(c) && free(c.start, c.end) && (best == null || c.better(best))) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            return Optional.of(new Placement(best.start, best.end, Placement.Method.FUZZY, best.edits, best.contextHolds(), false,
                    expected));
        }

        /** Start estimates (in code points), each from a piece found in the text. */
        private void collectCandidates(boolean everywhere) {
            int k = Math.min(16, Math.max(4, pattern.length / 4));
            String raw = stored.text();
            int[] rawCps = raw.codePoints().toArray();
            if (!everywhere) {
                vote(expected, 1);
                String before = lastChars(stored.prefix(), 12);
                for (int at : hits(before, everywhere)) {
                    vote(text.toCodePoint(at + before.length()), 2);
                }
                String after = firstChars(stored.suffix(), 12);
                for (int at : hits(after, everywhere)) {
                    vote(text.toCodePoint(at) - pattern.length, 2);
                }
            }
            if (rawCps.length < k) {
                return;
            }
            if (everywhere) {
                // Long enough for the index, which searches of the whole text use.
                k = Math.max(k, TextIndex.K);
            }
            if (rawCps.length < k) {
                return;
            }
            int seeds = Math.min(everywhere ? 2 : SEEDS, rawCps.length / k);
            for (int i = 0; i < seeds; i++) {
                int offset = seeds == 1 ? 0 : (int) ((long) i * (rawCps.length - k) / (seeds - 1));
                if (!plain(rawCps, offset, k)) {
                    continue;
                }
                String seed = new String(rawCps, offset, k);
                for (int at : hits(seed, everywhere)) {
                    vote(text.toCodePoint(at) - offset, 1);
                }
            }
        }

        private boolean plain(int[] cps, int from, int k) {
            for (int i = from; i < from + k; i++) {
                if (Folding.isFoldable(cps[i]) && cps[i] != ' ') {
                    return false;
                }
            }
            return true;
        }

        private void vote(int start, int weight) {
            votes.add(new int[] {clamp(start, 0, text.length()), weight});
        }

        /** Where a piece occurs (char offsets), nearest the expected place first, a few each way. */
        private List<Integer> hits(String piece, boolean everywhere) {
            List<Integer> out = new ArrayList<>();
            if (piece.length() < 3) {
                return out;
            }
            if (everywhere) {
                int[] all;
                if (piece.length() >= TextIndex.K && useIndex()) {
                    all = index.occurrences(piece);
                } else {
                    fullScans++;
                    List<Integer> scanned = new ArrayList<>();
                    for (int at = body.indexOf(piece); at >= 0; at = body.indexOf(piece, at + 1)) {
                        scanned.add(at);
                    }
                    all = scanned.stream().mapToInt(Integer::intValue).toArray();
                }
                // The nearest few to the expected place.
                java.util.stream.IntStream.of(all).boxed()
                        .sorted(java.util.Comparator.comparingLong(at -> Math.abs((long) at - expectedChar)))
                        .limit(2L * HITS_PER_SEED).forEach(out::add);
                return out;
            }
            if (nearby == null) {
                nearbyFrom = Math.max(0, expectedChar - NEARBY);
                nearby = body.substring(nearbyFrom, Math.min(body.length(), expectedChar + NEARBY));
            }
            int origin = expectedChar - nearbyFrom;
            int found = 0;
            for (int at = nearby.indexOf(piece, origin); at >= 0 && found < HITS_PER_SEED; at = nearby.indexOf(piece, at + 1)) {
                out.add(nearbyFrom + at);
                found++;
            }
            found = 0;
            for (int at = nearby.lastIndexOf(piece, origin - 1); at >= 0 && found < HITS_PER_SEED; at = nearby.lastIndexOf(piece, at - 1)) {
                out.add(nearbyFrom + at);
                found++;
            }
            foundNearby |= !out.isEmpty();
            return out;
        }

        /** The best-supported start estimates: those within a few edits of each other pool their votes. */
        private List<Integer> strongest() {
            votes.sort((a, b) -> Integer.compare(a[0], b[0]));
            int radius = maxEdits + PAD;
            List<int[]> clusters = new ArrayList<>();
            int i = 0;
            while (i < votes.size()) {
                int j = i;
                int weight = 0;
                long sum = 0;
                while (j < votes.size() && votes.get(j)[0] - votes.get(i)[0] <= radius) {
                    weight += votes.get(j)[1];
                    sum += (long) votes.get(j)[0] * votes.get(j)[1];
                    j++;
                }
                clusters.add(new int[] {(int) (sum / weight), weight});
                i = j;
            }
            clusters.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1])
                    : Integer.compare(Math.abs(a[0] - expected), Math.abs(b[0] - expected)));
            List<Integer> out = new ArrayList<>();
            for (int c = 0; c < clusters.size() && c < MAX_CANDIDATES; c++) {
                out.add(clusters.get(c)[0]);
            }
            return out;
        }

        /** Aligns the text in a window around a start estimate; returns the acceptable spans. */
        private List<Candidate> align(int estimate) {
            int band = 2 * maxEdits + PAD;
            int from = Math.max(0, estimate - band);
            int to = Math.min(text.length(), estimate + pattern.length + band);
            if (to <= from) {
                return List.of();
            }
            int[] window = Folding.folded(text.slice(from, to));
            List<Candidate> out = new ArrayList<>();
            List<Alignment.Hit> hits = Alignment.occurrences(pattern, window, estimate - from, band, maxEdits);
            for (int h = 0; h < hits.size() && h < 4; h++) {
                Alignment.Hit hit = hits.get(h);
                int s = from + hit.start();
                int e = from + hit.end();
                out.add(new Candidate(s, e, hit.distance(), contextEdits(s, e)));
            }
            return out;
        }

        /** Edits between the stored context and the text around code points {@code [s, e)}. */
        private int contextEdits(int s, int e) {
            int edits = 0;
            if (prefix.length > 0) {
                int slack = 4 + prefix.length / 4;
                int[] before = Alignment.reversed(Folding.folded(text.slice(Math.max(0, s - prefix.length - slack), s)));
                edits += Alignment.anchoredDistance(prefix, before);
            }
            if (suffix.length > 0) {
                int slack = 4 + suffix.length / 4;
                int[] after = Folding.folded(text.slice(e, Math.min(text.length(), e + suffix.length + slack)));
                edits += Alignment.anchoredDistance(suffix, after);
            }
            return edits;
        }

        private boolean accept(Candidate c) {
            if (c.edits > maxEdits) {
                return false;
            }
            boolean distinctive = pattern.length >= 2 * DISTINCTIVE && 10 * c.edits <= pattern.length;
            return c.contextHolds() || distinctive;
        }

        /** A fuzzy span with its edits to the stored text and to the stored context. */
        private final class Candidate {
            final int start;
            final int end;
            final int edits;
            final int contextEdits;

            Candidate(int start, int end, int edits, int contextEdits) {
                this.start = start;
                this.end = end;
                this.edits = edits;
                this.contextEdits = contextEdits;
            }

            /** At most half the stored context differs around it. */
            boolean contextHolds() {
                int contextLength = prefix.length + suffix.length;
                return contextLength == 0 || 2 * contextEdits <= contextLength;
            }

            /** Edits to the annotation's own text weigh double; ties go to the one nearest the expected place. */
            boolean better(Candidate o) {
                int cost = 2 * edits + contextEdits;
                int other = 2 * o.edits + o.contextEdits;
                if (cost != other) {
                    return cost < other;
                }
                return Math.abs(start - expected) < Math.abs(o.start - expected);
            }
        }
    }

    private static String lastChars(String s, int n) {
        int from = s.codePointCount(0, s.length()) <= n ? 0 : s.offsetByCodePoints(s.length(), -n);
        return s.substring(from);
    }

    private static String firstChars(String s, int n) {
        int to = s.codePointCount(0, s.length()) <= n ? s.length() : s.offsetByCodePoints(0, n);
        return s.substring(0, to);
    }
}
