package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.testsupport.Fixtures;

class ImportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void bratExportImportsBackIntoValidAnnotationFiles() {
        Path corpus = Fixtures.corpus(tmp);
        assertThat(CliRun.of("export", "--format", "brat", "--out", tmp.resolve("brat"), corpus).exitCode()).isZero();

        CliRun r = CliRun.of("import", "brat", "--out", tmp.resolve("back"), tmp.resolve("brat"));

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("imported 2 articles (21 annotations) into " + tmp.resolve("back"));
        assertThat(tmp.resolve("back/world/voa-2019-12-04-us-mexico-cartel-tools.annotations.json")).exists();
        assertThat(CliRun.of("validate", tmp.resolve("back")).exitCode()).isEqualTo(AttribCli.OK);
        assertThat(CliRun.of("stats", tmp.resolve("back")).out()).isEqualTo(CliRun.of("stats", corpus).out());
    }

    @Test
    void linesThatCannotBeMappedAreReportedWithTheirNumberAndExitOne() {
        Fixtures.resource("/org/attrib/brat/quotation.txt", tmp.resolve("in"));
        Path ann = Fixtures.resource("/org/attrib/brat/quotation.ann", tmp.resolve("in"));

        CliRun r = CliRun.of("import", "brat", "--map", "Attribution=quote", "--map", "Content=content", "--map", "Source=speaker",
                "--map", "Cue=ignore", "--out", tmp.resolve("out"), ann);

        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.errLines()).hasSize(5).allMatch(l -> l.startsWith(ann + ": line "));
        assertThat(r.errLines().get(0)).startsWith(ann + ": line 18: the attribute \"Negated\" is not one Attrib has");
        assertThat(r.out()).contains("imported 1 article (8 annotations)");
        assertThat(tmp.resolve("out/quotation.annotations.json")).exists();
        assertThat(CliRun.of("validate", tmp.resolve("out")).exitCode()).isEqualTo(AttribCli.OK);
    }

    @Test
    void anExistingAnnotationFileIsKeptUnlessForced() {
        Path in = tmp.resolve("in");
        Fixtures.resource("/org/attrib/brat/quotation.txt", in);
        Fixtures.resource("/org/attrib/brat/quotation.ann", in);
        String[] map = {"--map", "Attribution=quote", "--map", "Content=content", "--map", "Source=speaker", "--map", "Cue=ignore",
            "--map", "Negated=ignore", "--map", "Certainty=ignore", "--map", "Organization=ignore", "--map", "Coref=ignore"};
        CliRun first = CliRun.of(concat(new Object[] {"import", "brat", "--out", in, in.resolve("quotation.txt")}, map));
        assertThat(first.errLines()).singleElement().asString().contains("line 23");

        CliRun again = CliRun.of(concat(new Object[] {"import", "brat", "--out", in, in.resolve("quotation.txt")}, map));
        assertThat(again.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(again.err()).contains(in.resolve("quotation.annotations.json") + ": an annotation file is already there; use --force");

        CliRun forced = CliRun.of(concat(new Object[] {"import", "brat", "--force", "--out", in, in.resolve("quotation.txt")}, map));
        assertThat(forced.out()).contains("imported 1 article");
        assertThat(in.resolve("quotation.annotations.json.bak")).exists();
    }

    @Test
    void badMappingsAndMissingSubcommandsAreUsageErrors() {
        CliRun bad = CliRun.of("import", "brat", "--map", "Quotation", "--out", tmp, tmp);
        assertThat(bad.exitCode()).isEqualTo(AttribCli.USAGE);
        assertThat(bad.errLines()).first().asString().startsWith("--map \"Quotation\" is not LABEL=TARGET");
        CliRun none = CliRun.of("import");
        assertThat(none.exitCode()).isEqualTo(AttribCli.USAGE);
        assertThat(none.err()).contains("attrib import brat ... or attrib import w3c ...");
        assertThat(CliRun.of("import", "brat", "--help").out()).contains("--map=LABEL=TARGET", "attribution", "content", "ignore");
    }

    @Test
    void w3cExportImportsBackExactly() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        assertThat(CliRun.of("export", "--format", "w3c", "--out", tmp.resolve("w3c"), corpus).exitCode()).isZero();

        CliRun r = CliRun.of("import", "w3c", "--texts", corpus, "--out", tmp.resolve("back"),
                tmp.resolve("w3c/unicode.w3c.jsonld"), tmp.resolve("w3c/world/voa-2019-12-04-us-mexico-cartel-tools.w3c.jsonld"));

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.err()).isEmpty();
        assertThat(Files.readString(tmp.resolve("back/unicode.annotations.json")))
                .isEqualTo(Files.readString(corpus.resolve("unicode.annotations.json")));
        assertThat(Files.readString(tmp.resolve("back/world/voa-2019-12-04-us-mexico-cartel-tools.annotations.json")))
                .isEqualTo(Files.readString(corpus.resolve("world/voa-2019-12-04-us-mexico-cartel-tools.annotations.json")));
    }

    @Test
    void w3cAnnotationsOfAnotherBaseAreReported() {
        Path corpus = Fixtures.corpus(tmp);
        CliRun.of("export", "--format", "w3c", "--out", tmp.resolve("w3c"), corpus.resolve("unicode.txt"));
        CliRun r = CliRun.of("import", "w3c", "--base-iri", "https://elsewhere.example/", "--texts", corpus, "--out", tmp.resolve("back"),
                tmp.resolve("w3c/unicode.w3c.jsonld"));
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.err()).contains("annotations target \"urn:attrib:unicode.txt\", which is not below the base IRI https://elsewhere.example/");
    }

    private static Object[] concat(Object[] a, String[] b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
