package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.testsupport.Fixtures;

class StatsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void countsPerTypeAndPerSpeakerAsATable() {
        CliRun r = CliRun.of("stats", Fixtures.corpus(tmp));
        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.outLines()).startsWith(
                "2 articles: 0 done, 2 in progress, 0 not started",
                "6 quotes (0 unattributed), 5 claims (0 unattributed), 10 speaker mentions, 1 suggestion pending",
                "",
                "Speaker                      Quotes  Claims  Mentions  Articles",
                "Andres Manuel Lopez Obrador       1       2         2         1",
                "Hugo Rodriguez                    2       0         2         1");
        // Wide characters take two columns, so the counts still line up.
        assertThat(r.outLines()).contains("山田太郎                          1       0         1         1");
    }

    @Test
    void countsAsJson() throws Exception {
        CliRun r = CliRun.of("stats", "--json", Fixtures.corpus(tmp));
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("articles").asInt()).isEqualTo(2);
        assertThat(json.get("annotations").get("quote").asInt()).isEqualTo(6);
        assertThat(json.get("unattributed").get("claim").asInt()).isZero();
        assertThat(json.get("speakers")).hasSize(8);
        assertThat(json.get("speakers").get(0).get("name").asText()).isEqualTo("Andres Manuel Lopez Obrador");
        assertThat(json.get("speakers").get(0).get("claims").asInt()).isEqualTo(2);
    }

    @Test
    void unreadableArticlesAreReportedAndTheRestCounted() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Files.write(corpus.resolve("unicode.txt"), new byte[] {(byte) 0xC3, 0x28});
        CliRun r = CliRun.of("stats", corpus);
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.errLines()).singleElement().asString().startsWith(corpus.resolve("unicode.txt") + ": not valid UTF-8");
        assertThat(r.out()).startsWith("1 article: ");
    }

    @Test
    void theFoldersCorpusIdentityDecidesWhoIsWho() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Files.writeString(corpus.resolve("attrib-corpus.json"), """
                {
                  "format": "attrib-corpus",
                  "version": 1,
                  "speakers": [
                    {
                      "id": "s1",
                      "name": "Hugo Rodriguez, mayor",
                      "members": [
                        {"document": "unicode.txt", "entity": "e0mayor"},
                        {"document": "world/voa-2019-12-04-us-mexico-cartel-tools.txt", "entity": "e0rodriguez"}
                      ]
                    }
                  ]
                }
                """);
        CliRun r = CliRun.of("stats", corpus);
        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.outLines()).contains("Hugo Rodriguez, mayor             3       0         3         2")
                .noneMatch(line -> line.startsWith("The mayor"));

        JsonNode json = new ObjectMapper().readTree(CliRun.of("stats", "--json", corpus).out());
        assertThat(json.get("speakers")).hasSize(7);
        assertThat(json.get("speakers").get(0).get("name").asText()).isEqualTo("Hugo Rodriguez, mayor");
        assertThat(json.get("speakers").get(0).get("id").asText()).isEqualTo("s1");
        assertThat(json.get("speakers").get(0).get("kind").asText()).isEqualTo("person");
        assertThat(json.get("speakers").get(1).has("id")).isFalse();

        // Named one by one, the articles have no folder, so no identity file applies.
        CliRun separately = CliRun.of("stats", corpus.resolve("unicode.txt"), corpus.resolve(Fixtures.VOA));
        assertThat(separately.outLines()).anyMatch(line -> line.startsWith("The mayor"));
    }

    @Test
    void aBadCorpusIdentityIsReportedAndSpeakersAreMatchedWithoutIt() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Path identity = corpus.resolve("attrib-corpus.json");
        Files.writeString(identity, "{\"format\": \"attrib-corpus\", \"version\": 9, \"speakers\": []}");
        CliRun r = CliRun.of("stats", corpus);
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.errLines()).singleElement().asString()
                .startsWith(identity + ": /version: written by a newer version of Attrib")
                .endsWith("speakers are matched without it");
        assertThat(r.outLines()).contains("The mayor                         1       0         1         1");
    }

    @Test
    void listsWhatOneSpeakerSaidAcrossTheCorpus() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        CliRun r = CliRun.of("stats", "--speaker", "lopez obrador", corpus);
        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.outLines()).hasSize(4);
        assertThat(r.outLines().get(0)).isEqualTo("Andres Manuel Lopez Obrador (person): 1 quote, 2 claims in 1 article");
        assertThat(r.outLines().subList(1, 4)).allMatch(line -> line.startsWith(Fixtures.VOA + " ["));
        assertThat(r.outLines()).anyMatch(line -> line.endsWith("claim (suggested): he would not permit an armed foreign intervention"));

        JsonNode json = new ObjectMapper().readTree(CliRun.of("stats", "--json", "--speaker", "Lopez Obrador", corpus).out());
        JsonNode statements = json.get("speakers").get(0).get("statements");
        assertThat(statements).hasSize(3);
        String text = Files.readString(corpus.resolve(Fixtures.VOA));
        for (JsonNode st : statements) {
            int start = text.offsetByCodePoints(0, st.get("start").asInt());
            int end = text.offsetByCodePoints(0, st.get("end").asInt());
            assertThat(text.substring(start, end)).isEqualTo(st.get("text").asText());
        }

        CliRun nobody = CliRun.of("stats", "--speaker", "Nobody At All", corpus);
        assertThat(nobody.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(nobody.err()).contains("attrib stats: no speaker is known as \"Nobody At All\"");
    }

    @Test
    void noPathIsAUsageError() {
        CliRun none = CliRun.of("stats");
        assertThat(none.exitCode()).isEqualTo(AttribCli.USAGE);
        assertThat(none.err()).contains("Missing required parameter");
        assertThat(none.out()).isEmpty();
    }
}
