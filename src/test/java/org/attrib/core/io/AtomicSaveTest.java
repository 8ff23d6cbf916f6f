package org.attrib.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.text.SourceTextLoader;
import org.attrib.testsupport.SampleArticle;
import org.attrib.testsupport.SaveProbe;
import org.attrib.testsupport.TempFolder;
import org.attrib.testsupport.Unprivileged;

/**
 * Saves replace the file in one move and keep the previous version as {@code .bak}; a save that
 * fails (a read-only folder, a full disk, a file size limit, a move that cannot happen) leaves the
 * old file and its backup exactly as they were and no temporary file behind. The failures are
 * real ones from the operating system, not mocks.
 */
class AtomicSaveTest {

    @TempDir
    Path dir;
    Path source;
    Path file;
    Path backup;

    @BeforeEach
    void setUp() throws Exception {
        source = SampleArticle.withAnnotations(dir);
        file = AnnotationFormat.annotationFileFor(source);
        backup = AtomicFiles.backupOf(file);
    }

    /** A snapshot of the sample with {@code extra} more quotes than the file has. */
    private DocumentSnapshot bigger(int extra) throws Exception {
        AnnotatedDocument doc = DocumentFiles.open(source).document();
        List<Annotation> all = new ArrayList<>(doc.annotations());
        for (int i = 0; i < extra; i++) {
            all.add(Annotation.of("x" + extra + "-" + i, AnnotationType.CLAIM, i % 500, i % 500 + 30));
        }
        DocumentSnapshot s = DocumentSnapshot.of(doc);
        return new DocumentSnapshot(s.source(), s.status(), s.entities(), all, s.orphans());
    }

    private List<String> temporaries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void aSaveReplacesTheFileAndKeepsTheOldOneAsBackup() throws Exception {
        byte[] old = Files.readAllBytes(file);
        FileStamp stamp = DocumentFiles.save(bigger(3), file);
        assertThat(Files.readAllBytes(backup)).isEqualTo(old);
        assertThat(FileStamp.read(file)).isEqualTo(stamp);
        assertThat(DocumentFiles.open(source).document().size()).isEqualTo(7);
        assertThat(temporaries(dir)).isEmpty();
    }

