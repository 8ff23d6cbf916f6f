package org.attrib.core.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.attrib.core.batch.Problem;
import org.attrib.core.export.BratTerms;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.model.SpeakerNames;
import org.attrib.core.text.Excerpt;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/**
 * Imports a brat standoff document ({@code X.txt} with {@code X.ann}) as an Attrib document,
 * mapping labels with a {@link BratMapping}. It reads the shapes real corpora use:
 *
 * <ul>
 * <li>{@code T} spans, discontinuous ones as their covering span;</li>
 * <li>{@code R} relations mapped to attribution (a quote or claim and a speaker mention);</li>
 * <li>{@code E} events such as a Quotation whose roles name the content and the speaker;</li>
 * <li>{@code *} equivalences and {@code N} normalisations, which group mentions into entities
 *     (mentions without either join the entity of their name);</li>
 * <li>{@code A} attributes that Attrib has (Form, CheckWorthy, Pending, Kind, Entity) and
 *     {@code #} notes.</li>
 * </ul>
 *
 * <p>Every line it could not use is reported with its line number and the reason, never dropped
 * silently. Offsets are read as brat's code points unless another reading
 * ({@link OffsetReading}) fits the recorded texts better.
 */
public final class BratImporter {

    /**
     * What an import produced.
     *
     * @param snapshot the document
     * @param problems lines that could not be used, or were used only in part
     * @param notes facts worth knowing that are not problems (how offsets were read)
     */
    public record Result(DocumentSnapshot snapshot, List<Problem> problems, List<String> notes) {
    }

