package org.attrib.core.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name matching for speaker entities. */
public final class SpeakerNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SpeakerNames() {
    }

    /**
     * The key under which two spellings count as the same name: case, accents, punctuation,
     * spacing and a trailing possessive are ignored, so "López Obrador's" and "Lopez  Obrador"
     * share one key.
     */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s;
    }

    /** A display name from a mention's text: its words, single-spaced, possessive dropped. */
    public static String displayName(String mention) {
        String s = mention.strip().replaceAll("\\s+", " ");
        return POSSESSIVE.matcher(s).replaceAll("");
    }
}
