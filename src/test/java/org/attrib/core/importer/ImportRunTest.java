package org.attrib.core.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attrib.core.batch.ExportRun;
import org.attrib.core.batch.Problem;
import org.attrib.core.batch.RunListener;
import org.attrib.core.export.W3cIris;
import org.attrib.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRunTest {

    @TempDir
    Path tmp;

    private final List<String> told = new ArrayList<>();
    private final RunListener listener = new RunListener() {
        @Override
        public void warning(String message) {
            told.add("warning: " + message);
        }

        @Override
        public void problem(Problem problem) {
            told.add(problem.toString());
        }
    };

    @Test
    void aBratExportComesBackWithEveryAnnotation() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        ExportRun.Summary exported = ExportRun.run(List.of(corpus), ExportRun.Options.of("brat", tmp.resolve("brat"), false), listener);

        ImportRun.Summary s = ImportRun.brat(List.of(tmp.resolve("brat")), BratMapping.standard(), new ImportRun.Target(tmp.resolve("back"), false, ""), listener);

        assertThat(told).isEmpty();
        assertThat(s.imported()).isEqualTo(exported.articles());
        assertThat(s.annotations()).isEqualTo(exported.quotes() + exported.claims() + exported.mentions());
        assertThat(s.problems()).isZero();
        assertThat(s.describe()).isEqualTo("imported 2 articles (21 annotations) into " + tmp.resolve("back"));
        assertThat(tmp.resolve("back/world/voa-2019-12-04-us-mexico-cartel-tools.annotations.json")).exists();
    }

    @Test
    void linesThatCannotBeMappedAreToldAndCountedAndTheRestImported() throws Exception {
        Fixtures.resource("/org/attrib/brat/quotation.txt", tmp.resolve("in"));
        Path ann = Fixtures.resource("/org/attrib/brat/quotation.ann", tmp.resolve("in"));
        BratMapping mapping = BratMapping.of(List.of("Attribution=quote", "Content=content", "Source=speaker", "Cue=ignore"));

        ImportRun.Summary s = ImportRun.brat(List.of(ann), mapping, new ImportRun.Target(tmp.resolve("out"), false, ""), listener);

        assertThat(s.imported()).isEqualTo(1);
        assertThat(s.problems()).isEqualTo(5).isEqualTo(told.size());
        assertThat(told).allMatch(l -> l.startsWith(ann + ": line "));
        assertThat(s.describe()).endsWith("; 5 lines or files could not be used");
    }

    @Test
    void aW3cExportComesBackFromItsArticlesFolder() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        ExportRun.run(List.of(corpus), ExportRun.Options.of("w3c", tmp.resolve("w3c"), false), listener);
        List<Path> files;
        try (var list = Files.walk(tmp.resolve("w3c"))) {
            files = list.filter(p -> p.toString().endsWith(".jsonld")).sorted().toList();
        }

        ImportRun.Summary s = ImportRun.w3c(files, corpus, W3cIris.DEFAULT_BASE, new ImportRun.Target(tmp.resolve("back"), false, ""), listener);

        assertThat(told).isEmpty();
        assertThat(s.imported()).isEqualTo(2);
        assertThat(s.annotations()).isEqualTo(21);
    }

    @Test
    void aFolderThatCannotBeWrittenEndsTheImportNamingInputAndFolder() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        ExportRun.run(List.of(corpus), ExportRun.Options.of("brat", tmp.resolve("brat"), false), listener);
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");

        assertThatThrownBy(() -> ImportRun.brat(List.of(tmp.resolve("brat")), BratMapping.standard(), new ImportRun.Target(notAFolder, false, ""), listener))
                .isInstanceOf(ImportRun.ImportFailedException.class)
                .hasMessageStartingWith("cannot import " + tmp.resolve("brat"))
                .hasMessageContaining(" into " + notAFolder);
    }
}
