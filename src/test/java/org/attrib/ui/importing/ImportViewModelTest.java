package org.attrib.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

import org.attrib.core.batch.ExportRun;
import org.attrib.core.batch.RunListener;
import org.attrib.core.batch.Problem;
import org.attrib.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import…'s view-model alone: executors that run at once, no window. */
class ImportViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path tmp;

    private final ImportViewModel vm = new ImportViewModel(NOW, NOW);

    @Test
    void saysWhatIsMissingUntilItCanStart() {
        assertThat(vm.problemProperty().get()).isEqualTo("Add .ann files or folders to import.");
        assertThat(vm.canImportBinding().get()).isFalse();

        vm.inputs().add(tmp.resolve("brat"));
        assertThat(vm.outProperty().get()).as("a folder beside the input is proposed").isEqualTo(tmp.resolve("imported").toString());
        assertThat(vm.canImportBinding().get()).isTrue();

        vm.mappingProperty().set("Cue=ignore\nSource");
        assertThat(vm.problemProperty().get()).startsWith("Label mapping: \"Source\" is not LABEL=TARGET");
        assertThat(vm.canImportBinding().get()).isFalse();

        vm.mappingProperty().set("Cue=ignore, Source=speaker");
        vm.outProperty().set(" ");
        assertThat(vm.problemProperty().get()).isEqualTo("Choose the folder to import into.");

        vm.outProperty().set(tmp.resolve("x").toString());
        vm.formatProperty().set(ImportViewModel.Format.W3C);
        vm.baseIriProperty().set("not an iri");
        assertThat(vm.problemProperty().get()).startsWith("Base IRI: ");
    }

    @Test
    void importsWithTheMappingAndListsWhatCouldNotBeUsed() throws Exception {
        Fixtures.resource("/org/attrib/brat/quotation.txt", tmp.resolve("in"));
        Path ann = Fixtures.resource("/org/attrib/brat/quotation.ann", tmp.resolve("in"));
        vm.inputs().add(ann);
        vm.mappingProperty().set("Attribution=quote\nContent=content\nSource=speaker\nCue=ignore");
        vm.outProperty().set(tmp.resolve("out").toString());

        vm.start();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo("Imported 1 article (8 annotations) into " + tmp.resolve("out")
                + "; 5 lines or files could not be used (listed below).");
        assertThat(vm.report()).hasSize(5).allMatch(l -> l.startsWith(ann + ": line "));
        assertThat(vm.importedProperty().get()).isEqualTo(tmp.resolve("out"));
        assertThat(tmp.resolve("out/quotation.annotations.json")).exists();
    }

    @Test
    void aSecondImportWithoutReplacingKeepsTheFilesAndSaysSo() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        ExportRun.run(List.of(corpus), ExportRun.Options.of("brat", tmp.resolve("brat"), false), new RunListener() {
            @Override
            public void warning(String message) {
            }

            @Override
            public void problem(Problem problem) {
            }
        });
        vm.inputs().add(tmp.resolve("brat"));
        vm.start();
        assertThat(vm.summaryProperty().get()).startsWith("Imported 2 articles (21 annotations)");
        assertThat(vm.report()).isEmpty();

        vm.start();

        assertThat(vm.summaryProperty().get()).startsWith("Imported 0 articles").contains("2 lines or files could not be used");
        assertThat(vm.report()).allMatch(l -> l.endsWith("an annotation file is already there; tick Replace annotation files already there to replace it (the old one is kept as .bak)"));
        assertThat(vm.importedProperty().get()).isNull();
    }
}
