package org.attrib.core.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attrib.core.model.EntityKind;
import org.attrib.core.model.SpeakerNames;

/**
 * Groups the mentions of one speaker into one entity: by the same name, by a surname or a shorter
 * form of a name seen in full ("Lopez Obrador" joins "Andres Manuel Lopez Obrador"; "Burnidge"
 * joins "William Burnidge", even when the full name was seen only outside an attribution), and by
 * a title seen with a name ("the Mexican president" joins "Mexican President Andres Manuel Lopez
 * Obrador").
 */
final class EntityGrouper {

    /** One speaker being built up. */
    static final class Group {
        final int number;
        String name;
        List<String> words;
        EntityKind kind;
        final Set<String> titleWords = new HashSet<>();
        /** 'm', 'f' or 0 when unknown, learnt from he/she and Mr/Ms. */
        char gender;

        Group(int number, String name, List<String> words, EntityKind kind) {
            this.number = number;
            this.name = name;
            this.words = words;
            this.kind = kind;
        }
    }

    private final List<Group> groups = new ArrayList<>();
    private final Lexicon lex;

    EntityGrouper(Lexicon lex) {
        this.lex = lex;
    }
    /** Last word of a person's full name -> the full name, first seen anywhere in the text. */
    private final Map<String, String> fullNames = new HashMap<>();

    /** Remembers a full name seen in the text, for a later surname-only mention. */
    void seeFullName(String name) {
        List<String> w = words(name);
        if (w.size() >= 2) {
            fullNames.putIfAbsent(w.get(w.size() - 1), name);
        }
    }

    /** True when the word (one word) is the last word of a person's full name seen in the text. */
    boolean isKnownSurname(String word) {
        List<String> w = words(word);
        return w.size() == 1 && fullNames.containsKey(w.get(0));
    }

    /** The group a name would join, or null; creates nothing. */
    Group lookup(String name, EntityKind kind) {
        List<String> w = words(name);
        if (w.size() == 1 && fullNames.containsKey(w.get(0))) {
            w = words(fullNames.get(w.get(0)));
        }
        return w.isEmpty() ? null : find(w, kind);
    }

    /** The group of a name ("Andres Manuel Lopez Obrador", "Burnidge"), created if new. */
    Group forName(String name, EntityKind kind, List<String> titleWords) {
        List<String> w = words(name);
        String display = SpeakerNames.displayName(name);
        if (w.size() == 1 && fullNames.containsKey(w.get(0))) {
            display = SpeakerNames.displayName(fullNames.get(w.get(0)));
            w = words(display);
            if (kind == null) {
                kind = EntityKind.PERSON;
            }
        }
        Group g = find(w, kind);
        if (g == null) {
            g = new Group(groups.size(), display, w, kind);
            groups.add(g);
        } else if (w.size() > g.words.size()) {
            g.name = display;
            g.words = w;
        }
        if (g.kind == null) {
            g.kind = kind;
        }
        g.titleWords.addAll(titleWords);
        if (g.gender == 0 && g.kind != EntityKind.ORGANISATION && g.words.size() >= 2) {
            g.gender = lex.genderOfFirstName(g.words.get(0));
        }
        if (titleWords.contains("mr.") || titleWords.contains("mr")) {
            g.gender = 'm';
        } else if (titleWords.contains("mrs.") || titleWords.contains("ms.") || titleWords.contains("miss")) {
            g.gender = 'f';
        }
        return g;
    }

    /**
     * The group a role phrase refers to: the most recent one with that title ("president", and
     * "mexican" if said), or an organisation whose name has the head noun ("the department"); null when none.
     */
    Group forRole(String head, List<String> modifiers) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            if (g.titleWords.contains(head) && g.titleWords.containsAll(modifiers)) {
                return g;
            }
        }
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            if (g.kind == EntityKind.ORGANISATION && g.words.contains(head)) {
                return g;
            }
        }
        return null;
    }

    private Group team;

    /** The one group of a study's researchers ("researchers", "the team", "scientists involved in the study"). */
    Group forTeam(String description) {
        if (team == null) {
            team = forDescription(description, description, EntityKind.PERSON);
        }
        return team;
    }

    /** A group for a speaker known only by a description ("officials"); {@code key} says which descriptions are the same. */
    Group forDescription(String description, String key, EntityKind kind) {
        List<String> w = words(key);
        for (Group g : groups) {
            if (g.words.equals(w)) {
                return g;
            }
        }
        Group g = new Group(groups.size(), SpeakerNames.displayName(description), w, kind);
        groups.add(g);
        return g;
    }

    private Group find(List<String> w, EntityKind kind) {
        for (int i = groups.size() - 1; i >= 0; i--) {
            if (groups.get(i).words.equals(w)) {
                return groups.get(i);
            }
        }
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            boolean people = g.kind != EntityKind.ORGANISATION && kind != EntityKind.ORGANISATION;
            int shorter = Math.min(g.words.size(), w.size());
            if ((people || shorter >= 2) && (endsWith(g.words, w) || endsWith(w, g.words))) {
                return g;
            }
        }
        return null;
    }

    private static boolean endsWith(List<String> whole, List<String> tail) {
        int n = whole.size();
        int m = tail.size();
        return m > 0 && m <= n && whole.subList(n - m, n).equals(tail);
    }

    /** A name's normalised words; names recur all through an article, so each is worked out once. */
    List<String> words(String name) {
        return wordCache.computeIfAbsent(name, n -> {
            String k = SpeakerNames.normalise(n);
            return k.isEmpty() ? List.of() : List.of(k.split(" "));
        });
    }

    private final Map<String, List<String>> wordCache = new HashMap<>();
}
