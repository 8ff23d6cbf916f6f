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
}
