package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreeCommandTest {

    @TempDir
    Path dir;

    @Test
    void identicalAnnotationsAgreeFully() throws Exception {
        Path story = CliRun.article(dir.resolve("a"), "story.txt", CliRun.ARTICLE);
        Path a = CliRun.annotate(story, CliRun.annotationFile(story), true);
        Path b = CliRun.annotate(story, Files.createDirectories(dir.resolve("b")).resolve("story.annotations.json"), true);

        CliRun r = CliRun.of("agree", a.toString(), b.toString());

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.out()).contains("kappa").contains("Attribution agreement");
        JsonNode j = new ObjectMapper().readTree(CliRun.of("agree", a.toString(), b.toString(), "--json").out());
        assertThat(j.at("/spans/quote/exact/f1").asDouble()).isEqualTo(1.0);
        assertThat(j.at("/kappa/quote/kappa").asDouble()).isEqualTo(1.0);
        assertThat(j.at("/attribution/quote/agreement").asDouble()).isEqualTo(1.0);
    }

    @Test
    void foldersArePairedByRelativePathAndDifferencesCount() throws Exception {
        Path storyA = CliRun.article(dir.resolve("A/x"), "story.txt", CliRun.ARTICLE);
        CliRun.annotate(storyA, CliRun.annotationFile(storyA), true);
        Path storyB = CliRun.article(dir.resolve("B/x"), "story.txt", CliRun.ARTICLE);
        CliRun.annotate(storyB, CliRun.annotationFile(storyB), false);

        CliRun r = CliRun.of("agree", dir.resolve("A").toString(), dir.resolve("B").toString(), "--json");

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/documents").asInt()).isEqualTo(1);
        assertThat(j.at("/spans/quote/exact/f1").asDouble()).isEqualTo(1.0);
        assertThat(j.at("/spans/claim/exact/f1").asDouble()).isEqualTo(0.0);
        assertThat(j.at("/kappa/claim/onlyA").asInt()).isEqualTo(5);
    }

    @Test
    void anArticleMayStandForItsAnnotationFile() throws Exception {
        Path story = CliRun.article(dir.resolve("a"), "story.txt", CliRun.ARTICLE);
        CliRun.annotate(story, CliRun.annotationFile(story), true);
        Path copy = CliRun.article(dir.resolve("b"), "story.txt", CliRun.ARTICLE);
        CliRun.annotate(copy, CliRun.annotationFile(copy), true);

        assertThat(CliRun.of("agree", story.toString(), copy.toString()).exitCode()).isEqualTo(AttribCli.OK);
    }

    @Test
    void mismatchedOrBrokenInputIsReported() throws Exception {
        Path story = CliRun.article(dir.resolve("a"), "story.txt", CliRun.ARTICLE);
        Path a = CliRun.annotate(story, CliRun.annotationFile(story), true);

        CliRun mixed = CliRun.of("agree", a.toString(), dir.toString());
        assertThat(mixed.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(mixed.err()).contains("is a folder");

        Path broken = dir.resolve("b/story.annotations.json");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "{\"format\": \"something else\"}", StandardCharsets.UTF_8);
        CliRun bad = CliRun.of("agree", a.toString(), broken.toString());
        assertThat(bad.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(bad.err()).contains("story.annotations.json");

        CliRun unpaired = CliRun.of("agree", dir.resolve("a").toString(), Files.createDirectories(dir.resolve("c")).toString());
        assertThat(unpaired.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(unpaired.err()).contains("missing");

        assertThat(CliRun.of("agree", a.toString()).exitCode()).isEqualTo(AttribCli.USAGE);
    }

    @Test
    void severalPairsDrawNoProgressBarWithoutATerminal() throws Exception {
        for (String name : new String[] {"one.txt", "two.txt", "three.txt"}) {
            Path sa = CliRun.article(dir.resolve("A"), name, CliRun.ARTICLE);
            CliRun.annotate(sa, CliRun.annotationFile(sa), true);
            Path sb = CliRun.article(dir.resolve("B"), name, CliRun.ARTICLE);
            CliRun.annotate(sb, CliRun.annotationFile(sb), true);
        }
        CliRun r = CliRun.of("agree", dir.resolve("A").toString(), dir.resolve("B").toString());
        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.out()).contains("over 3 document(s)");
        // The bar is drawn only on a terminal: in a pipe or a test, standard error stays clean.
        assertThat(r.err()).isEmpty();
    }
}
