package org.attrib.core.export;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

import org.attrib.core.jsonfile.PrettyJson;

/** JSON writing shared by the JSON-based exports: emoji as themselves, and no character that line readers take for a line end. */
public final class JsonOutput {

    /** Emoji and other supplementary characters as UTF-8, not as escaped surrogate pairs, for people reading the output. */
    private static final JsonFactory JSON = PrettyJson.utf8Factory().setCharacterEscapes(new LineSafeEscapes());

    private JsonOutput() {
    }

    /** The factory behind {@link #generator}, for writing trees with an object mapper. */
    static JsonFactory factory() {
        return JSON;
    }

    /**
     * A UTF-8 generator that does not close the stream and escapes the characters some line
     * readers take for line ends (U+0085, U+2028, U+2029), so that one JSON value stays one line.
     */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    /** Writes a string field, or null when the value is absent. */
    static void stringOrNull(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }

    private static final class LineSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] table = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
                return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
