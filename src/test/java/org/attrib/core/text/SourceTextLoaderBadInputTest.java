package org.attrib.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.testsupport.TempFolder;
import org.attrib.testsupport.Unprivileged;

/** Every way an article file can be unusable, each with a message that names the file and the problem. */
class SourceTextLoaderBadInputTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineColumnAndByte() throws Exception {
        Path p = write("story.txt", concat("First line\nSecond ".getBytes(StandardCharsets.UTF_8), bytes(0xFF, 'x')));
        assertThatThrownBy(() -> SourceTextLoader.load(p))
                .isInstanceOf(SourceTextException.class)
                .hasMessageStartingWith(p.toString())
                .hasMessageContaining("not valid UTF-8: byte 0xFF at line 2, column 8 (byte 18)")
                .hasMessageContaining("save the file as UTF-8");
    }

    @Test
    void latin1TextIsRefusedAsNotUtf8() throws Exception {
        Path p = write("story.txt", "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SourceTextLoader.load(p)).hasMessageContaining("not valid UTF-8: byte 0xE9 at line 1, column 4");
    }

    @Test
    void aMultiByteSequenceCutShortAtTheEndIsRefused() throws Exception {
        Path p = write("story.txt", concat("Price: 5".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x82)));
        assertThatThrownBy(() -> SourceTextLoader.load(p)).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        Path p = write("photo.txt", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D));
        assertThatThrownBy(() -> SourceTextLoader.load(p))
                .hasMessageStartingWith(p.toString())
                .hasMessageContaining("looks like a binary file, not text (a NUL byte at byte 8)");
    }

    @Test
    void utf16IsRefusedWithAdvice() throws Exception {
        Path p = write("story.txt", concat(bytes(0xFF, 0xFE), "Hi".getBytes(StandardCharsets.UTF_16LE)));
        assertThatThrownBy(() -> SourceTextLoader.load(p)).hasMessageContaining("the file is UTF-16; save it as UTF-8");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path p = write("story.txt", new byte[0]);
        assertThatThrownBy(() -> SourceTextLoader.load(p)).hasMessage(p + ": the file is empty; there is nothing to annotate");
    }

    @Test
    void aFileOfOnlyWhiteSpaceIsRefused() throws Exception {
        Path p = write("story.txt", "\uFEFF \r\n\t\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SourceTextLoader.load(p)).hasMessageContaining("only white space");
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path p = Files.createDirectory(dir.resolve("story.txt"));
        assertThatThrownBy(() -> SourceTextLoader.load(p)).hasMessage(p + ": this is a folder, not a text file");
    }

    @Test
    void aMissingFileIsReported() {
        Path p = dir.resolve("gone.txt");
        assertThatThrownBy(() -> SourceTextLoader.load(p)).hasMessage(p + ": no such file");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingIt() throws Exception {
        Path p = dir.resolve("huge.txt");
        // Sparse: 64 MiB and a byte of apparent size, almost no disk space.
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(SourceTextLoader.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> SourceTextLoader.load(p))
                .hasMessage(p + ": the file is 67,108,865 bytes; Attrib opens articles of up to 67,108,864 bytes (64 MiB), "
                        + "so this is not likely to be one");
    }

    @Test
    void aFileAtTheLimitIsRead() throws Exception {
        Path p = dir.resolve("big.txt");
        byte[] line = "All work and no play makes a long article.\n".getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(p)) {
            for (long written = 0; written + line.length <= SourceTextLoader.MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        SourceText t = SourceTextLoader.load(p);
        assertThat(t.length()).isEqualTo((int) Files.size(p));
    }

    @Test
    void anUnreadableFileIsReported() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Path p = folder.resolve("story.txt");
        Files.writeString(p, "Secret article.");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        if (!Unprivileged.runningAsRoot(dir)) {
            assertThatThrownBy(() -> SourceTextLoader.load(p)).hasMessage(p + ": permission denied: you may not read this file "
                    + "(ask whoever manages the folder, or copy the article to a folder of your own)");
            return;
        }
        // Root reads any file; ask an unprivileged JVM instead.
        assumeTrue(Unprivileged.canDropPrivileges(), "running as root without setpriv: only code review covers this case");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path scratch = Files.createTempDirectory("attrib-probe");
        try {
            assertThat(Unprivileged.probe(scratch, "source", p)).isEqualTo("SourceTextException: " + p
                    + ": permission denied: you may not read this file "
                    + "(ask whoever manages the folder, or copy the article to a folder of your own)");
        } finally {
            TempFolder.delete(scratch);
        }
    }

    @Test
    void aByteOrderMarkIsDroppedAndOffsetsAreTheSame() throws Exception {
        String text = "“Hi,” she said 👋🏽.\nBye.";
        SourceText plain = SourceTextLoader.load(write("a.txt", text.getBytes(StandardCharsets.UTF_8)));
        SourceText bom = SourceTextLoader.load(write("b.txt", concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(StandardCharsets.UTF_8))));
        assertThat(bom.text()).isEqualTo(plain.text()).isEqualTo(text);
        assertThat(bom.sha256()).as("the hash is of the bytes on disk").isNotEqualTo(plain.sha256());
        assertThat(bom.slice(15, 17)).isEqualTo("👋🏽");
    }

    @Test
    void crlfAndCrLineEndsBecomeLfWithTheSameOffsets() throws Exception {
        String lf = "Line one\n\nLine “two” 中文\nend";
        SourceText a = SourceTextLoader.load(write("lf.txt", lf.getBytes(StandardCharsets.UTF_8)));
        SourceText b = SourceTextLoader.load(write("crlf.txt", lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        SourceText c = SourceTextLoader.load(write("cr.txt", lf.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
        assertThat(b.text()).isEqualTo(lf);
        assertThat(c.text()).isEqualTo(lf);
        int at = lf.indexOf("“two”");
        for (SourceText t : new SourceText[] {a, b, c}) {
            assertThat(t.slice(at, at + 5)).isEqualTo("“two”");
        }
        assertThat(LineEndings.describe(lf.replace("\n", "\r\n"))).isEqualTo("CRLF");
    }
}
