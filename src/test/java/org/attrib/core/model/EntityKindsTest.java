package org.attrib.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.attrib.core.corpus.SampleCorpus;

/** A new speaker's kind is guessed from its name: an organisation by its head word or an acronym, else a person. */
class EntityKindsTest {

    @Test
    void organisationsByTheirHeadWord() {
        for (String name : List.of("U.S. State Department", "Mexico’s Foreign Ministry", "University of Montreal",
                "the agency", "Mexican government", "Jet Propulsion Laboratory", "Acme Inc.", "Acme Inc", "Acme LLC",
                "Institutional Revolutionary Party", "Mexico City police", "National Weather Service", "The New York Times",
                "Reuters", "European Union", "Bank of Mexico", "Ministry of Foreign Affairs", "Supreme Court",
                "American Orchestra", "NASA’s Jet Propulsion Laboratory in California")) {
            assertThat(EntityKinds.guess(name)).as(name).isEqualTo(EntityKind.ORGANISATION);
        }
    }

    @Test
    void organisationsByAnAcronym() {
        for (String name : List.of("NASA", "JPL", "FBI", "UN", "VOA", "EU", "U.S.", "U.N.", "NASA officials", "Agency officials",
                "ministry spokeswoman")) {
            assertThat(EntityKinds.guess(name)).as(name).isEqualTo(EntityKind.ORGANISATION);
        }
    }

    @Test
    void peopleOtherwise() {
        for (String name : List.of("Hugo Rodriguez", "Mr. LeBeau", "Mexican President Andres Manuel Lopez Obrador",
                "JPL’s Jonah Peter", "FBI Director Christopher Wray", "Thomas Watters of the U.S. Smithsonian Institution",
                "Deputy Assistant Secretary of State Hugo Rodriguez", "Priya Natarajan of Wedbush Securities",
                "Michael J. Fox", "John Paul II", "JOHN SMITH", "A", "researchers", "", "  ")) {
            assertThat(EntityKinds.guess(name)).as(name).isEqualTo(EntityKind.PERSON);
        }
    }

    @Test
    void wordsCountWhateverTheirCase() {
        assertThat(EntityKinds.guess("the DEPARTMENT")).isEqualTo(EntityKind.ORGANISATION);
        assertThat(EntityKinds.guess("city council")).isEqualTo(EntityKind.ORGANISATION);
    }

    /**
     * On the sample corpus (its entities' names, and the text of every mention of a person or an
     * organisation, as a tag would guess it), the guess never makes a person an organisation and
     * finds every organisation but a country speaking as its government. The guess never says
     * "other": the corpus's groups (researchers, experts) are guessed people.
     */
    @Test
    void onTheSampleCorpus() throws IOException {
        Map<EntityKind, int[]> byGoldKind = new EnumMap<>(EntityKind.class);
        List<String> missed = new ArrayList<>();
        int mentionsRight = 0;
        int mentions = 0;
        for (Path file : annotationFiles()) {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            Map<String, EntityKind> kinds = new HashMap<>();
            for (JsonNode e : root.get("entities")) {
                EntityKind gold = EntityKind.fromId(e.get("kind").asText()).orElseThrow();
                kinds.put(e.get("id").asText(), gold);
                EntityKind guess = EntityKinds.guess(e.get("name").asText());
                int[] counts = byGoldKind.computeIfAbsent(gold, k -> new int[2]);
                counts[0]++;
                if (guess == gold) {
                    counts[1]++;
                } else if (gold != EntityKind.OTHER) {
                    missed.add(e.get("name").asText());
                }
            }
            for (JsonNode a : root.get("annotations")) {
                EntityKind gold = a.get("type").asText().equals("speaker") ? kinds.get(a.get("entity").asText()) : null;
                if (gold == EntityKind.PERSON || gold == EntityKind.ORGANISATION) {
                    mentions++;
                    if (EntityKinds.guess(SpeakerNames.displayName(a.get("text").asText())) == gold) {
                        mentionsRight++;
                    }
                }
            }
        }
        int right = byGoldKind.values().stream().mapToInt(c -> c[1]).sum();
        int total = byGoldKind.values().stream().mapToInt(c -> c[0]).sum();
        System.out.printf("Kind guess on the sample corpus: %d of %d entities (persons %d/%d, organisations %d/%d, other %d/%d);"
                + " %d of %d person and organisation mentions%n", right, total,
                byGoldKind.get(EntityKind.PERSON)[1], byGoldKind.get(EntityKind.PERSON)[0],
                byGoldKind.get(EntityKind.ORGANISATION)[1], byGoldKind.get(EntityKind.ORGANISATION)[0],
                byGoldKind.get(EntityKind.OTHER)[1], byGoldKind.get(EntityKind.OTHER)[0], mentionsRight, mentions);
        assertThat(total).as("entities in the sample corpus").isGreaterThan(30);
        assertThat(missed).as("people and organisations guessed wrong").containsExactly("Mexico");
        assertThat(mentionsRight).isEqualTo(mentions - 1);
    }

    private static List<Path> annotationFiles() throws IOException {
        Path folder = SampleCorpus.locate().orElseThrow();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".annotations.json")).sorted().toList();
        }
    }
}
