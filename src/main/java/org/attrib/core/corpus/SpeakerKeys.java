package org.attrib.core.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attrib.core.model.EntityKind;
import org.attrib.core.model.SpeakerNames;

/** The keys speakers are matched under across documents: normalised names, aliases and surnames. */
final class SpeakerKeys {

    /** Mentions that are pronouns say nothing about who is meant in another article. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
            "his", "hers", "their", "theirs", "its", "us", "me", "who", "this", "that");
    /**
     * Courtesy titles, left out of persons' keys ("Mr. LeBeau" is LeBeau), with the sex they
     * tell when they do: Mr. Smith and Mrs. Smith are never matched automatically.
     */
    private static final Map<String, Sex> HONORIFICS = Map.ofEntries(
            Map.entry("mr", Sex.MALE), Map.entry("sir", Sex.MALE),
            Map.entry("mrs", Sex.FEMALE), Map.entry("ms", Sex.FEMALE), Map.entry("miss", Sex.FEMALE), Map.entry("dame", Sex.FEMALE),
            Map.entry("mx", Sex.UNKNOWN), Map.entry("dr", Sex.UNKNOWN), Map.entry("prof", Sex.UNKNOWN),
            Map.entry("professor", Sex.UNKNOWN), Map.entry("rev", Sex.UNKNOWN));

    /** What a courtesy title tells. */
    enum Sex { UNKNOWN, MALE, FEMALE }

    private SpeakerKeys() {
    }

    /**
     * The key of a display name: {@link SpeakerNames#normalise}, with initials run together
     * ("J. K." and "JK", "U.S." and "US" alike) and, for persons, courtesy titles dropped. A name
     * of which nothing is left (emoji) is its own key, marked so that it equals no other kind of key.
     */
    static String nameKey(String name, EntityKind kind) {
        String key = key(name, kind);
        return key.isEmpty() ? "\u0000" + name.strip() : key;
    }

    /** The key of a mention's text, or null for a pronoun or a text of no letters or digits. */
    static String aliasKey(String mention, EntityKind kind) {
        if (PRONOUNS.contains(SpeakerNames.normalise(mention))) {
            return null;
        }
        String key = key(mention, kind);
        return key.isEmpty() ? null : key;
    }

    /** The sex a name's courtesy title tells ("Mrs. Smith"), or unknown. */
    static Sex sexOf(String name) {
        String key = SpeakerNames.normalise(name);
        int space = key.indexOf(' ');
        return space < 0 ? Sex.UNKNOWN : HONORIFICS.getOrDefault(key.substring(0, space), Sex.UNKNOWN);
    }

    /** A key with its kind, so that a person and an organisation of one name never share an index entry. */
    static String withKind(EntityKind kind, String key) {
        return kind.id() + "\u0001" + key;
    }

    /** The shorter keys a name ends with, word by word: "andres manuel lopez obrador" ends with "manuel lopez obrador", ... "obrador". */
    static List<String> properSuffixes(String key) {
        List<String> out = new ArrayList<>();
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            out.add(key.substring(i + 1));
        }
        return out;
    }

    private static String key(String text, EntityKind kind) {
        String normal = SpeakerNames.normalise(text);
        if (normal.isEmpty()) {
            return normal;
        }
        String[] words = normal.split(" ");
        int from = 0;
        if (kind == EntityKind.PERSON) {
            while (from < words.length - 1 && HONORIFICS.containsKey(words[from])) {
                from++;
            }
        }
        StringBuilder out = new StringBuilder(normal.length());
        for (int i = from; i < words.length; i++) {
            boolean initial = isInitial(words[i]) && i > from && isInitial(words[i - 1]);
            if (!initial && out.length() > 0) {
                out.append(' ');
            }
            out.append(words[i]);
        }
        return out.toString();
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isLetter(word.charAt(0));
    }
}
