package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private static JsonNode json(CliRun r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void scoresTheSuggesterAgainstGoldAndPrintsATable() throws Exception {
        Path gold = dir.resolve("gold");
        Path story = CliRun.article(gold, "story.txt", CliRun.ARTICLE);
        CliRun.annotate(story, CliRun.annotationFile(story), true);

        CliRun r = CliRun.of("eval", "--gold", gold.toString());

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.out()).contains("Scored 1 document(s)").contains("quote (direct)").contains("exact span")
                .contains("Speaker attribution");
        JsonNode j = json(CliRun.of("eval", "--gold", gold.toString(), "--json"));
        assertThat(j.at("/documents").asInt()).isEqualTo(1);
        assertThat(j.at("/spans/quote/exact/f1").asDouble()).isEqualTo(1.0);
        assertThat(j.at("/spans/claim/exact/tp").asInt()).isEqualTo(1);
        assertThat(j.at("/attribution/quote/right").asInt()).isEqualTo(2);
        assertThat(j.at("/attribution/quote/accuracy").asDouble()).isEqualTo(1.0);

        // Every suggestion falls in one confidence band, and the bands add up to all predictions.
        assertThat(r.out()).contains("Precision by the predictions' confidence");
        int predicted = 0;
        for (String type : new String[] {"quote", "claim", "speaker"}) {
            predicted += j.at("/spans/" + type + "/exact/tp").asInt() + j.at("/spans/" + type + "/exact/fp").asInt();
        }
        int inBands = 0;
        for (String band : new String[] {"high", "medium", "low"}) {
            inBands += j.at("/confidence/" + band + "/predicted").asInt();
        }
        assertThat(inBands).isEqualTo(predicted).isPositive();
        assertThat(j.at("/confidence/none/predicted").asInt()).as("every suggestion has a confidence").isZero();
    }

    @Test
    void scoresPredictionFilesPairedByRelativePath() throws Exception {
        Path gold = dir.resolve("gold");
        Path pred = dir.resolve("pred");
        Path story = CliRun.article(gold.resolve("a"), "story.txt", CliRun.ARTICLE);
        CliRun.annotate(story, CliRun.annotationFile(story), true);
        Path predArticle = CliRun.article(pred.resolve("a"), "story.txt", CliRun.ARTICLE);
        CliRun.annotate(predArticle, CliRun.annotationFile(predArticle), false);

        JsonNode j = json(CliRun.of("eval", "--gold", gold.toString(), "--pred", pred.toString(), "--json"));

        // The prediction has both quotes and Hugo's mention but neither Maria's mention nor her claim.
        assertThat(j.at("/spans/quote/exact/tp").asInt()).isEqualTo(2);
        assertThat(j.at("/spans/claim/exact/fn").asInt()).isEqualTo(1);
        assertThat(j.at("/spans/claim/exact/recall").asDouble()).isEqualTo(0.0);
        assertThat(j.at("/spans/claim/exact/precision").isNull()).isTrue();
        assertThat(j.at("/spans/speaker/overlap/recall").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aMissingPredictionCountsAsNothingPredicted() throws Exception {
        Path gold = dir.resolve("gold");
        Path story = CliRun.article(gold, "story.txt", CliRun.ARTICLE);
        CliRun.annotate(story, CliRun.annotationFile(story), true);
        Files.createDirectories(dir.resolve("pred"));

        CliRun r = CliRun.of("eval", "--gold", gold.toString(), "--pred", dir.resolve("pred").toString(), "--json");

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.err()).contains("missing");
        assertThat(json(r).at("/spans/quote/exact/recall").asDouble()).isEqualTo(0.0);
    }

    @Test
    void badGoldIsReported() throws Exception {
        assertThat(CliRun.of("eval").exitCode()).isEqualTo(AttribCli.USAGE);

        CliRun none = CliRun.of("eval", "--gold", dir.resolve("nope").toString());
        assertThat(none.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(none.err()).contains("not a folder");

        CliRun empty = CliRun.of("eval", "--gold", Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(empty.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(empty.err()).contains("no annotation files");

        Path gold = dir.resolve("gold");
        Path good = CliRun.article(gold, "good.txt", CliRun.ARTICLE);
        CliRun.annotate(good, CliRun.annotationFile(good), true);
        CliRun.article(gold, "broken.txt", CliRun.ARTICLE);
        Files.writeString(gold.resolve("broken.annotations.json"), "[]", StandardCharsets.UTF_8);
        CliRun broken = CliRun.of("eval", "--gold", gold.toString());
        assertThat(broken.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(broken.err()).contains("broken.annotations.json");
        assertThat(broken.out()).contains("Scored 1 document(s)");
    }

    @Test
    void severalGoldFilesDrawNoProgressBarWithoutATerminal() throws Exception {
        Path gold = dir.resolve("gold");
        for (String name : new String[] {"a.txt", "b.txt", "c.txt"}) {
            Path story = CliRun.article(gold, name, CliRun.ARTICLE);
            CliRun.annotate(story, CliRun.annotationFile(story), true);
        }
        CliRun r = CliRun.of("eval", "--gold", gold.toString());
        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.out()).contains("Scored 3 document(s)");
        // The bar is drawn only on a terminal: in a pipe or a test, standard error stays clean.
        assertThat(r.err()).isEmpty();
    }
}
