package org.attrib.core.text;

import java.util.Objects;

/**
 * The text of an article as Attrib sees it: decoded from UTF-8, byte order mark removed, line
 * endings normalised to {@code \n}. Offsets into it are Unicode code points, half-open; this is
 * the text that Python's {@code open(path, encoding="utf-8-sig").read()} returns, so a stored
 * {@code [start, end)} slices the same characters there.
 *
 * @param fileName the source file's name, without folders
 * @param text the normalised text
 * @param sha256 hex SHA-256 of the file's bytes as they are on disk
 * @param index conversions between code points and UTF-16
 */
public record SourceText(String fileName, String text, String sha256, CodePointIndex index) {

    public SourceText {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(index, "index");
    }

    /** A source text built in memory (tests, imports); its hash is that of its UTF-8 bytes. */
    public static SourceText of(String fileName, String text) {
        String normalised = LineEndings.normalise(text);
        return new SourceText(fileName, normalised, Hashing.sha256(normalised), CodePointIndex.of(normalised));
    }

    /** Length in code points. */
    public int length() {
        return index.codePointLength();
    }

    /** The text of code point range {@code [start, end)}. */
    public String slice(int start, int end) {
        checkRange(start, end);
        return text.substring(index.toChar(start), index.toChar(end));
    }

    public int toChar(int codePoint) {
        return index.toChar(codePoint);
    }

    public int toCodePoint(int charOffset) {
        return index.toCodePoint(charOffset);
    }

    /** The code point at code point offset {@code cp}. */
    public int codePointAt(int cp) {
        return text.codePointAt(index.toChar(cp));
    }

    public void checkRange(int start, int end) {
        if (start < 0 || end > length() || start > end) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") outside text of " + length() + " code points");
        }
    }

    @Override
    public String toString() {
        return "SourceText[" + fileName + ", " + length() + " code points]";
    }
}
