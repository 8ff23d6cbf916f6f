package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.testsupport.Fixtures;

class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aValidCorpusExitsZeroAndSaysSo() {
        CliRun r = CliRun.of("validate", Fixtures.corpus(tmp));
        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualToIgnoringNewLines("2 articles checked (2 annotated): no problems");
    }

    @Test
    void problemsArePrintedOnePerLineAsFileWhereReasonAndExitOne() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Path annotations = corpus.resolve("unicode.annotations.json");
        Files.writeString(annotations, Files.readString(annotations).replace("\"start\": 25,\n      \"end\": 61,", "\"start\": 26,\n      \"end\": 62,"));
        Path voa = corpus.resolve(Fixtures.VOA);
        Files.writeString(voa, Files.readString(voa) + "\nA late correction.\n");

        CliRun r = CliRun.of("validate", corpus.resolve("unicode.txt"), corpus.resolve("world"));

        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.outLines()).satisfiesExactly(
                l -> assertThat(l).startsWith(annotations + ": /annotations/1/text: annotation "),
                l -> assertThat(l).startsWith(corpus.resolve("world/voa-2019-12-04-us-mexico-cartel-tools.annotations.json")
                        + ": /source/sha256: the source changed"));
        assertThat(r.err()).contains("2 articles checked (2 annotated): 2 problems");
    }

    @Test
    void twoArticlesOfOneNameInTwoFoldersAreBothChecked() throws Exception {
        Path a = Fixtures.corpus(tmp.resolve("a")).resolve("unicode.txt");
        Path b = Fixtures.corpus(tmp.resolve("b")).resolve("unicode.txt");
        Path bAnnotations = b.resolveSibling("unicode.annotations.json");
        Files.writeString(bAnnotations, Files.readString(bAnnotations).replace("\"start\": 25,\n      \"end\": 61,",
                "\"start\": 26,\n      \"end\": 62,"));

        CliRun r = CliRun.of("validate", a, b);

        assertThat(r.exitCode()).as("b's problem is found").isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.outLines()).singleElement().satisfies(l -> assertThat(l).startsWith(bAnnotations + ": /annotations/1/text"));
        assertThat(r.err()).contains("2 articles checked (2 annotated): 1 problem").doesNotContain("same name");
    }

    @Test
    void aPathThatNamesNothingIsAProblem() {
        CliRun r = CliRun.of("validate", tmp.resolve("nowhere"));
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.errLines()).first().isEqualTo(tmp.resolve("nowhere") + ": no such file or folder");
    }

    @Test
    void anEmptyFolderIsAProblemToo() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun r = CliRun.of("validate", empty);
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.err()).contains(empty + ": no articles (.txt) or annotation files (.annotations.json) here");
    }

    @Test
    void usageErrorsExitTwoAndHelpExitsZero() {
        CliRun none = CliRun.of("validate");
        assertThat(none.exitCode()).isEqualTo(AttribCli.USAGE);
        assertThat(none.err()).contains("Missing required parameter");
        CliRun help = CliRun.of("validate", "--help");
        assertThat(help.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(help.out()).contains("Usage: attrib validate", "FILE: WHERE: REASON", "Exit codes");
    }
}
