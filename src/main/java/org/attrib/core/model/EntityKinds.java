package org.attrib.core.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses what a new speaker is from its name, so that the analyst has fewer kinds to set by
 * hand: an organisation when the name's head word is one that names organisations
 * ("U.S. State Department", "University of Montreal", "the agency") or an acronym ("NASA",
 * "FBI"), a person otherwise. Only the head counts, the last word before "of", "at", "for" or
 * "from": in "FBI Director Christopher Wray", "JPL's Jonah Peter" and "Thomas Watters of the
 * Smithsonian Institution" the organisation only qualifies a person. Officials and spokespeople
 * of a named organisation ("NASA officials") speak for it, as the corpus guidelines have it.
 */
public final class EntityKinds {

    private static final Set<String> ORGANISATION_WORDS = Set.of(
            "department", "ministry", "police", "party", "inc", "corp", "corporation", "ltd", "llc", "co", "government",
            "agency", "administration", "office", "council", "committee", "commission", "university", "college",
            "institute", "institution", "association", "union", "company", "bank", "court", "army", "navy", "force",
            "service", "bureau", "center", "centre", "foundation", "organization", "organisation", "group", "network",
            "news", "times", "post", "reuters", "press", "laboratory", "laboratories", "lab", "labs", "observatory",
            "museum", "orchestra", "parliament", "congress", "senate", "embassy", "authority");
    /** People who speak for the organisation named before them ("NASA officials", "ministry spokeswoman"). */
    private static final Set<String> SPOKESPEOPLE = Set.of("official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "spokesmen", "spokeswomen");
    /** Words after which the rest of the name only says where or whose: "University of Montreal", "X of the Y Institution". */
    private static final Set<String> QUALIFYING = Set.of("of", "at", "for", "from", "in");
    /** Two to six capitals, optionally dotted ("FBI", "U.N."); not roman numerals ("John Paul II"). */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}|(?:\\p{Lu}\\.){2,6}");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVX]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]?$");

    private EntityKinds() {
    }

    /** Organisation or person, as far as the name tells. */
    public static EntityKind guess(String name) {
        String[] words = name.strip().split("[\\s\\p{Pd}]+");
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (QUALIFYING.contains(words[i].toLowerCase(Locale.ROOT))) {
                end = i;
                break;
            }
        }
        if (end == 0 || words[0].isEmpty()) {
            return EntityKind.PERSON;
        }
        // A name all in capitals ("JOHN SMITH" in a heading) says nothing by its capitals.
        boolean allCaps = name.equals(name.toUpperCase(Locale.ROOT));
        String head = bare(words[end - 1]);
        if (isOrganisationWord(head, allCaps && end > 1)) {
            return EntityKind.ORGANISATION;
        }
        if (SPOKESPEOPLE.contains(head.toLowerCase(Locale.ROOT))) {
            for (int i = 0; i < end - 1; i++) {
                if (isOrganisationWord(bare(words[i]), allCaps)) {
                    return EntityKind.ORGANISATION;
                }
            }
        }
        return EntityKind.PERSON;
    }

    private static boolean isOrganisationWord(String word, boolean capitalsSayNothing) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ORGANISATION_WORDS.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower)) {
            return true;
        }
        return !capitalsSayNothing && ACRONYM.matcher(word).matches() && !ROMAN_NUMERAL.matcher(word).matches();
    }

    /** The word without a possessive and punctuation around it: "NASA’s" gives "NASA", "(FBI)" gives "FBI", "Inc." stays. */
    private static String bare(String word) {
        String w = POSSESSIVE.matcher(word).replaceAll("");
        int from = 0;
        int to = w.length();
        while (from < to && !Character.isLetterOrDigit(w.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(w.charAt(to - 1)) && w.charAt(to - 1) != '.') {
            to--;
        }
        return w.substring(from, to);
    }
}
