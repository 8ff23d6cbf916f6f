package org.attrib.core.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attrib.core.text.Excerpt;

/**
 * Parses the lines of a brat {@code .ann} file as brat itself does (fields after the id are
 * separated by a tab, within a field by spaces); a line it cannot read is reported with its
 * number and the reason, never dropped silently.
 */
public final class BratAnnParser {

    /** Parsed lines, and those that could not be read: line number and reason. */
    public record Parsed(List<BratAnn.Line> lines, List<Unreadable> unreadable) {
    }

    /** A line that could not be parsed. */
    public record Unreadable(int number, String raw, String reason) {
    }

    private static final Pattern ID = Pattern.compile("([A-Za-z]+|#[A-Za-z]*)([0-9]+)(.*)");
    private static final Pattern SPAN = Pattern.compile("([0-9]+) ([0-9]+)");
    private static final Pattern ARGUMENT = Pattern.compile("([^\\s:]+):(\\S+)");
    private static final Pattern NORMALIZATION = Pattern.compile("(\\S+) (\\S+) (\\S+?):(\\S+)");

    private BratAnnParser() {
    }

    public static Parsed parse(String content) {
        List<BratAnn.Line> lines = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        String[] raw = content.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            if (line.isBlank()) {
                continue;
            }
            try {
                lines.add(parseLine(i + 1, line));
            } catch (IllegalArgumentException e) {
                unreadable.add(new Unreadable(i + 1, line, e.getMessage()));
            }
        }
        return new Parsed(lines, unreadable);
    }

    static BratAnn.Line parseLine(int number, String line) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            throw new IllegalArgumentException("no tab after the annotation id");
        }
        String id = line.substring(0, tab);
        String rest = line.substring(tab + 1);
        int tab2 = rest.indexOf('\t');
        String data = tab2 < 0 ? rest : rest.substring(0, tab2);
        String tail = tab2 < 0 ? "" : rest.substring(tab2 + 1);
        if (id.equals("*")) {
            return equiv(number, line, data);
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(Excerpt.quoted(id) + " is not a brat annotation id");
        }
        return switch (id.charAt(0)) {
            case 'T' -> textBound(number, line, id, data, tail);
            case 'R' -> relation(number, line, id, data);
            case 'E' -> event(number, line, id, data);
            case 'A', 'M' -> attribute(number, line, id, data);
            case 'N' -> normalization(number, line, id, data, tail);
            case '#' -> note(number, line, id, data, tail);
            default -> throw new IllegalArgumentException("unknown kind of annotation \"" + id.charAt(0)
                    + "\" (brat has T, R, E, A, M, N, # and *)");
        };
    }

    private static BratAnn.TextBound textBound(int number, String line, String id, String data, String tail) {
        int space = data.indexOf(' ');
        if (space <= 0) {
            throw new IllegalArgumentException("a text-bound annotation needs a label and offsets");
        }
        String label = data.substring(0, space);
        List<BratAnn.Fragment> fragments = new ArrayList<>();
        for (String part : data.substring(space + 1).split(";", -1)) {
            Matcher m = SPAN.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("offsets " + Excerpt.quoted(part) + " are not START END");
            }
            int start = parseOffset(m.group(1));
            int end = parseOffset(m.group(2));
            if (start > end) {
                throw new IllegalArgumentException("start " + start + " is after end " + end);
            }
            fragments.add(new BratAnn.Fragment(start, end));
        }
        fragments.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 1; i < fragments.size(); i++) {
            if (fragments.get(i).start() < fragments.get(i - 1).end()) {
                throw new IllegalArgumentException("its fragments overlap");
            }
        }
        if (fragments.get(fragments.size() - 1).end() == fragments.get(0).start()) {
            throw new IllegalArgumentException("empty span");
        }
        return new BratAnn.TextBound(number, line, id, label, List.copyOf(fragments), tail);
    }

    private static int parseOffset(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("offset " + Excerpt.of(digits) + " is too large");
        }
    }

    private static BratAnn.Relation relation(int number, String line, String id, String data) {
        String[] parts = data.strip().split("\\s+");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a relation needs a label and exactly two arguments");
        }
        BratAnn.Argument first = argument(parts[1]);
        BratAnn.Argument second = argument(parts[2]);
        if (first.role().equals(second.role())) {
            throw new IllegalArgumentException("both arguments have the role " + first.role());
        }
        return new BratAnn.Relation(number, line, id, parts[0], first, second);
    }

    private static BratAnn.Event event(int number, String line, String id, String data) {
        String[] parts = data.strip().split("\\s+");
        BratAnn.Argument trigger = argument(parts[0]);
        List<BratAnn.Argument> args = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            args.add(argument(parts[i]));
        }
        return new BratAnn.Event(number, line, id, trigger.role(), trigger.target(), List.copyOf(args));
    }

    private static BratAnn.Attribute attribute(int number, String line, String id, String data) {
        String[] parts = data.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("an attribute needs a name, a target and at most one value");
        }
        return new BratAnn.Attribute(number, line, id, parts[0], parts[1], parts.length == 3 ? parts[2] : null);
    }

    private static BratAnn.Normalization normalization(int number, String line, String id, String data, String tail) {
        Matcher m = NORMALIZATION.matcher(data.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a normalisation needs a type, a target and DATABASE:KEY");
        }
        return new BratAnn.Normalization(number, line, id, m.group(1), m.group(2), m.group(3), m.group(4), tail.strip());
    }

    private static BratAnn.Note note(int number, String line, String id, String data, String tail) {
        String[] parts = data.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a note needs a type and a target");
        }
        return new BratAnn.Note(number, line, id, parts[0], parts[1], tail);
    }

    private static BratAnn.Equiv equiv(int number, String line, String data) {
        String[] parts = data.strip().split("\\s+");
        if (parts.length < 3) {
            throw new IllegalArgumentException("an equivalence needs a type and at least two ids");
        }
        return new BratAnn.Equiv(number, line, parts[0], List.of(parts).subList(1, parts.length));
    }

    private static BratAnn.Argument argument(String s) {
        Matcher m = ARGUMENT.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException(Excerpt.quoted(s) + " is not ROLE:ID");
        }
        return new BratAnn.Argument(m.group(1), m.group(2));
    }
}