    @Test
    void theBackupIsAFileOfItsOwnAfterTheSave() throws Exception {
        byte[] old = Files.readAllBytes(file);
        DocumentFiles.save(bigger(3), file);
        DocumentFiles.save(bigger(4), file);
        byte[] previous = Files.readAllBytes(backup);
        assertThat(previous).isNotEqualTo(old);
        assertThat(Files.isSameFile(file, backup)).isFalse();
        if (Files.getFileStore(file).supportsFileAttributeView("unix")) {
            assertThat(Files.getAttribute(backup, "unix:nlink")).as("no other name shares the backup").isEqualTo(1);
        }
        // Someone edits the annotation file in place: the backup does not change with it.
        Files.write(file, "{}".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        assertThat(Files.readAllBytes(backup)).isEqualTo(previous);
        assertThat(temporaries(dir)).isEmpty();
    }

    @Test
    void aSaveKeepsTheFilesPermissions() throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        DocumentFiles.save(bigger(1), file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotPrivateOnes() throws Exception {
        Path fresh = dir.resolve("fresh.annotations.json");
        DocumentFiles.save(bigger(0), fresh);
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aReadOnlyFolderLeavesTheOldFileAndNoTemporary() throws Exception {
        byte[] old = Files.readAllBytes(file);
        byte[] oldBackup = Files.exists(backup) ? Files.readAllBytes(backup) : null;
        DocumentSnapshot mine = bigger(5);
        ReadOnly readOnly = ReadOnly.make(dir);
        try {
            IOException e = catchThrowableOfType(IOException.class, () -> DocumentFiles.save(mine, file));
            assertThat(e).isNotNull();
            assertThat(SaveProblems.describe(file, e)).isEqualTo("Could not save " + file + ": Attrib may not write in the folder "
                    + dir + " (it is read-only, or you lack permission). The file on disk is unchanged and your annotations "
                    + "are still open: save them elsewhere, or fix this and save again.");
        } finally {
            readOnly.undo();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(Files.exists(backup) ? Files.readAllBytes(backup) : null).isEqualTo(oldBackup);
        assertThat(temporaries(dir)).isEmpty();

        // The analyst saves elsewhere instead.
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere")).resolve(file.getFileName());
        DocumentFiles.save(mine, elsewhere);
        assertThat(annotationsIn(elsewhere)).isEqualTo(9);
    }

    @Test
    void aFullDiskLeavesTheOldFileAndNoTemporary() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small-disk"));
        assumeTrue(Unprivileged.runningAsRoot(dir) && run("mount", "-t", "tmpfs", "-o", "size=128k", "tmpfs", mount.toString()) == 0,
                "cannot mount a small tmpfs here (needs root); the file-size-limit test covers the same failure path");
        try {
            Path src = Files.copy(source, mount.resolve(source.getFileName()));
            Path small = AnnotationFormat.annotationFileFor(src);
            DocumentFiles.save(new DocumentSnapshot(SourceTextLoader.load(src), bigger(0).status(), bigger(0).entities(),
                    bigger(0).annotations(), List.of()), small);
            DocumentFiles.save(new DocumentSnapshot(SourceTextLoader.load(src), bigger(0).status(), bigger(0).entities(),
                    bigger(1).annotations(), List.of()), small);
            byte[] old = Files.readAllBytes(small);
            byte[] oldBackup = Files.readAllBytes(AtomicFiles.backupOf(small));
            fill(mount);
            DocumentSnapshot big = new DocumentSnapshot(SourceTextLoader.load(src), bigger(0).status(), bigger(0).entities(),
                    bigger(400).annotations(), List.of());
            IOException e = catchThrowableOfType(IOException.class, () -> DocumentFiles.save(big, small));
            assertThat(e).isNotNull();
            assertThat(SaveProblems.describe(small, e)).startsWith("Could not save " + small + ": the disk is full.");
            assertThat(Files.readAllBytes(small)).isEqualTo(old);
            assertThat(Files.readAllBytes(AtomicFiles.backupOf(small))).isEqualTo(oldBackup);
            assertThat(temporaries(mount)).isEmpty();
        } finally {
            run("umount", mount.toString());
        }
    }

    /** Fills a file system with a filler file until a write fails. */
    private static void fill(Path mount) throws IOException {
        byte[] block = new byte[1024];
        try (var out = Files.newOutputStream(mount.resolve("filler"))) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // The disk is full now.
        }
    }

    @Test
    void aFileSizeLimitHitHalfWayLeavesTheOldFileAndNoTemporary() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell for ulimit");
        byte[] old = Files.readAllBytes(file);
        assertThat(old.length).isLessThan(48 * 1024);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "ulimit -f 64 && exec '" + java + "' -XX:-UsePerfData -cp '" + System.getProperty("java.class.path")
                + "' " + SaveProbe.class.getName() + " '" + source + "' 2000";
        Process p = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).endsWith("FAILED Could not save " + file + ": the file is larger than this disk or account allows. "
                + "The file on disk is unchanged and your annotations are still open: save them elsewhere, or fix this and save again.");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(temporaries(dir)).isEmpty();
    }

