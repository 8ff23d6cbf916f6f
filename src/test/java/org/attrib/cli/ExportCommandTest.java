package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.testsupport.Fixtures;

class ExportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void csvWritesOneFileWithARowPerQuoteAndClaim() throws Exception {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("export", "--format", "csv", "--bom", "--out", out, Fixtures.corpus(tmp));
        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.out()).contains("exported 2 articles (6 quotes, 5 claims, 10 speaker mentions) as csv to " + out.resolve("annotations.csv"));
        byte[] csv = Files.readAllBytes(out.resolve("annotations.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8).split("\r\n")).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void jsonlW3cAndBratWriteTheirFilesKeepingTheFolderLayout() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        assertThat(CliRun.of("export", "--format", "jsonl", "--out", tmp.resolve("j"), corpus).exitCode()).isZero();
        assertThat(Files.readAllLines(tmp.resolve("j/annotations.jsonl"))).hasSize(2);

        assertThat(CliRun.of("export", "--format", "W3C", "--out", tmp.resolve("w"), "--base-iri", "https://news.example/", corpus).exitCode()).isZero();
        assertThat(tmp.resolve("w/unicode.w3c.jsonld")).exists();
        assertThat(Files.readString(tmp.resolve("w/world/voa-2019-12-04-us-mexico-cartel-tools.w3c.jsonld")))
                .contains("\"https://news.example/world/voa-2019-12-04-us-mexico-cartel-tools.txt\"");

        assertThat(CliRun.of("export", "--format", "brat", "--inception", "--out", tmp.resolve("b"), corpus).exitCode()).isZero();
        assertThat(tmp.resolve("b/world/voa-2019-12-04-us-mexico-cartel-tools.ann")).exists();
        assertThat(tmp.resolve("b/world/voa-2019-12-04-us-mexico-cartel-tools.txt")).exists();
        assertThat(tmp.resolve("b/annotation.conf")).exists();
        assertThat(tmp.resolve("b/visual.conf")).exists();
        assertThat(Files.readString(tmp.resolve("b/unicode.ann"))).doesNotContain("\nN1\t").contains("\tEntity T1 e0mueller\n");
    }

    @Test
    void unreadableInputsAreReportedAndTheRestIsExportedWithExitOne() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Files.writeString(corpus.resolve("unicode.annotations.json"), "{}");
        CliRun r = CliRun.of("export", "--format", "jsonl", "--out", tmp.resolve("out"), corpus, tmp.resolve("missing.txt"));
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.errLines()).containsExactly(
                tmp.resolve("missing.txt") + ": no such file or folder",
                corpus.resolve("unicode.annotations.json") + ": /format: not an Attrib annotation file: \"format\" should be \"attrib-annotations\"");
        assertThat(r.out()).contains("exported 1 article");
        assertThat(Files.readAllLines(tmp.resolve("out/annotations.jsonl"))).hasSize(1);
    }

    @Test
    void aChangedSourceAndWhatAFormatCannotHoldAreWarnings() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Path voa = corpus.resolve(Fixtures.VOA);
        Files.writeString(voa, Files.readString(voa).replace("\"arms and dollars.\"", "\"weapons.\""));
        CliRun r = CliRun.of("export", "--format", "csv", "--out", tmp.resolve("out"), voa);
        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.errLines()).containsExactly(
                "warning: " + corpus.resolve("world/voa-2019-12-04-us-mexico-cartel-tools.annotations.json")
                        + ": the article changed since it was annotated; 0 annotations moved with the text, 1 could not be placed",
                "warning: voa-2019-12-04-us-mexico-cartel-tools.txt: 1 annotation is not placed in the text (orphaned when the source changed)"
                        + " and left out; open the article in Attrib to place them");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Path corpus = Fixtures.corpus(tmp);
        assertThat(CliRun.of("export", "--format", "xml", "--out", tmp.resolve("o"), corpus))
                .satisfies(r -> {
                    assertThat(r.exitCode()).isEqualTo(AttribCli.USAGE);
                    assertThat(r.errLines()).first().isEqualTo("unknown format \"xml\"; use csv, jsonl, w3c or brat");
                });
        assertThat(CliRun.of("export", "--format", "jsonl", "--bom", "--out", tmp.resolve("o"), corpus).exitCode()).isEqualTo(AttribCli.USAGE);
        assertThat(CliRun.of("export", "--format", "csv", "--inception", "--out", tmp.resolve("o"), corpus).exitCode()).isEqualTo(AttribCli.USAGE);
        assertThat(CliRun.of("export", "--format", "w3c", "--base-iri", "no scheme", "--out", tmp.resolve("o"), corpus).exitCode())
                .isEqualTo(AttribCli.USAGE);
        assertThat(CliRun.of("export", "--format", "csv", corpus).err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void bratRefusesToWriteOverTheArticlesThemselves() {
        Path corpus = Fixtures.corpus(tmp);
        CliRun r = CliRun.of("export", "--format", "brat", "--out", corpus, corpus);
        assertThat(r.exitCode()).isEqualTo(AttribCli.USAGE);
        assertThat(r.errLines()).first().asString().contains("would write the brat text over the article");
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnIoError() throws Exception {
        Path file = Files.writeString(tmp.resolve("occupied"), "a file, not a folder");
        CliRun r = CliRun.of("export", "--format", "jsonl", "--out", file, Fixtures.corpus(tmp));
        assertThat(r.exitCode()).isEqualTo(AttribCli.ERROR);
        assertThat(r.errLines()).singleElement().asString().startsWith("attrib export: " + file + ": cannot create the folder");
    }
}
