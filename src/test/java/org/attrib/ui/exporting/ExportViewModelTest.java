package org.attrib.ui.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.testsupport.SampleArticle;
import org.attrib.ui.work.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export without a window: executors run at once on the test's thread. */
class ExportViewModelTest {

    private static final Executor NOW = Runnable::run;

    @TempDir
    Path dir;

    private final ExportViewModel vm = new ExportViewModel(new BackgroundWork(NOW, NOW));

    @Test
    void anArticleIsExportedAndTheStatusSaysWhatWasWritten() throws Exception {
        Path out = dir.resolve("out");
        vm.export("jsonl", List.of(SampleArticle.SAMPLE), out, false);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.saidProperty().get()).startsWith("exported 1 article (").contains(" as jsonl to ");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).isNotEmpty();
        }
    }

    @Test
    void anArticleThatCannotBeReadIsNamedAndTheRunEnds() throws Exception {
        Path story = dir.resolve("story.txt");
        Files.writeString(story, "Text.");
        Files.writeString(AnnotationFormat.annotationFileFor(story), "{ not json");
        vm.export("csv", List.of(story), dir.resolve("out"), false);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.saidProperty().get()).contains("story");
    }
}
