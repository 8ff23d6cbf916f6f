package org.attrib.core.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.attrib.core.model.EntityKind;

/**
 * The word lists the detector works from, read once from the data files beside this class
 * ({@code reporting-verbs.txt}, {@code titles.txt}, ...; one entry a line, {@code #} comments).
 * All lookups take lower-case words.
 */
final class Lexicon {

    private static final class Holder {
        static final Lexicon ENGLISH = new Lexicon();
    }

    /** Reporting verb form -> true when it takes reported content only after "that". */
    private final Map<String, Boolean> verbs = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> titleWords = new HashSet<>();
    private int longestTitle;
    private final Set<String> organisationWords;
    private final Map<String, EntityKind> speakerNouns = new HashMap<>();
    private final Set<String> teamNouns = new HashSet<>();
    private final Set<String> abbreviations;
    private final Set<String> functionWords;
    private final Set<String> timeWords;
    private final Set<String> places = new HashSet<>();
    private final Map<String, Character> firstNames = new HashMap<>();

    /** Words inside titles that do not make a title by themselves: "of" in "secretary of state". */
    private static final Set<String> TITLE_LINKS = Set.of("of", "for", "the", "and", "de");

    private Lexicon() {
        for (String[] f : fields("reporting-verbs.txt")) {
            verbs.put(f[0], f.length > 1 && f[1].equals("that"));
        }
        for (String[] f : fields("titles.txt")) {
            String t = String.join(" ", f);
            titles.add(t);
            for (String w : f) {
                if (!TITLE_LINKS.contains(w)) {
                    titleWords.add(w);
                }
            }
            longestTitle = Math.max(longestTitle, f.length);
        }
        organisationWords = firstFields("organisation-words.txt");
        for (String[] f : fields("speaker-nouns.txt")) {
            speakerNouns.put(f[0], f.length > 1 && f[1].equals("organisation") ? EntityKind.ORGANISATION : EntityKind.PERSON);
            if (f.length > 2 && f[2].equals("team")) {
                teamNouns.add(f[0]);
            }
        }
        abbreviations = firstFields("abbreviations.txt");
        functionWords = firstFields("function-words.txt");
        timeWords = firstFields("time-words.txt");
        for (String[] f : fields("places.txt")) {
            places.add(String.join(" ", f));
        }
        for (String[] f : fields("first-names.txt")) {
            firstNames.put(f[0], f.length > 1 ? f[1].charAt(0) : (char) 0);
        }
    }

    /** The lists, loaded on first use and kept. */
    static Lexicon english() {
        return Holder.ENGLISH;
    }

    boolean isReportingVerb(String lower) {
        return verbs.containsKey(lower);
    }

    /** True for verbs that report content only after "that" ("announced that ..."). */
    boolean needsThat(String lower) {
        return Boolean.TRUE.equals(verbs.get(lower));
    }

    /** True when the words (lower case, single-spaced) are a title: "secretary of state". */
    boolean isTitle(String lowerPhrase) {
        return titles.contains(lowerPhrase);
    }

    /** True when the word occurs in some title. */
    boolean isTitleWord(String lower) {
        return titleWords.contains(lower);
    }

    int longestTitle() {
        return longestTitle;
    }

    boolean isOrganisationWord(String lower) {
        return organisationWords.contains(lower);
    }

    /** The kind of speaker a common noun names ("officials", "the ministry"), or null. */
    EntityKind speakerNoun(String lower) {
        return speakerNouns.get(lower);
    }

    /** True for the collectives of a study: "researchers", "scientists", "the team". */
    boolean isTeamNoun(String lower) {
        return teamNouns.contains(lower);
    }

    boolean isAbbreviation(String lower) {
        return abbreviations.contains(lower);
    }

    boolean isFunctionWord(String lower) {
        return functionWords.contains(lower);
    }

    boolean isTimeWord(String lower) {
        return timeWords.contains(lower);
    }

    boolean isPlace(String lowerPhrase) {
        return places.contains(lowerPhrase);
    }

    /** 'm' or 'f' for a common given name (lower case), or 0 when unknown. */
    char genderOfFirstName(String lower) {
        Character g = firstNames.get(lower);
        return g == null ? 0 : g;
    }

    private static Set<String> firstFields(String resource) {
        Set<String> out = new HashSet<>();
        for (String[] f : fields(resource)) {
            out.add(f[0]);
        }
        return out;
    }

    /** The lines of a data file split on white space, lower-cased, without comments and blanks. */
    private static List<String[]> fields(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource + " beside " + Lexicon.class.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s.toLowerCase(Locale.ROOT).split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
        return out;
    }
}
