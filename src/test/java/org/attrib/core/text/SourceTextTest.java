package org.attrib.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offsets over the texts that break other tools: emoji, CJK, combining marks, CRLF, BOM. */
class SourceTextTest {

    @TempDir
    Path dir;

    private SourceText load(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return SourceTextLoader.load(p);
    }

    @Test
    void slicesByCodePointsOverEmojiCjkAndCombiningMarks() throws Exception {
        String raw = "He said 👨‍👩‍👧 \"好的\" and cafe\u0301 🇫🇷.";
        SourceText t = load("a.txt", raw.getBytes(StandardCharsets.UTF_8));
        int start = raw.codePointCount(0, raw.indexOf('好'));
        assertThat(t.slice(start, start + 2)).isEqualTo("好的");
        int family = raw.codePointCount(0, raw.indexOf("👨"));
        assertThat(t.slice(family, family + 5)).isEqualTo("👨‍👩‍👧");
        int cafe = raw.codePointCount(0, raw.indexOf("cafe"));
        assertThat(t.slice(cafe, cafe + 5)).isEqualTo("cafe\u0301");
        assertThat(t.length()).isEqualTo(raw.codePointCount(0, raw.length()));
    }

    @Test
    void normalisesCrlfAndCrAndDropsTheBom() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "one\r\ntwo\rthree\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        SourceText t = load("crlf.txt", bytes);
        assertThat(t.text()).isEqualTo("one\ntwo\nthree\n");
        assertThat(t.slice(4, 7)).isEqualTo("two");
        assertThat(t.sha256()).isEqualTo(Hashing.sha256(bytes));
    }

    @Test
    void refusesWhatIsNotUtf8TextWithAMessageNamingFileAndProblem() throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SourceTextLoader.load(latin1))
                .isInstanceOf(SourceTextException.class)
                .hasMessageContaining("latin1.txt")
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("line 1, column 4");

        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertThatThrownBy(() -> SourceTextLoader.load(binary)).hasMessageContaining("binary");

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> SourceTextLoader.load(empty)).hasMessageContaining("empty");

        assertThatThrownBy(() -> SourceTextLoader.load(dir)).hasMessageContaining("folder");
        assertThatThrownBy(() -> SourceTextLoader.load(dir.resolve("missing.txt"))).hasMessageContaining("no such file");
    }
}
