package org.attrib.core.anchor;

import java.util.Optional;

import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * Finds annotations again in a source text that changed since they were saved: first at their
 * stored offsets if the text there is unchanged, else by their exact text with the stored context
 * before and after it (the occurrence whose context matches best, nearest the old position,
 * wins).
 */
public final class Anchorer {

    private final SourceText text;

    public Anchorer(SourceText text) {
        this.text = text;
    }

    public Optional<Placement> place(StoredAnnotation stored) {
        int start = stored.annotation().start();
        int end = stored.annotation().end();
        if (end <= text.length() && text.slice(start, end).equals(stored.text())) {
            return Optional.of(new Placement(start, end, Placement.Method.SAME_OFFSETS));
        }
        return exact(stored);
    }

    private Optional<Placement> exact(StoredAnnotation stored) {
        String body = text.text();
        String needle = stored.text();
        int oldChar = text.toChar(Math.min(stored.annotation().start(), text.length()));
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        for (int at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + 1)) {
            if (text.index().splitsPair(at)) {
                continue;
            }
            long context = commonSuffix(body, at, stored.prefix()) + commonPrefix(body, at + needle.length(), stored.suffix());
            // Context dominates; distance breaks ties between equally good contexts.
            long score = context * 1_000_000_000L - Math.abs(at - oldChar);
            if (score > bestScore) {
                bestScore = score;
                best = at;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        int s = text.toCodePoint(best);
        return Optional.of(new Placement(s, s + (stored.annotation().end() - stored.annotation().start()),
                Placement.Method.EXACT_TEXT));
    }

    /** How many chars of {@code prefix}'s end equal the chars just before {@code at}. */
    static int commonSuffix(String body, int at, String prefix) {
        int n = 0;
        while (n < prefix.length() && at - n - 1 >= 0 && body.charAt(at - n - 1) == prefix.charAt(prefix.length() - n - 1)) {
            n++;
        }
        return n;
    }

    /** How many chars of {@code suffix}'s start equal the chars from {@code at}. */
    static int commonPrefix(String body, int at, String suffix) {
        int n = 0;
        while (n < suffix.length() && at + n < body.length() && body.charAt(at + n) == suffix.charAt(n)) {
            n++;
        }
        return n;
    }
}
