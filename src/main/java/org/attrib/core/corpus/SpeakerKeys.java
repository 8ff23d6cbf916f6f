package org.attrib.core.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.attrib.core.model.EntityKind;
import org.attrib.core.model.SpeakerNames;

/** The keys speakers are matched under across documents: normalised names, aliases and surnames. */
final class SpeakerKeys {

    /** Mentions that are pronouns say nothing about who is meant in another article. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
            "his", "hers", "their", "theirs", "its", "us", "me", "who", "this", "that");
    /** Courtesy titles left out when a short name is compared with full names ("Mr. LeBeau"). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir",
            "dame", "rev");

    private SpeakerKeys() {
    }

    /**
     * The key of a display name: {@link SpeakerNames#normalise}, or the name itself (marked, so
     * that it cannot equal a normalised key) when nothing of it is left, such as a name of emoji.
     */
    static String nameKey(String name) {
        String key = SpeakerNames.normalise(name);
        return key.isEmpty() ? "\u0000" + name.strip() : key;
    }

    /** The key of a mention's text, or null for a pronoun or a text of no letters or digits. */
    static String aliasKey(String mention) {
        String key = SpeakerNames.normalise(mention);
        return key.isEmpty() || PRONOUNS.contains(key) ? null : key;
    }

    /** A key with its kind, so that a person and an organisation of one name never share an index entry. */
    static String withKind(EntityKind kind, String key) {
        return kind.id() + "\u0001" + key;
    }

    /** A key without leading courtesy titles, keeping at least one word: "mr lebeau" becomes "lebeau". */
    static String withoutHonorifics(String key) {
        String[] words = key.split(" ");
        int from = 0;
        while (from < words.length - 1 && HONORIFICS.contains(words[from])) {
            from++;
        }
        return from == 0 ? key : String.join(" ", Arrays.copyOfRange(words, from, words.length));
    }

    /** The shorter keys a name ends with, word by word: "andres manuel lopez obrador" ends with "manuel lopez obrador", ... "obrador". */
    static List<String> properSuffixes(String key) {
        List<String> out = new ArrayList<>();
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            out.add(key.substring(i + 1));
        }
        return out;
    }
}
