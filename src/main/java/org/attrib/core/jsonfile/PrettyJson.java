package org.attrib.core.jsonfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * How Attrib writes JSON for people to read and for version control to diff: two-space indents,
 * LF line ends on every platform, {@code "key": value}, and a line end after the value.
 */
public final class PrettyJson {

    /** What a generator writes. */
    @FunctionalInterface
    public interface Content {
        void write(JsonGenerator g) throws IOException;
    }

    private PrettyJson() {
    }

    /** A new factory writing emoji and other supplementary characters as themselves in UTF-8, not as escaped surrogate pairs. */
    public static JsonFactory utf8Factory() {
        return JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    }

    /** Two-space indents, LF line ends, {@code "key": value}, empty arrays and objects as {@code []} and <code>{}</code>. */
    public static PrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter)
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("").withObjectEmptySeparator(""));
    }

    /**
     * The UTF-8 bytes of {@code content} pretty-printed, ending in a line break.
     *
     * @param factory what writes the characters (see {@link #utf8Factory()})
     * @param sizeHint the expected size in bytes
     */
    public static byte[] toBytes(JsonFactory factory, int sizeHint, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint);
        try {
            write(factory, out, content);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** Writes {@code content} pretty-printed to {@code out}, ending in a line break; {@code out} stays open. */
    public static void write(JsonFactory factory, OutputStream out, Content content) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(printer());
            content.write(g);
            g.flush();
        }
        out.write('\n');
    }
}