    @Test
    void aMoveThatCannotHappenLeavesNoTemporary() throws Exception {
        Path blocked = dir.resolve("blocked.annotations.json");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("keep.txt"), "something");
        assertThatThrownBy(() -> DocumentFiles.save(bigger(0), blocked)).isInstanceOf(IOException.class);
        assertThat(Files.readString(blocked.resolve("keep.txt"))).isEqualTo("something");
        assertThat(temporaries(dir)).isEmpty();
    }

    @Test
    void aSnapshotThatWouldNotReadBackIsNotWritten() throws Exception {
        byte[] old = Files.readAllBytes(file);
        DocumentSnapshot s = bigger(0);
        List<Annotation> broken = new ArrayList<>(s.annotations());
        broken.set(0, broken.get(0).type() == AnnotationType.SPEAKER ? broken.get(0).withEntity("e-missing")
                : broken.get(0).withSpeaker("e-missing", null));
        DocumentSnapshot bad = new DocumentSnapshot(s.source(), s.status(), s.entities(), broken, s.orphans());
        DocumentFiles.save(s, file);
        old = Files.readAllBytes(file);
        byte[] oldBackup = Files.readAllBytes(backup);
        assertThatThrownBy(() -> DocumentFiles.save(bad, file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("internal error, nothing was written")
                .hasMessageContaining("e-missing");
        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        assertThat(Files.readAllBytes(backup)).as("the backup is not touched either").isEqualTo(oldBackup);
        assertThat(temporaries(dir)).isEmpty();
    }

    @Test
    void temporariesLeftByAKilledWriteAreClearedOnTheNextSave() throws Exception {
        Path stale = Files.writeString(dir.resolve("." + file.getFileName() + ".0123456789abcdef.tmp"), "{ half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(dir.resolve("." + file.getFileName() + ".fedcba9876543210.tmp"), "{ being written");
        Path other = Files.writeString(dir.resolve(".other.annotations.json.0123456789abcdef.tmp"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        DocumentFiles.save(bigger(0), file);
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }

    @Test
    void keepingMineCopiesTheirsBesideFirst() throws Exception {
        byte[] theirs = Files.readAllBytes(file);
        DocumentFiles.KeptMine kept = DocumentFiles.keepMine(bigger(2), file);
        assertThat(kept.theirsCopy().getFileName().toString()).startsWith(file.getFileName() + ".theirs-");
        assertThat(Files.readAllBytes(kept.theirsCopy())).isEqualTo(theirs);
        assertThat(FileStamp.read(file)).isEqualTo(kept.written());
        assertThat(annotationsIn(file)).isEqualTo(6);
    }

    @Test
    void aSaveDoesNotOverwriteAFileChangedOnDisk() throws Exception {
        FileStamp loaded = DocumentFiles.open(source).stamp();
        DocumentFiles.save(bigger(1), file);
        byte[] theirs = Files.readAllBytes(file);
        assertThat(DocumentFiles.changedOnDisk(file, loaded)).isTrue();
        ChangedOnDiskException e = catchThrowableOfType(ChangedOnDiskException.class,
                () -> DocumentFiles.saveIfUnchanged(bigger(2), file, loaded));
        assertThat(e.getMessage()).isEqualTo(file + ": the file changed on disk since Attrib last read or saved it "
                + "(someone else saved it, or a git pull); it was not overwritten");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        FileStamp now = FileStamp.read(file);
        assertThat(DocumentFiles.changedOnDisk(file, now)).isFalse();
        assertThat(DocumentFiles.saveIfUnchanged(bigger(2), file, now)).isEqualTo(FileStamp.read(file));
    }

    static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /**
     * Makes a folder one cannot create files in: its permissions for an ordinary user; for root,
     * who ignores permissions, the immutable attribute ({@code chattr +i}).
     */
    static final class ReadOnly {
        private final Path dir;
        private final boolean immutable;

        private ReadOnly(Path dir, boolean immutable) {
            this.dir = dir;
            this.immutable = immutable;
        }

        static ReadOnly make(Path dir) throws Exception {
            if (!Unprivileged.runningAsRoot(dir)) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
                return new ReadOnly(dir, false);
            }
            assumeTrue(run("chattr", "+i", dir.toString()) == 0,
                    "running as root where chattr +i does not work: only code review covers a read-only folder");
            return new ReadOnly(dir, true);
        }

        void undo() throws Exception {
            if (immutable) {
                assertThat(run("chattr", "-i", dir.toString())).isZero();
            } else {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /** Counts annotations in a saved file, reading it as Attrib does. */
    static int annotationsIn(Path file) throws Exception {
        return org.attrib.core.format.AnnotationFileReader.read(file).annotations().size();
    }
}
