package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.io.AtomicFiles;
import org.attrib.testsupport.WriteProtection;

/**
 * A save that cannot happen says why in the analyst's words and leaves the annotation file and
 * its {@code .bak} exactly as they were: a read-only (or immutable) annotation file is not said
 * to be in an unwritable folder, and an unwritable folder is not reported by a temporary file's
 * name alone.
 */
class SaveFailureMessagesTest {

    @TempDir
    Path dir;

    private Path story;
    private Path file;
    private Path backup;

    /** An article with an annotation file and a backup of an older version, both different from what suggest would write. */
    private void annotatedTwice() throws Exception {
        story = CliRun.article(dir, "story.txt", CliRun.ARTICLE);
        file = CliRun.annotationFile(story);
        CliRun.annotate(story, file, false);
        CliRun.annotate(story, file, true);
        backup = AtomicFiles.backupOf(file);
        assertThat(backup).exists();
        assertThat(Files.readAllBytes(backup)).isNotEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aReadOnlyAnnotationFileIsLeftAloneWithItsBackup() throws Exception {
        annotatedTwice();
        byte[] old = Files.readAllBytes(file);
        byte[] oldBackup = Files.readAllBytes(backup);

        CliRun r;
        try (WriteProtection p = WriteProtection.of(file)) {
            r = CliRun.of("suggest", story);
        }

        assertThat(r.exitCode()).isEqualTo(AttribCli.ERROR);
        assertThat(r.err()).contains(file + ": cannot save the annotations: the file is read-only")
                .contains("its .bak are as they were")
                .doesNotContain("folder");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(Files.readAllBytes(backup)).as("the backup is untouched").isEqualTo(oldBackup);
        assertThat(temporaries()).isEmpty();
    }

    @Test
    void anUnwritableFolderIsSaidInWords() throws Exception {
        annotatedTwice();
        byte[] old = Files.readAllBytes(file);
        byte[] oldBackup = Files.readAllBytes(backup);

        CliRun r;
        try (WriteProtection p = WriteProtection.of(dir)) {
            r = CliRun.of("suggest", story);
        }

        assertThat(r.exitCode()).isEqualTo(AttribCli.ERROR);
        assertThat(r.err()).contains(file + ": cannot save the annotations: Attrib may not write in the folder " + dir
                + " (it is read-only, or you lack permission)").doesNotContain(".tmp");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(Files.readAllBytes(backup)).isEqualTo(oldBackup);
        assertThat(temporaries()).isEmpty();
    }

    private List<Path> temporaries() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
