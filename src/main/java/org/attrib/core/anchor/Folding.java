package org.attrib.core.anchor;

/**
 * Characters that a re-scrape of an article changes without changing its words: curly and
 * straight quotes, dashes, the various spaces. Fuzzy matching compares folded code points, so
 * that such changes cost nothing.
 */
final class Folding {

    private Folding() {
    }

    static int fold(int cp) {
        return switch (cp) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\uFF02' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032', '\u00B4', '`', '\uFF07' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2002', '\u2003', '\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000' -> ' ';
            default -> cp;
        };
    }

    /** True when a re-scrape could have changed this code point into another one that folds alike. */
    static boolean isFoldable(int cp) {
        return fold(cp) != cp || cp == '"' || cp == '\'' || cp == '-' || cp == ' ';
    }

    static int[] folded(String s) {
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            cps[i] = fold(cps[i]);
        }
        return cps;
    }
}
