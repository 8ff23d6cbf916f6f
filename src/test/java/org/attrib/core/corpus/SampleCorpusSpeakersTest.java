package org.attrib.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.io.FileStamp;
import org.attrib.core.model.EntityKind;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;

/**
 * The bundled sample corpus (eleven VOA articles with gold annotations, four of them quoting
 * NASA) read from disk, the space articles in a subfolder, as the corpus speakers view reads it.
 */
class SampleCorpusSpeakersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VOYAGER = "space/voa-le-2024-11-21-nasa-reconnects-with-voyager.txt";
    private static final String HELICOPTER = "space/voa-le-2024-12-18-nasa-mars-helicopter-final-crash.txt";
    private static final String MARS_ICE = "space/voa-le-2024-01-26-mars-equator-water-ice.txt";

    @TempDir
    Path folder;

    @BeforeEach
    void copySample() throws IOException {
        Path sample = Paths.get(System.getProperty(SampleCorpus.PROPERTY, "annotations"));
        try (Stream<Path> files = Files.list(sample)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".annotations.json")).toList()) {
                String name = p.getFileName().toString();
                Path target = name.contains("nasa") || name.contains("mars") || name.contains("exoplanet")
                        ? folder.resolve("space").resolve(name) : folder.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }

    @Test
    void nasaIsOneSpeakerAcrossItsFourArticlesAndNoOneElseIsMatched() throws IOException {
        CorpusDocuments docs = CorpusDocuments.read(folder);
        assertThat(docs.problems()).isEmpty();
        assertThat(docs.documents()).hasSize(11);
        CorpusSpeakers speakers = CorpusSpeakers.build(docs, CorpusIdentity.EMPTY);

        CorpusSpeaker nasa = speakers.speakers().get(0);
        assertThat(nasa.name()).isEqualTo("NASA");
        assertThat(nasa.kind()).isEqualTo(EntityKind.ORGANISATION);
        assertThat(nasa.documents()).isEqualTo(4);
        assertThat(nasa.members()).extracting(m -> m.ref().document()).containsExactly(
                "space/voa-le-2023-12-21-nasa-enceladus-hydrogen-cyanide.txt", MARS_ICE, VOYAGER, HELICOPTER);
        int[] expected = new int[3];
        for (DocumentEntity m : nasa.members()) {
            int[] counted = countInFile(m.ref().document(), m.ref().entity());
            for (int i = 0; i < 3; i++) {
                expected[i] += counted[i];
            }
        }
        assertThat(new int[] {nasa.mentions(), nasa.quotes(), nasa.claims()}).containsExactly(expected);
        assertThat(nasa.mentions()).isEqualTo(25);

        // The articles share no person; two articles have generic "scientists".
        assertThat(speakers.speakers()).hasSize(38);
        assertThat(speakers.speakers()).filteredOn(s -> s.kind() == EntityKind.PERSON)
                .allSatisfy(s -> assertThat(s.documents()).isEqualTo(1));
        assertThat(speakers.named("scientists")).singleElement().extracting(CorpusSpeaker::documents).isEqualTo(2);
        // Every quote and claim of the gold files is attributed, so every one is listed once.
        assertThat(speakers.statements()).isEqualTo(76 + 115);
    }

    @Test
    void everyStatementOpensItsArticleAtItsText() throws Exception {
        CorpusSpeakers speakers = CorpusSpeakers.build(CorpusDocuments.read(folder), CorpusIdentity.EMPTY);
        for (CorpusSpeaker s : speakers.speakers()) {
            for (Statement st : s.statements()) {
                SourceText text = SourceTextLoader.load(st.source());
                assertThat(text.slice(st.start(), st.end())).as("%s %s", st.document(), st.annotationId()).isEqualTo(st.text());
                assertThat(st.source()).isEqualTo(folder.resolve(st.document()));
            }
        }
    }

    @Test
    void mergesSplitsAndRenamesSurviveSavingReReadingAndChangedArticles() throws Exception {
        CorpusDocuments docs = CorpusDocuments.read(folder);
        CorpusSpeakers first = CorpusSpeakers.build(docs, CorpusIdentityFile.read(folder).identity());
        CorpusSpeaker nasa = first.named("NASA").get(0);
        CorpusSpeaker scientists = first.named("scientists").get(0);
        CorpusSpeaker engineers = first.named("JPL engineers").get(0);
        CorpusSpeaker developers = first.named("Mars Chopper developers").get(0);
        EntityRef marsScientists = scientists.memberRefs().stream().filter(m -> m.document().equals(MARS_ICE)).findFirst().orElseThrow();

        CorpusIdentity identity = first.identity().rename(nasa, "NASA (U.S. space agency)");
        identity = identity.split(scientists, marsScientists);
        identity = identity.merge(engineers, developers);
        FileStamp stamp = CorpusIdentityFile.save(folder, identity, FileStamp.ABSENT);
        CorpusSpeakers decided = CorpusSpeakers.build(docs, identity);

        // Read again from disk: the same rows.
        CorpusIdentityFile.Loaded loaded = CorpusIdentityFile.read(folder);
        assertThat(loaded.stamp()).isEqualTo(stamp);
        assertThat(CorpusSpeakers.build(CorpusDocuments.read(folder), loaded.identity()).speakers()).isEqualTo(decided.speakers());

        // The articles change: Voyager's NASA is renamed, the helicopter article gains a paragraph
        // (so its annotations are re-anchored), and a copy of the Voyager article is added.
        rename(VOYAGER, "National Aeronautics and Space Administration");
        Path helicopter = folder.resolve(HELICOPTER);
        Files.writeString(helicopter, "An editor's note comes first.\n\n" + Files.readString(helicopter, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        Path copies = Files.createDirectories(folder.resolve("copies"));
        for (String suffix : List.of(".txt", ".annotations.json")) {
            String name = Path.of(VOYAGER).getFileName().toString().replace(".txt", suffix);
            Files.copy(folder.resolve("space").resolve(name), copies.resolve(name));
        }

        CorpusDocuments changed = CorpusDocuments.read(folder);
        assertThat(changed.problems()).isEmpty();
        CorpusSpeakers later = CorpusSpeakers.build(changed, CorpusIdentityFile.read(folder).identity());
        String nasaId = decided.speakerOf(nasa.memberRefs().get(0)).orElseThrow().id();
        CorpusSpeaker nasaNow = later.speaker(nasaId).orElseThrow();
        assertThat(nasaNow.name()).isEqualTo("NASA (U.S. space agency)");
        assertThat(nasaNow.memberRefs()).containsAll(nasa.memberRefs());
        assertThat(nasaNow.names()).contains("National Aeronautics and Space Administration");
        // The copy goes by the new name of one of the row's members, so it joins the row.
        String voyagerNasa = nasa.memberRefs().stream().filter(m -> m.document().equals(VOYAGER)).findFirst().orElseThrow().entity();
        assertThat(later.speakerOf(new EntityRef("copies/" + Path.of(VOYAGER).getFileName(), voyagerNasa))).contains(nasaNow);
        assertThat(nasaNow.documents()).isEqualTo(5);

        assertThat(later.speakerOf(marsScientists).orElseThrow().memberRefs()).containsExactly(marsScientists);
        CorpusSpeaker team = later.speakerOf(engineers.memberRefs().get(0)).orElseThrow();
        assertThat(team.memberRefs()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(engineers.memberRefs().stream(), developers.memberRefs().stream()).toList());
        assertThat(team.documents()).isEqualTo(1);

        // Re-anchored spans still open the article at the quote.
        SourceText text = SourceTextLoader.load(helicopter);
        assertThat(team.statements()).isNotEmpty().allSatisfy(st -> assertThat(text.slice(st.start(), st.end())).isEqualTo(st.text()));
    }

    /** Renames NASA in an article's annotation file, as the analyst would in the window. */
    private void rename(String document, String name) throws IOException {
        Path file = folder.resolve(document.replace(".txt", ".annotations.json"));
        JsonNode root = JSON.readTree(file.toFile());
        for (JsonNode e : root.get("entities")) {
            if (e.get("name").asText().equals("NASA")) {
                ((ObjectNode) e).put("name", name);
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    /** Mentions, quotes and claims of an entity, counted straight from its annotation file. */
    private int[] countInFile(String document, String entity) throws IOException {
        JsonNode root = JSON.readTree(folder.resolve(document.replace(".txt", ".annotations.json")).toFile());
        int[] counts = new int[3];
        for (JsonNode a : root.get("annotations")) {
            String type = a.get("type").asText();
            if (type.equals("speaker") && a.get("entity").asText().equals(entity)) {
                counts[0]++;
            } else if (a.has("speaker") && a.get("speaker").asText().equals(entity)) {
                counts[type.equals("quote") ? 1 : 2]++;
            }
        }
        return counts;
    }
}