    private static final Set<String> ATTRIBUTES = Set.of(
            BratTerms.FORM, BratTerms.CHECK_WORTHY, BratTerms.PENDING, BratTerms.KIND, BratTerms.ENTITY);
    private static final Pattern ROLE_NUMBER = Pattern.compile("[0-9]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A problem and its line, to report in line order. */
    private record NumberedProblem(int line, Problem problem) {
    }

    private BratImporter() {
    }

    /** Reads {@code ann} and the article {@code txt} it annotates. */
    public static Result importFiles(Path ann, Path txt, BratMapping mapping) throws SourceTextException, IOException {
        SourceText text = SourceTextLoader.load(txt);
        String raw = new String(Files.readAllBytes(txt), StandardCharsets.UTF_8);
        byte[] annBytes = Files.readAllBytes(ann);
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(annBytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(ann + ": not valid UTF-8; brat files are UTF-8", e);
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        return importAnn(ann, content, text, raw, mapping);
    }

    /**
     * Imports {@code .ann} content for a text; {@code raw} is the article's file decoded as is
     * (with any byte order mark and CRs), and {@code ann} is only used in messages.
     */
    public static Result importAnn(Path ann, String content, SourceText text, String raw, BratMapping mapping) {
        return new Run(ann, text, raw, mapping).run(content);
    }

    /** One import: the file's lines, what each T became, and what went wrong. */
    private static final class Run {
        private final Path file;
        private final SourceText text;
        private final String raw;
        private final BratMapping mapping;
        private final List<NumberedProblem> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private final Map<String, BratAnn.TextBound> textBounds = new LinkedHashMap<>();
        private final List<BratAnn.TextBound> untyped = new ArrayList<>();
        /** T id -> code point span in Attrib's text. */
        private final Map<String, int[]> spans = new HashMap<>();
        /** T id -> what it becomes. */
        private final Map<String, AnnotationType> types = new LinkedHashMap<>();
        /** E id -> the T ids it made quotes or claims of (for notes on events). */
        private final Map<String, List<String>> eventContents = new HashMap<>();
        /** Quote or claim T id -> speaker mention T id. */
        private final Map<String, String> via = new HashMap<>();
        private final Map<String, Integer> viaLine = new HashMap<>();
        private final Map<String, String> parent = new HashMap<>();
        private final Map<String, BratAnn.Normalization> references = new HashMap<>();
        private final Map<String, String> entityAttributes = new HashMap<>();
        private final Map<String, EntityKind> kinds = new HashMap<>();
        private final Map<String, QuoteForm> forms = new HashMap<>();
        private final Map<String, Boolean> checkWorthy = new HashMap<>();
        private final Set<String> pending = new HashSet<>();
        private final Map<String, List<String>> noteTexts = new HashMap<>();

        Run(Path file, SourceText text, String raw, BratMapping mapping) {
            this.file = file;
            this.text = text;
            this.raw = raw;
            this.mapping = mapping;
        }

        Result run(String content) {
            BratAnnParser.Parsed parsed = BratAnnParser.parse(content);
            for (BratAnnParser.Unreadable u : parsed.unreadable()) {
                problem(u.number(), u.raw(), "cannot read the line: " + u.reason());
            }
            List<BratAnn.Event> events = new ArrayList<>();
            List<BratAnn.Relation> relations = new ArrayList<>();
            List<BratAnn.Equiv> equivs = new ArrayList<>();
            List<BratAnn.Normalization> normalizations = new ArrayList<>();
            List<BratAnn.Attribute> attributes = new ArrayList<>();
            List<BratAnn.Note> noteLines = new ArrayList<>();
            for (BratAnn.Line line : parsed.lines()) {
                if (line instanceof BratAnn.TextBound t) {
                    if (textBounds.putIfAbsent(t.id(), t) != null) {
                        problem(t, "a second annotation with the id " + t.id() + "; left out");
                    }
                } else if (line instanceof BratAnn.Event e) {
                    events.add(e);
                } else if (line instanceof BratAnn.Relation r) {
                    relations.add(r);
                } else if (line instanceof BratAnn.Equiv q) {
                    equivs.add(q);
                } else if (line instanceof BratAnn.Normalization n) {
                    normalizations.add(n);
                } else if (line instanceof BratAnn.Attribute a) {
                    attributes.add(a);
                } else if (line instanceof BratAnn.Note n) {
                    noteLines.add(n);
                }
            }
            Set<String> triggers = new HashSet<>();
            for (BratAnn.Event e : events) {
                triggers.add(e.trigger());
            }
            OffsetReading reading = chooseReading();
            for (BratAnn.TextBound t : textBounds.values()) {
                placeTextBound(t, reading, triggers.contains(t.id()));
            }
            events.forEach(this::event);
            reportUntyped();
            relations.forEach(this::relation);
            equivs.forEach(this::equiv);
            normalizations.forEach(this::normalization);
            attributes.forEach(this::attribute);
            noteLines.forEach(this::note);
            DocumentSnapshot snapshot = build();
            problems.sort(Comparator.comparingInt(NumberedProblem::line));
            return new Result(snapshot, problems.stream().map(NumberedProblem::problem).toList(), List.copyOf(notes));
        }

        // ---- spans

        /**
         * The reading under which the most spans cover the text they record; among those, the one
         * under which most agree strictly (brat's rule, then exactly). Loose agreement alone cannot
         * decide: read the wrong way, a span that ends just before white space can still pass
         * once white space at its edges is ignored. On a full tie the earlier candidate (Attrib's
         * own reading first) wins, and the import says the offsets were ambiguous when the tied
         * readings place spans differently (spans over repeated text can match both ways).
         */
        private OffsetReading chooseReading() {
            List<OffsetReading> candidates = OffsetReading.candidates(text, raw);
            List<int[]> scores = new ArrayList<>();
            int best = 0;
            for (OffsetReading r : candidates) {
                int[] score = new int[Agreement.values().length - 1];
                for (BratAnn.TextBound t : textBounds.values()) {
                    Agreement a = inRange(t, r) ? agreement(t.text(), expectedText(t, r)) : Agreement.NONE;
                    for (int level = 0; level < a.ordinal(); level++) {
                        score[level]++;
                    }
                }
                scores.add(score);
                if (Arrays.compare(score, scores.get(best)) > 0) {
                    best = scores.size() - 1;
                }
            }
            OffsetReading chosen = candidates.get(best);
            if (best != 0) {
                notes.add("offsets read as " + chosen.description() + ": the recorded texts match that way");
            }
            for (int i = 0; i < candidates.size(); i++) {
                if (i != best && scores.get(best)[0] > 0 && Arrays.equals(scores.get(i), scores.get(best))
                        && placesDifferently(chosen, candidates.get(i))) {
                    notes.add("the offsets fit " + chosen.description() + " and " + candidates.get(i).description()
                            + " equally well (the recorded texts match both ways); read as " + chosen.description()
                            + ", so check where the spans landed");
                }
            }
            return chosen;
        }

        /** True when some span both readings can place lands on different text under each. */
        private boolean placesDifferently(OffsetReading a, OffsetReading b) {
            for (BratAnn.TextBound t : textBounds.values()) {
                if (!inRange(t, a) || !inRange(t, b)) {
                    continue;
                }
                for (BratAnn.Fragment f : t.fragments()) {
                    if (a.toCodePoint(f.start()) != b.toCodePoint(f.start()) || a.toCodePoint(f.end()) != b.toCodePoint(f.end())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean inRange(BratAnn.TextBound t, OffsetReading r) {
            for (BratAnn.Fragment f : t.fragments()) {
                if (!r.valid(f.start()) || !r.valid(f.end())) {
                    return false;
                }
            }
            return true;
        }

        private static String expectedText(BratAnn.TextBound t, OffsetReading r) {
            StringBuilder s = new StringBuilder();
            for (BratAnn.Fragment f : t.fragments()) {
                if (!s.isEmpty()) {
                    s.append(' ');
                }
                s.append(r.slice(f.start(), f.end()));
            }
            return s.toString();
        }

        /**
         * How a span's recorded text agrees with the text at its offsets, weakest first. brat's
         * rule is that the recorded text starts with the spans' text, then ends or goes on after
         * white space; the import also accepts texts that differ only in how white space is
         * written (tools differ there), and an empty recorded text, which tells nothing.
         */
        private enum Agreement {
            NONE, LOOSE, BRAT, EXACT
        }

        private static Agreement agreement(String recorded, String expected) {
            if (recorded.equals(expected)) {
                return Agreement.EXACT;
            }
            if (recorded.startsWith(expected) && Character.isWhitespace(recorded.charAt(expected.length()))) {
                return Agreement.BRAT;
            }
            if (recorded.isEmpty() || collapse(recorded).equals(collapse(expected))) {
                return Agreement.LOOSE;
            }
            return Agreement.NONE;
        }

        private static boolean textMatches(String recorded, String expected) {
            return agreement(recorded, expected) != Agreement.NONE;
        }

        private static String collapse(String s) {
            return WHITESPACE.matcher(s.strip()).replaceAll(" ");
        }

        private void placeTextBound(BratAnn.TextBound t, OffsetReading reading, boolean trigger) {
            if (!inRange(t, reading)) {
                problem(t, "its offsets lie outside the text (" + reading.length() + " long); left out");
                return;
            }
            String expected = expectedText(t, reading);
            if (!textMatches(t.text(), expected)) {
                problem(t, "its text " + Excerpt.quoted(t.text()) + " is not what the article has at those offsets ("
                        + Excerpt.quoted(expected) + "); left out");
                return;
            }
            int start = reading.toCodePoint(t.start());
            int end = reading.toCodePoint(t.end());
            if (start >= end) {
                problem(t, "its span is empty in the text; left out");
                return;
            }
            if (t.fragments().size() > 1 && !gapsAreBlank(t, reading)) {
                problem(t, "a discontinuous span (" + t.fragments().size() + " fragments), imported as the span ["
                        + start + ", " + end + ") that covers them, text between them included");
            }
            spans.put(t.id(), new int[] {start, end});
            if (trigger) {
                return; // its event decides what it becomes
            }
            Optional<BratMapping.Target> target = mapping.target(t.label());
            if (target.isPresent() && target.get().annotationType().isPresent()) {
                types.put(t.id(), target.get().annotationType().get());
            } else if (target.isEmpty() || target.get() != BratMapping.Target.IGNORE) {
                untyped.add(t);
            }
        }

        /** Spans whose label gave them no type and that no event gave one either. */
        private void reportUntyped() {
            for (BratAnn.TextBound t : untyped) {
                if (types.containsKey(t.id())) {
                    continue;
                }
                Optional<BratMapping.Target> target = mapping.target(t.label());
                if (target.isEmpty()) {
                    problem(t, "the label " + Excerpt.quoted(t.label()) + " is not mapped; add --map " + Excerpt.of(t.label())
                            + "=quote, =claim, =speaker or =ignore");
                } else if (target.get() == BratMapping.Target.CONTENT) {
                    problem(t, "the label " + Excerpt.quoted(t.label()) + " is mapped to content, but no event has this span as its content; left out");
                } else {
                    problem(t, "the label " + Excerpt.quoted(t.label()) + " is mapped to " + target.get().id()
                            + ", which a text span cannot be; left out");
                }
            }
        }

        /** True when only white space lies between the fragments, as when a span was split at line breaks. */
        private static boolean gapsAreBlank(BratAnn.TextBound t, OffsetReading reading) {
            List<BratAnn.Fragment> f = t.fragments();
            for (int i = 1; i < f.size(); i++) {
                if (!reading.slice(f.get(i - 1).end(), f.get(i).start()).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        // ---- events and relations

        private void event(BratAnn.Event e) {
            if (!spans.containsKey(e.trigger())) {
                problem(e, "its trigger " + e.trigger() + " is not an imported text span; left out");
                return;
            }
            Optional<BratMapping.Target> target = mapping.target(e.type());
            if (target.isEmpty()) {
                problem(e, "the event type " + Excerpt.quoted(e.type()) + " is not mapped; add --map " + Excerpt.of(e.type()) + "=quote, =claim or =ignore");
                return;
            }
            if (target.get() == BratMapping.Target.IGNORE) {
                return;
            }
            if (target.get() != BratMapping.Target.QUOTE && target.get() != BratMapping.Target.CLAIM) {
                problem(e, "the event type " + Excerpt.quoted(e.type()) + " is mapped to " + target.get().id()
                        + "; an event can only become a quote or a claim; left out");
                return;
            }
            AnnotationType type = target.get().annotationType().orElseThrow();
            List<String> contents = new ArrayList<>();
            List<String> speakers = new ArrayList<>();
            for (BratAnn.Argument arg : e.arguments()) {
                String role = ROLE_NUMBER.matcher(arg.role()).replaceAll("");
                Optional<BratMapping.Target> roleTarget = mapping.target(arg.role()).or(() -> mapping.target(role));
                if (roleTarget.isEmpty()) {
                    problem(e, "the role " + Excerpt.quoted(role) + " is not mapped; add --map " + Excerpt.of(role) + "=content, =speaker or =ignore");
                    continue;
                }
                if (roleTarget.get() == BratMapping.Target.IGNORE) {
                    continue;
                }
                if (!spans.containsKey(arg.target())) {
                    problem(e, "its " + arg.role() + " argument " + arg.target() + " is not an imported text span; left out");
                    continue;
                }
                switch (roleTarget.get()) {
                    case CONTENT -> contents.add(arg.target());
                    case SPEAKER -> speakers.add(arg.target());
                    default -> problem(e, "the role " + Excerpt.quoted(role) + " is mapped to " + roleTarget.get().id()
                            + "; a role can only be content, speaker or ignore");
                }
            }
            if (contents.isEmpty()) {
                contents.add(e.trigger());
            }
            List<String> made = new ArrayList<>();
            for (String c : contents) {
                AnnotationType before = types.get(c);
                if (before == AnnotationType.SPEAKER) {
                    problem(e, c + " is a speaker mention and cannot also be its content; left out");
                    continue;
                }
                types.put(c, before == null ? type : before);
                made.add(c);
            }
            eventContents.put(e.id(), made);
            String speaker = null;
            for (String s : speakers) {
                AnnotationType before = types.get(s);
                if (before != null && before != AnnotationType.SPEAKER) {
                    problem(e, s + " is a " + before.id() + " and cannot also be its speaker; left out");
                } else if (speaker != null) {
                    problem(e, "a second speaker argument " + s + "; the first, " + speaker + ", is used");
                } else {
                    types.put(s, AnnotationType.SPEAKER);
                    speaker = s;
                }
            }
            if (speaker != null) {
                for (String c : made) {
                    attribute(c, speaker, e);
                }
            }
        }

        private void relation(BratAnn.Relation r) {
            Optional<BratMapping.Target> target = mapping.target(r.label());
            if (target.isEmpty()) {
                problem(r, "the relation " + Excerpt.quoted(r.label()) + " is not mapped; add --map " + Excerpt.of(r.label()) + "=attribution or =ignore");
                return;
            }
            if (target.get() == BratMapping.Target.IGNORE) {
                return;
            }
            if (target.get() != BratMapping.Target.ATTRIBUTION) {
                problem(r, "the relation " + Excerpt.quoted(r.label()) + " is mapped to " + target.get().id()
                        + "; a relation can only be attribution or ignore");
                return;
            }
            String a = r.first().target();
            String b = r.second().target();
            AnnotationType ta = types.get(a);
            AnnotationType tb = types.get(b);
            if (ta == null || tb == null) {
                problem(r, "its argument " + (ta == null ? a : b) + " is not an imported quote, claim or speaker; left out");
            } else if (ta.isAttributable() && tb == AnnotationType.SPEAKER) {
                attribute(a, b, r);
            } else if (tb.isAttributable() && ta == AnnotationType.SPEAKER) {
                attribute(b, a, r);
            } else {
                problem(r, "an attribution links a quote or claim with a speaker, not a " + ta.id() + " with a " + tb.id() + "; left out");
            }
        }

        private void attribute(String quote, String mention, BratAnn.Line line) {
            String before = via.get(quote);
            if (before != null && !before.equals(mention)) {
                problem(line, quote + " is already attributed through " + before + " (line " + viaLine.get(quote)
                        + "); this second attribution is left out");
                return;
            }
            via.put(quote, mention);
            viaLine.putIfAbsent(quote, line.number());
        }

        // ---- entities, attributes, notes

        private void equiv(BratAnn.Equiv q) {
            String first = null;
            for (String id : q.ids()) {
                if (types.get(id) != AnnotationType.SPEAKER) {
                    problem(q, id + " is not an imported speaker mention, so it joins no entity");
                    continue;
                }
                if (first == null) {
                    first = id;
                } else {
                    union(first, id);
                }
            }
        }

        private void normalization(BratAnn.Normalization n) {
            if (!types.containsKey(n.target())) {
                problem(n, "its target " + n.target() + " is not an imported quote, claim or speaker; left out");
            } else if (references.putIfAbsent(n.target(), n) != null) {
                problem(n, n.target() + " already refers to " + references.get(n.target()).database() + ":"
                        + references.get(n.target()).key() + "; this second reference is left out");
            }
        }

        private void attribute(BratAnn.Attribute a) {
            if (mapping.target(a.name()).filter(t -> t == BratMapping.Target.IGNORE).isPresent()) {
                return;
            }
            if (!ATTRIBUTES.contains(a.name())) {
                problem(a, "the attribute " + Excerpt.quoted(a.name()) + " is not one Attrib has (Form, CheckWorthy, Pending, Kind, Entity); add --map "
                        + Excerpt.of(a.name()) + "=ignore to leave it out quietly");
                return;
            }
            List<String> targets = types.containsKey(a.target()) ? List.of(a.target()) : eventContents.get(a.target());
            if (targets == null || targets.isEmpty()) {
                problem(a, "its target " + a.target() + " is not an imported quote, claim or speaker; left out");
                return;
            }
            for (String target : targets) {
                attribute(a, target, types.get(target));
            }
        }

        private void attribute(BratAnn.Attribute a, String target, AnnotationType type) {
            String value = a.value() == null ? "" : a.value();
            switch (a.name()) {
                case BratTerms.FORM -> {
                    Optional<QuoteForm> form = QuoteForm.fromId(value.toLowerCase(Locale.ROOT));
                    if (type != AnnotationType.QUOTE || form.isEmpty()) {
                        problem(a, "a Form is direct, indirect, partial or mixed, on a quote; left out");
                    } else {
                        forms.put(target, form.get());
                    }
                }
                case BratTerms.CHECK_WORTHY -> {
                    Boolean worthy = switch (value.toLowerCase(Locale.ROOT)) {
                        case BratTerms.YES, "true", "" -> Boolean.TRUE;
                        case BratTerms.NO, "false" -> Boolean.FALSE;
                        default -> null;
                    };
                    if (type != AnnotationType.CLAIM || worthy == null) {
                        problem(a, "CheckWorthy is yes or no, on a claim; left out");
                    } else {
                        checkWorthy.put(target, worthy);
                    }
                }
                case BratTerms.PENDING -> pending.add(target);
                case BratTerms.KIND -> {
                    Optional<EntityKind> kind = EntityKind.fromId(value.toLowerCase(Locale.ROOT));
                    if (type != AnnotationType.SPEAKER || kind.isEmpty()) {
                        problem(a, "a Kind is person, organisation or other, on a speaker; left out");
                    } else {
                        kinds.put(target, kind.get());
                    }
                }
                case BratTerms.ENTITY -> {
                    if (value.isEmpty()) {
                        problem(a, "an Entity attribute needs the entity's id; left out");
                    } else {
                        entityAttributes.put(target, value);
                    }
                }
                default -> throw new IllegalStateException("unhandled attribute " + a.name());
            }
        }

        private void note(BratAnn.Note n) {
            List<String> targets = types.containsKey(n.target()) ? List.of(n.target()) : eventContents.get(n.target());
            if (targets == null || targets.isEmpty()) {
                problem(n, "its target " + n.target() + " is not an imported quote, claim or speaker; the note is left out");
                return;
            }
            for (String t : targets) {
                noteTexts.computeIfAbsent(t, k -> new ArrayList<>()).add(n.text());
            }
        }

        // ---- building

        private DocumentSnapshot build() {
            DocumentBuilder builder = new DocumentBuilder(text);
            Map<String, String> mentionKeys = mentionKeys();
            Map<String, Entity> entities = new HashMap<>();
            Map<String, String> annotationIds = new HashMap<>();
            List<String> ordered = new ArrayList<>(types.keySet());
            ordered.sort((x, y) -> {
                int c = Integer.compare(spans.get(x)[0], spans.get(y)[0]);
                return c != 0 ? c : Integer.compare(spans.get(x)[1], spans.get(y)[1]);
            });
            for (String t : ordered) {
                if (types.get(t) == AnnotationType.SPEAKER) {
                    Entity e = entities.computeIfAbsent(mentionKeys.get(t), key -> newEntity(builder, key, mentionKeys));
                    Annotation a = base(builder, t).withEntity(e.id());
                    annotationIds.put(t, builder.add(a).id());
                }
            }
            for (String t : ordered) {
                AnnotationType type = types.get(t);
                if (!type.isAttributable()) {
                    continue;
                }
                Annotation a = base(builder, t);
                String speakerKey = speakerKey(t, mentionKeys);
                if (speakerKey != null) {
                    Entity e = entities.computeIfAbsent(speakerKey, key -> newEntity(builder, key, mentionKeys));
                    String mention = via.get(t);
                    a = a.withSpeaker(e.id(), mention != null && speakerKey.equals(mentionKeys.get(mention))
                            ? annotationIds.get(mention) : null);
                }
                if (type == AnnotationType.QUOTE) {
                    a = a.withForm(forms.get(t));
                } else {
                    a = a.withCheckWorthy(checkWorthy.get(t));
                }
                builder.add(a);
            }
            return builder.snapshot();
        }

        private Annotation base(DocumentBuilder builder, String t) {
            int[] span = spans.get(t);
            List<String> noteList = noteTexts.get(t);
            Annotation a = Annotation.of(builder.annotationId(null), types.get(t), span[0], span[1]);
            return a.withNote(noteList == null ? null : String.join("\n", noteList)).withPending(pending.contains(t));
        }

        /**
         * The entity each mention belongs to, as a key: its reference (normalisation or Entity
         * attribute) or that of a mention equivalent to it, else its equivalence group, else its
         * normalised name.
         */
        private Map<String, String> mentionKeys() {
            Map<String, String> groupKeys = new HashMap<>();
            Map<String, List<String>> members = new LinkedHashMap<>();
            for (Map.Entry<String, AnnotationType> e : types.entrySet()) {
                if (e.getValue() == AnnotationType.SPEAKER) {
                    members.computeIfAbsent(find(e.getKey()), k -> new ArrayList<>()).add(e.getKey());
                }
            }
            Map<String, String> keys = new HashMap<>();
            for (Map.Entry<String, List<String>> group : members.entrySet()) {
                String key = null;
                for (String m : group.getValue()) {
                    String own = referenceKey(m);
                    if (own == null) {
                        continue;
                    }
                    if (key == null) {
                        key = own;
                    } else if (!key.equals(own)) {
                        problem(textBounds.get(m), "it is equivalent to mentions of " + key.substring(4)
                                + " but refers to " + own.substring(4) + "; it joins " + key.substring(4));
                    }
                }
                if (key == null) {
                    key = group.getValue().size() > 1 ? "eqv:" + group.getKey() : nameKey(group.getValue().get(0));
                }
                groupKeys.put(group.getKey(), key);
                for (String m : group.getValue()) {
                    keys.put(m, key);
                }
            }
            return keys;
        }

        private String nameKey(String mention) {
            String name = SpeakerNames.normalise(textOf(mention));
            return name.isEmpty() ? "tid:" + mention : "nam:" + name;
        }

        /** The entity key a span refers to by normalisation or Entity attribute, or null. */
        private String referenceKey(String t) {
            BratAnn.Normalization n = references.get(t);
            if (n != null) {
                return "ref:" + n.database() + ":" + n.key();
            }
            String entity = entityAttributes.get(t);
            return entity == null ? null : "ref:" + BratTerms.DATABASE + ":" + entity;
        }

        /** Whom a quote or claim is attributed to: its mention's entity, else the entity it refers to. */
        private String speakerKey(String quote, Map<String, String> mentionKeys) {
            String mention = via.get(quote);
            String byMention = mention == null ? null : mentionKeys.get(mention);
            String byReference = referenceKey(quote);
            if (byMention != null && byReference != null && !byMention.equals(byReference)) {
                problem(textBounds.get(quote), "it refers to " + byReference.substring(4) + " but is attributed through "
                        + mention + ", a mention of another entity; the mention wins");
            }
            return byMention != null ? byMention : byReference;
        }

        private Entity newEntity(DocumentBuilder builder, String key, Map<String, String> mentionKeys) {
            String preferredId = null;
            String name = null;
            EntityKind kind = null;
            if (key.startsWith("ref:" + BratTerms.DATABASE + ":")) {
                preferredId = key.substring(("ref:" + BratTerms.DATABASE + ":").length());
            }
            for (Map.Entry<String, BratAnn.Normalization> n : references.entrySet()) {
                if (key.equals("ref:" + n.getValue().database() + ":" + n.getValue().key()) && !n.getValue().name().isBlank()) {
                    name = n.getValue().name();
                    break;
                }
            }
            String firstMention = null;
            for (String t : types.keySet()) {
                if (key.equals(mentionKeys.get(t))) {
                    if (firstMention == null || spans.get(t)[0] < spans.get(firstMention)[0]) {
                        firstMention = t;
                    }
                    if (kind == null) {
                        kind = kinds.get(t);
                    }
                }
            }
            if (name == null) {
                name = firstMention != null ? SpeakerNames.displayName(textOf(firstMention)) : key.substring(4);
            }
            return builder.addEntity(preferredId, name, kind);
        }

        private String textOf(String t) {
            int[] span = spans.get(t);
            return text.slice(span[0], span[1]);
        }

        private String find(String id) {
            String p = parent.getOrDefault(id, id);
            if (p.equals(id)) {
                return id;
            }
            String root = find(p);
            parent.put(id, root);
            return root;
        }

        private void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }

        // ---- reporting

        private void problem(BratAnn.Line line, String reason) {
            problem(line.number(), line.raw(), reason);
        }

        private void problem(int number, String rawLine, String reason) {
            problems.add(new NumberedProblem(number, new Problem(file, "line " + number,
                    reason + " [" + Excerpt.of(rawLine) + "]")));
        }
    }
}
