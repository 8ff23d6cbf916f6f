package org.attrib.core.export;

import java.util.ArrayList;
import java.util.List;

import org.attrib.core.text.SourceText;

/**
 * How a span becomes a brat text-bound annotation. brat keeps one annotation per line of the
 * {@code .ann} file, with the span's text after the offsets, so that text cannot hold a line
 * break: like brat's own editor, a span that crosses line breaks (or tabs) is split into
 * fragments between them ({@code Quote 0 10;11 20}), and the recorded text is the fragments
 * joined by single spaces, which is what brat compares it with. Python's line reading (which
 * brat uses) also breaks lines at the Unicode separators, so those split spans too.
 */
public final class BratSpans {

    /** One fragment: code points {@code [start, end)}. */
    public record Fragment(int start, int end) {
    }

    private BratSpans() {
    }

    /** Characters that may not appear inside a fragment: line breaks as Python sees them, and tab. */
    public static boolean isBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x0B || cp == 0x0C || cp == 0x1C || cp == 0x1D
                || cp == 0x1E || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /**
     * The fragments of code points {@code [start, end)}: the runs between breaks. Empty when the
     * span holds only breaks; a span starting or ending with breaks loses them.
     */
    public static List<Fragment> fragments(SourceText text, int start, int end) {
        List<Fragment> out = new ArrayList<>();
        int runStart = -1;
        for (int cp = start; cp < end; cp++) {
            if (isBreak(text.codePointAt(cp))) {
                if (runStart >= 0) {
                    out.add(new Fragment(runStart, cp));
                    runStart = -1;
                }
            } else if (runStart < 0) {
                runStart = cp;
            }
        }
        if (runStart >= 0) {
            out.add(new Fragment(runStart, end));
        }
        return out;
    }

    /** The text brat expects after the offsets: the fragments' text joined by single spaces. */
    public static String text(SourceText text, List<Fragment> fragments) {
        StringBuilder s = new StringBuilder();
        for (Fragment f : fragments) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(text.slice(f.start(), f.end()));
        }
        return s.toString();
    }

    /** The same fragments with UTF-16 offsets, for tools that count Java chars (INCEpTION). */
    public static List<Fragment> inUtf16(SourceText text, List<Fragment> fragments) {
        List<Fragment> out = new ArrayList<>(fragments.size());
        for (Fragment f : fragments) {
            out.add(new Fragment(text.toChar(f.start()), text.toChar(f.end())));
        }
        return out;
    }

    /** The offsets part of a text-bound line: {@code 0 10;11 20}. */
    public static String offsets(List<Fragment> fragments) {
        StringBuilder s = new StringBuilder();
        for (Fragment f : fragments) {
            if (!s.isEmpty()) {
                s.append(';');
            }
            s.append(f.start()).append(' ').append(f.end());
        }
        return s.toString();
    }

    /** Free text (a note, a name) on one line: every break (a CRLF counting as one) becomes a space. */
    public static String oneLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.replace("\r\n", "\n").codePoints().forEach(cp -> out.appendCodePoint(isBreak(cp) ? ' ' : cp));
        return out.toString();
    }
}
