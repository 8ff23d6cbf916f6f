package org.attrib.core.importer;

import java.util.ArrayList;
import java.util.List;

import org.attrib.core.text.CodePointIndex;
import org.attrib.core.text.SourceText;

/**
 * One way of reading the offsets of an imported file. brat counts code points of the text as
 * Python reads it, which is Attrib's reading too; but brat under Python 2 keeps a byte order mark
 * and CR line ends in the count, and Java tools (INCEpTION among them) write UTF-16 code units.
 * An importer tries each reading that differs for the text at hand and keeps the one under which
 * the most spans cover the text they record (the strictest agreement breaking ties; see
 * {@code BratImporter}).
 */
abstract class OffsetReading {

    private final String description;

    private OffsetReading(String description) {
        this.description = description;
    }

    /** In words, for the import's notes. */
    String description() {
        return description;
    }

    /** The text's length in this reading's units. */
    abstract int length();

    /** True for an offset that this reading can place (in range, not inside a character). */
    abstract boolean valid(int offset);

    /** The text between two offsets, as the file's tool saw it. */
    abstract String slice(int start, int end);

    /** The code point offset in Attrib's text that an offset stands for. */
    abstract int toCodePoint(int offset);

    /** Attrib's own reading first, then those that differ from it for this text. */
    static List<OffsetReading> candidates(SourceText text, String raw) {
        List<OffsetReading> out = new ArrayList<>();
        out.add(new CodePoints(text));
        if (!raw.equals(text.text())) {
            out.add(new RawCodePoints(raw));
        }
        if (text.index().charLength() != text.length()) {
            out.add(new Utf16(text));
        }
        return out;
    }

    /** Code points of the normalised text: Attrib's offsets and brat's under Python 3. */
    private static final class CodePoints extends OffsetReading {
        private final SourceText text;

        CodePoints(SourceText text) {
            super("code points of the text (brat's own offsets)");
            this.text = text;
        }

        @Override
        int length() {
            return text.length();
        }

        @Override
        boolean valid(int offset) {
            return offset >= 0 && offset <= text.length();
        }

        @Override
        String slice(int start, int end) {
            return text.slice(start, end);
        }

        @Override
        int toCodePoint(int offset) {
            return offset;
        }
    }

    /** Code points of the file as decoded, byte order mark and CRs included. */
    private static final class RawCodePoints extends OffsetReading {
        private final String raw;
        private final CodePointIndex index;
        private final int[] toNormalised;

        RawCodePoints(String raw) {
            super("code points of the file with its byte order mark and CR line ends counted (brat under Python 2)");
            this.raw = raw;
            this.index = CodePointIndex.of(raw);
            this.toNormalised = normalisedOffsets(raw, index.codePointLength());
        }

        /** For each raw code point offset, the offset in the text with BOM dropped and CRLF/CR made LF. */
        private static int[] normalisedOffsets(String raw, int length) {
            int[] map = new int[length + 1];
            int cp = 0;
            int normalised = 0;
            for (int i = 0; i < raw.length(); ) {
                int c = raw.codePointAt(i);
                map[cp] = normalised;
                boolean bom = cp == 0 && c == 0xFEFF;
                boolean crBeforeLf = c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
                if (!bom && !crBeforeLf) {
                    normalised++;
                }
                i += Character.charCount(c);
                cp++;
            }
            map[length] = normalised;
            return map;
        }

        @Override
        int length() {
            return index.codePointLength();
        }

        @Override
        boolean valid(int offset) {
            return offset >= 0 && offset <= index.codePointLength();
        }

        @Override
        String slice(int start, int end) {
            return raw.substring(index.toChar(start), index.toChar(end));
        }

        @Override
        int toCodePoint(int offset) {
            return toNormalised[offset];
        }
    }

    /** UTF-16 code units of the normalised text, as Java strings count. */
    private static final class Utf16 extends OffsetReading {
        private final SourceText text;

        Utf16(SourceText text) {
            super("UTF-16 code units (as Java tools such as INCEpTION write them)");
            this.text = text;
        }

        @Override
        int length() {
            return text.index().charLength();
        }

        @Override
        boolean valid(int offset) {
            return offset >= 0 && offset <= length() && !text.index().splitsPair(offset);
        }

        @Override
        String slice(int start, int end) {
            return text.text().substring(start, end);
        }

        @Override
        int toCodePoint(int offset) {
            return text.toCodePoint(offset);
        }
    }
}
