package org.attrib.core.tagging;

import java.util.Optional;

import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceText;

/**
 * Turns what the analyst selected into the span that gets tagged: trimmed of surrounding white
 * space, never cutting a character (accent, emoji sequence, flag) in two, and, unless the analyst
 * asks for exact characters, grown to whole words where it starts or ends mid-word and, for a
 * speaker, cut to the words that name it ({@link SpeakerSpans}).
 */
public final class SpanAdjuster {

    /** A code point span {@code [start, end)}. */
    public record Span(int start, int end) {
    }

    private SpanAdjuster() {
    }

    /**
     * The span to tag for a selection of UTF-16 offsets {@code [charStart, charEnd)}, or empty
     * when nothing but white space is selected.
     */
    public static Optional<Span> forSelection(SourceText text, int charStart, int charEnd, boolean snapToWords) {
        int lo = Math.min(charStart, charEnd);
        int hi = Math.max(charStart, charEnd);
        return adjust(text, text.toCodePoint(lo), ceilToCodePoint(text, hi), snapToWords);
    }

    /**
     * The span to tag as {@code type} for a selection of UTF-16 offsets {@code [charStart, charEnd)},
     * or empty when nothing is left to tag. With {@code exact} (the analyst asked for exactly these
     * characters) only white space is trimmed; otherwise the span is grown to whole words when
     * {@code snapToWords}, and a speaker's is cut to the words naming it: no punctuation or
     * quotation marks around it, no possessive, no leading article.
     */
    public static Optional<Span> forTag(SourceText text, AnnotationType type, int charStart, int charEnd, boolean exact,
            boolean snapToWords) {
        Optional<Span> span = forSelection(text, charStart, charEnd, !exact && snapToWords);
        if (exact || type != AnnotationType.SPEAKER || span.isEmpty()) {
            return span;
        }
        return SpeakerSpans.trim(text, span.get().start(), span.get().end());
    }

    /** As {@link #forSelection}, for a span already in code points. */
    public static Optional<Span> adjust(SourceText text, int start, int end, boolean snapToWords) {
        start = Graphemes.boundaryAtOrBefore(text, start);
        end = Graphemes.boundaryAtOrAfter(text, end);
        if (snapToWords) {
            while (start > 0 && start < end && isWordChar(text, start - 1) && isWordChar(text, start)) {
                start--;
            }
            while (end < text.length() && end > start && isWordChar(text, end - 1) && isWordChar(text, end)) {
                end++;
            }
        }
        while (start < end && isSpace(text.codePointAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.codePointAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(new Span(start, end)) : Optional.empty();
    }

    private static int ceilToCodePoint(SourceText text, int ch) {
        int cp = text.toCodePoint(ch);
        return text.index().splitsPair(ch) ? cp + 1 : cp;
    }

    static boolean isWordChar(SourceText text, int cp) {
        int c = text.codePointAt(cp);
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF || c == 0x200B;
    }
}
