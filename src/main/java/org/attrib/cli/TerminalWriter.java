package org.attrib.cli;

import java.io.PrintWriter;
import java.io.Writer;

import org.attrib.core.text.VisibleText;

/**
 * Standard output or error of a command: everything written through it reaches the terminal
 * with control characters and bidirectional overrides escaped ({@link VisibleText#safe}), line
 * breaks kept. A file's content printed in a message or a table (an escape sequence in an
 * annotation's text, a BEL in a speaker's name) is shown, never obeyed. The escapes are JSON's,
 * so {@code --json} output stays the same JSON.
 */
final class TerminalWriter extends PrintWriter {

    private final PrintWriter raw;

    TerminalWriter(PrintWriter raw) {
        super(new Escaping(raw), true);
        this.raw = raw;
    }

    /** The writer underneath, for the progress bar, whose carriage returns are its own. */
    PrintWriter raw() {
        return raw;
    }

    /** A writer for {@code w} that escapes what it prints; {@code w} itself when it already does. */
    static PrintWriter of(PrintWriter w) {
        return w instanceof TerminalWriter ? w : new TerminalWriter(w);
    }

    private static final class Escaping extends Writer {
        private final PrintWriter raw;

        Escaping(PrintWriter raw) {
            this.raw = raw;
        }

        @Override
        public void write(String s, int off, int len) {
            // The line separator println writes goes through whole, also where it is "\r\n".
            if (len == System.lineSeparator().length() && s.startsWith(System.lineSeparator(), off)) {
                raw.write(s, off, len);
                return;
            }
            raw.write(VisibleText.safe(s.substring(off, off + len)));
        }

        @Override
        public void write(char[] buf, int off, int len) {
            write(new String(buf, off, len), 0, len);
        }

        @Override
        public void flush() {
            raw.flush();
        }

        @Override
        public void close() {
            raw.close();
        }
    }
}
