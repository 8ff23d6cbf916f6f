package org.attrib.core.importer;

import java.util.List;

/**
 * The lines of a brat {@code .ann} file, parsed but not yet interpreted; see
 * https://brat.nlplab.org/standoff.html. Each keeps its line number (from 1) and its raw text
 * for messages.
 */
public final class BratAnn {

    private BratAnn() {
    }

    /** Any parsed line. */
    public sealed interface Line permits TextBound, Relation, Event, Attribute, Note, Equiv, Normalization {
        int number();

        String raw();
    }

    /** One fragment of a text-bound annotation, in the file's offsets. */
    public record Fragment(int start, int end) {
    }

    /** {@code T1\tLabel 0 5;7 9\ttext} */
    public record TextBound(int number, String raw, String id, String label, List<Fragment> fragments, String text)
            implements Line {
        public int start() {
            return fragments.get(0).start();
        }

        public int end() {
            return fragments.get(fragments.size() - 1).end();
        }
    }

    /** {@code R1\tLabel Arg1:T1 Arg2:T2} */
    public record Relation(int number, String raw, String id, String label, Argument first, Argument second)
            implements Line {
    }

    /** A role and the id it points to: {@code Arg1:T1}, {@code Speaker:T3}. */
    public record Argument(String role, String target) {
    }

    /** {@code E1\tType:T1 Role:T2 Role2:T3} */
    public record Event(int number, String raw, String id, String type, String trigger, List<Argument> arguments)
            implements Line {
    }

    /** {@code A1\tName T1 value} (the value is null for a binary attribute). */
    public record Attribute(int number, String raw, String id, String name, String target, String value)
            implements Line {
    }

    /** {@code #1\tAnnotatorNotes T1\ttext} */
    public record Note(int number, String raw, String id, String type, String target, String text) implements Line {
    }

    /** {@code *\tEquiv T1 T2 T3} */
    public record Equiv(int number, String raw, String type, List<String> ids) implements Line {
    }

    /** {@code N1\tReference T1 Wikipedia:534366\tBarack Obama} */
    public record Normalization(int number, String raw, String id, String type, String target, String database,
            String key, String name) implements Line {
    }
}
