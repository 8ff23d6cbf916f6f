package org.attrib.core.format;

import org.attrib.core.text.Excerpt;

/**
 * What an annotation file's {@code source.file} may hold: the article's file name alone, as
 * {@code story.txt}; not empty, no folder (no {@code /} or {@code \}), not {@code .} or
 * {@code ..}, at most {@value #MAX_LENGTH} characters. Attrib never follows it to a file: the
 * article of {@code story.annotations.json} is the {@code story.txt} beside it, and the name is
 * only compared with that article's.
 */
public final class SourceFileName {

    /** No file system allows a longer file name (most count 255 bytes). */
    public static final int MAX_LENGTH = 255;

    private SourceFileName() {
    }

    /**
     * The problem with a file that records {@code recorded} as its article's name while it is
     * the annotation file of {@code article}; {@code sameText} when the text is the one it was
     * written for (a renamed article, or another article's file copied over).
     */
    public static String mismatch(String recorded, String article, boolean sameText) {
        return "the file says its article is " + Excerpt.quoted(recorded) + ", but it is the annotation file of "
                + Excerpt.quoted(article) + (sameText ? " (the same text under another name)"
                        : "; the texts differ too: it belongs to another article");
    }

    /** What is wrong with {@code name} as a {@code source.file}, in words; null when nothing is. */
    public static String problem(String name) {
        if (name.isEmpty()) {
            return "the article's file name is empty; it should be the name of the article this file annotates, such as \"story.txt\"";
        }
        if (name.codePointCount(0, Math.min(name.length(), 2 * MAX_LENGTH + 2)) > MAX_LENGTH) {
            return Excerpt.quoted(name) + " is longer than a file name can be (" + MAX_LENGTH + " characters)";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return Excerpt.quoted(name) + " is a path; it should be the article's file name alone, without folders, such as \"story.txt\"";
        }
        if (name.equals(".") || name.equals("..")) {
            return Excerpt.quoted(name) + " is not a file name; it should be the article's file name, such as \"story.txt\"";
        }
        if (name.indexOf('\0') >= 0) {
            return Excerpt.quoted(name) + " holds a NUL character, which no file name has";
        }
        return null;
    }
}
