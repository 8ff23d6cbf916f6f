package org.attrib.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextException;
import org.attrib.core.text.SourceTextLoader;

/**
 * Writes the benchmark articles: news-like text (paragraphs of reporting, direct quotes in
 * straight and curly marks, reported claims, quotes inside claims and inside quotes, the odd
 * emoji outside the Basic Multilingual Plane) with annotations over it: speaker mentions of a
 * few hundred entities, quotes and claims attributed through those mentions, nested and
 * crossing spans, some pending suggestions and notes. Deterministic: a fixed seed, and ids drawn
 * from it, so every run measures the same files. The files are written by the project's own
 * writer ({@link DocumentFiles#save}).
 */
public final class ArticleGenerator {

    /** Bump when the generated files change, so that old ones under target/bench are rewritten. */
    static final String VERSION = "4";
    private static final long SEED = 20261207L;
    private static final int ENTITIES = 300;
    /** Candidates generated beyond the count asked for, then dropped at random: spreads the drops. */
    private static final double SURPLUS = 1.12;

    private static final String[] FIRST = {"Maria", "John", "Aisha", "Peter", "Elena", "David", "Fatima", "Tomas",
        "Grace", "Samuel", "Ingrid", "Kwame", "Lucia", "Ahmed", "Sofia", "Michael", "Yuki", "Carlos", "Anna", "Omar",
        "Helen", "Rafael", "Nadia", "George", "Priya", "Daniel", "Zoë", "José", "Katarzyna", "Liam", "Mei", "Oleksandr",
        "Sarah", "Viktor", "Amara", "Jonas", "Claire", "Hassan", "Ruth", "Mateo"};
    private static final String[] LAST = {"Keller", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak",
        "Haddad", "Brennan", "Schulz", "Mensah", "Rossi", "Kowalski", "Fischer", "Andersen", "Nakamura", "Ortega",
        "Petrov", "Walsh", "Dubois", "Müller", "Costa", "Ibrahim", "Larsen", "Chen", "O'Neill", "Varga", "Shah",
        "Horvat", "Adeyemi", "Bauer", "Santos", "Yilmaz", "Murphy", "Eriksen", "Sato", "Romero", "Kaplan", "Quinn", "Duarte"};
    private static final String[] ORGS = {"Ministry of Finance", "Harbour Authority", "Northwind Energy", "City Council",
        "Central Bank", "Teachers' Union", "Red Valley Mining", "Transport Agency", "Health Department",
        "Farmers' Association", "Election Commission", "Port Workers' Union", "Civic Audit Office", "Atlas Telecom",
        "Riverside Hospital", "Chamber of Commerce"};
    private static final String[] ROLES = {"the finance minister", "a spokesperson for the ministry", "the mayor",
        "a senior official", "the union's chairwoman", "an economist at the central bank", "the company's chief executive",
        "an opposition lawmaker", "the harbour master", "a local shop owner", "the committee chair", "a retired teacher"};
    private static final String[] SUBJECTS = {"the government", "the council", "local residents", "the company",
        "investors", "the new policy", "officials", "the committee", "the plan", "fuel prices", "the regulator",
        "the coalition", "farmers in the north", "the bank", "the unions", "the budget", "the harbour project",
        "small businesses", "the ministry", "voters"};
    private static final String[] VERBS = {"will raise", "has delayed", "could undermine", "is expected to cut",
        "would protect", "has failed to reach", "will review", "has rejected", "is likely to extend", "cannot afford",
        "has promised to restore", "will not support", "may postpone", "has already doubled", "is preparing to sell"};
    private static final String[] OBJECTS = {"the budget deficit", "public confidence", "the harbour project",
        "fuel subsidies", "the election timetable", "the pension reform", "import tariffs", "the water supply",
        "the rail link", "wages in the public sector", "the new hospital", "interest rates", "the mining licence",
        "the housing programme", "its own forecasts", "the talks with the unions"};
    private static final String[] TAILS = {"", "", " by the end of the year", " within weeks", " next spring",
        " despite the protests", " before the summer recess", " if the talks fail", " for the third time this year",
        " by 12.5 percent", " on Tuesday", " after the vote", " in the coming months"};
    private static final String[] SAYS = {"said", "told reporters", "said in a statement", "added", "said on Monday",
        "wrote in a letter to members", "told the radio station"};
    private static final String[] NOTES = {"check the date", "second source?", "paraphrase or quote?", "verify figures"};
    private static final String[] EMOJI = {"\uD83C\uDF89", "\uD83D\uDE4F", "\uD83D\uDCC8", "\uD83D\uDEA2"};
    private static final char[] ID_DIGITS = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

    /** The text, its speaker entities and annotations. */
    public record Generated(String text, List<Entity> entities, List<Annotation> annotations) {
    }

    private final Article spec;
    private final Random random;
    private final StringBuilder text = new StringBuilder();
    private int codePoints;
    private int utf8Bytes;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    /** Entities mentioned by full name in the current paragraph: later mentions use the short name. */
    private final Set<Entity> named = new HashSet<>();

    /** An annotation before ids are fixed; {@code via} is the index of a mention candidate, or -1. */
    private static final class Candidate {
        AnnotationType type;
        int start;
        int end;
        Entity entity;
        Entity speaker;
        int via = -1;
        QuoteForm form;
        Boolean checkWorthy;
        String note;
        boolean pending;
    }

    private ArticleGenerator(Article spec) {
        this.spec = spec;
        this.random = new Random(SEED + spec.ordinal());
    }

    /** Writes every article missing (or written by another version of this class) under {@code benchDir}. */
    public static void ensure(Path benchDir) throws IOException, SourceTextException {
        Path folder = benchDir.resolve("articles");
        Files.createDirectories(folder);
        Path stamp = folder.resolve("generator-version");
        boolean current = Files.exists(stamp) && Files.readString(stamp).equals(VERSION);
        for (Article a : Article.values()) {
            if (!current || !Files.exists(a.source(benchDir)) || !Files.exists(a.annotationFile(benchDir))) {
                write(a, benchDir);
            }
        }
        Files.writeString(stamp, VERSION);
    }

    /** Generates one article and writes its text and annotation file. */
    public static void write(Article spec, Path benchDir) throws IOException, SourceTextException {
        Generated g = generate(spec);
        Path source = spec.source(benchDir);
        Files.createDirectories(source.getParent());
        Files.writeString(source, g.text(), StandardCharsets.UTF_8);
        SourceText text = SourceTextLoader.load(source);
        DocumentSnapshot snapshot = new DocumentSnapshot(text, DocumentStatus.IN_PROGRESS, g.entities(), g.annotations(), List.of());
        Path file = spec.annotationFile(benchDir);
        Files.deleteIfExists(file);
        DocumentFiles.save(snapshot, file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".bak"));
        System.out.printf("generated %s: %,d bytes, %,d annotations, %,d entities%n", source.getFileName(),
                Files.size(source), g.annotations().size(), g.entities().size());
    }

    public static Generated generate(Article spec) {
        return new ArticleGenerator(spec).run();
    }

    private Generated run() {
        makeEntities();
        double density = (double) spec.annotations() / spec.bytes() * SURPLUS;
        while (utf8Bytes < spec.bytes() - 200) {
            paragraph(density);
        }
        return finish();
    }

    private void makeEntities() {
        Set<String> names = new HashSet<>();
        while (entities.size() < ENTITIES) {
            boolean org = random.nextInt(100) < 12;
            String name = org ? pick(ORGS) + (random.nextBoolean() ? "" : " of " + pick(LAST) + " County")
                    : pick(FIRST) + " " + pick(LAST);
            if (names.add(name)) {
                entities.add(new Entity(newId('e'), name, org ? EntityKind.ORGANISATION : EntityKind.PERSON));
            }
        }
    }

    private void paragraph(double density) {
        named.clear();
        int sentences = 3 + random.nextInt(4);
        for (int i = 0; i < sentences && utf8Bytes < spec.bytes() - 200; i++) {
            if (i > 0) {
                append(" ");
            }
            boolean wantAnnotations = candidates.size() < density * (utf8Bytes + 150);
            if (wantAnnotations) {
                annotatedSentence();
            } else {
                append(capitalise(clause()) + ".");
            }
        }
        append("\n\n");
    }

    private void annotatedSentence() {
        Entity e = entities.get(zipf(entities.size()));
        switch (random.nextInt(9)) {
            case 0, 1 -> quoteThenSpeaker(e);
            case 2 -> speakerThenQuote(e);
            case 3, 4 -> reportedClaim(e);
            case 5 -> claimWithPartialQuote(e);
            case 6 -> quoteInQuote(e);
            case 7 -> crossingClaim(e);
            default -> {
                if (random.nextInt(6) == 0) {
                    socialPost(e);
                } else {
                    unattributedQuote();
                }
            }
        }
    }

    // ---- the sentences that carry annotations

    /** “Q,” said Name, role. */
    private void quoteThenSpeaker(Entity e) {
        boolean curly = random.nextInt(10) < 3;
        append(curly ? "\u201C" : "\"");
        int qs = codePoints;
        append(capitalise(clause()) + (random.nextBoolean() ? ". " + capitalise(clause()) : ""));
        int qe = codePoints;
        append(curly ? ",\u201D " : ",\" ");
        append(random.nextBoolean() ? "said " : "added ");
        int m = mention(e);
        append(random.nextBoolean() ? ", " + pick(ROLES) + "." : ".");
        quote(qs, qe, e, m, QuoteForm.DIRECT);
    }

    /** Name said: "Q." */
    private void speakerThenQuote(Entity e) {
        int m = mention(e);
        append(" " + pick(SAYS) + ": \"");
        int qs = codePoints;
        append(capitalise(clause()) + ".");
        int qe = codePoints;
        append("\"");
        quote(qs, qe, e, m, QuoteForm.DIRECT);
    }

    /** Name said that clause. */
    private void reportedClaim(Entity e) {
        int m = mention(e);
        append(" " + pick(SAYS) + " that ");
        int cs = codePoints;
        append(clause());
        int ce = codePoints;
        append(".");
        claim(cs, ce, e, m);
    }

    /** Name told reporters that subject "verb object" tail: a partial quote inside a claim. */
    private void claimWithPartialQuote(Entity e) {
        int m = mention(e);
        append(" told reporters that ");
        int cs = codePoints;
        append(pick(SUBJECTS) + " \"");
        int qs = codePoints;
        append(pick(VERBS) + " " + pick(OBJECTS));
        int qe = codePoints;
        append("\"" + pick(TAILS));
        int ce = codePoints;
        append(".");
        claim(cs, ce, e, m);
        quote(qs, qe, e, m, QuoteForm.PARTIAL);
    }

    /** "Clause, and then they told us 'clause', so we ...," Name said: a quote in a quote. */
    private void quoteInQuote(Entity e) {
        append("\"");
        int qs = codePoints;
        append(capitalise(clause()) + ", and then they told us '");
        int is = codePoints;
        append(clause());
        int ie = codePoints;
        append("', so we " + pick(VERBS).replace("has ", "have ").replace("is ", "are ") + " " + pick(OBJECTS));
        int qe = codePoints;
        append(",\" ");
        int m = mention(e);
        append(" said.");
        quote(qs, qe, e, m, QuoteForm.DIRECT);
        Candidate inner = quote(is, ie, null, -1, QuoteForm.DIRECT);
        inner.speaker = random.nextBoolean() ? entities.get(random.nextInt(entities.size())) : null;
    }

    /** "Q1. Q2," said Name. Narrative.: a pending claim from Q2 to the end crosses the quote's end. */
    private void crossingClaim(Entity e) {
        append("\"");
        int qs = codePoints;
        append(capitalise(clause()) + ". ");
        int cs = codePoints;
        append(capitalise(clause()));
        int qe = codePoints;
        append(",\" said ");
        int m = mention(e);
        append(". " + capitalise(clause()));
        int ce = codePoints;
        append(".");
        quote(qs, qe, e, m, QuoteForm.DIRECT);
        Candidate c = claim(cs, ce, null, -1);
        c.pending = true;
    }

    /** Name wrote on social media: "Proud of ... 🎉" */
    private void socialPost(Entity e) {
        int m = mention(e);
        append(" wrote on social media: \"");
        int qs = codePoints;
        append("Proud of " + pick(SUBJECTS) + " today " + pick(EMOJI));
        int qe = codePoints;
        append("\"");
        quote(qs, qe, e, m, QuoteForm.DIRECT);
    }

    /** "Q," a spokesperson said: a quote nobody is named for, often still a suggestion. */
    private void unattributedQuote() {
        append("\"");
        int qs = codePoints;
        append(capitalise(clause()));
        int qe = codePoints;
        append(",\" " + pick(ROLES) + " said, asking not to be named.");
        Candidate q = quote(qs, qe, null, -1, QuoteForm.DIRECT);
        q.pending = random.nextInt(3) == 0;
    }

    // ---- candidates

    /** Appends a mention of {@code e} and records it; returns its candidate index. */
    private int mention(Entity e) {
        String shown = e.name();
        if (e.kind() == EntityKind.PERSON && !named.add(e)) {
            shown = e.name().substring(e.name().indexOf(' ') + 1);
        } else if (e.kind() == EntityKind.ORGANISATION) {
            append("the ");
        }
        int s = codePoints;
        append(shown);
        Candidate c = candidate(AnnotationType.SPEAKER, s, codePoints);
        c.entity = e;
        return candidates.size() - 1;
    }

    private Candidate quote(int s, int e, Entity speaker, int via, QuoteForm form) {
        Candidate c = candidate(AnnotationType.QUOTE, s, e);
        c.speaker = speaker;
        c.via = via;
        c.form = random.nextInt(10) == 0 ? null : form;
        return c;
    }

    private Candidate claim(int s, int e, Entity speaker, int via) {
        Candidate c = candidate(AnnotationType.CLAIM, s, e);
        c.speaker = speaker;
        c.via = via;
        int r = random.nextInt(4);
        c.checkWorthy = r == 0 ? Boolean.TRUE : r == 1 ? Boolean.FALSE : null;
        return c;
    }

    private Candidate candidate(AnnotationType type, int s, int e) {
        Candidate c = new Candidate();
        c.type = type;
        c.start = s;
        c.end = e;
        c.pending = random.nextInt(12) == 0;
        c.note = random.nextInt(30) == 0 ? pick(NOTES) : null;
        candidates.add(c);
        return c;
    }

    /** Keeps exactly the count asked for, chosen at random; links to dropped mentions go. */
    private Generated finish() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        if (candidates.size() < spec.annotations()) {
            throw new IllegalStateException("generated only " + candidates.size() + " annotations for " + spec);
        }
        Collections.shuffle(order, random);
        boolean[] kept = new boolean[candidates.size()];
        for (int i = 0; i < spec.annotations(); i++) {
            kept[order.get(i)] = true;
        }
        String[] idOf = new String[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            if (kept[i]) {
                idOf[i] = newId('a');
            }
        }
        Map<String, Entity> used = new LinkedHashMap<>();
        List<Annotation> out = new ArrayList<>(spec.annotations());
        for (int i = 0; i < candidates.size(); i++) {
            if (!kept[i]) {
                continue;
            }
            Candidate c = candidates.get(i);
            String via = c.via >= 0 && kept[c.via] ? idOf[c.via] : null;
            Annotation a = new Annotation(idOf[i], c.type, c.start, c.end, c.entity == null ? null : c.entity.id(),
                    c.speaker == null ? null : c.speaker.id(), c.speaker == null ? null : via, c.form, c.checkWorthy,
                    c.note, c.pending);
            out.add(a);
            for (Entity e : new Entity[] {c.entity, c.speaker}) {
                if (e != null) {
                    used.put(e.id(), e);
                }
            }
        }
        return new Generated(text.toString(), List.copyOf(used.values()), out);
    }

    // ---- words

    private String clause() {
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS) + pick(TAILS);
    }

    private void append(String s) {
        text.append(s);
        codePoints += s.codePointCount(0, s.length());
        utf8Bytes += s.getBytes(StandardCharsets.UTF_8).length;
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** A skewed pick: a few speakers are quoted often, most rarely, as in the news. */
    private int zipf(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
    }

    private String newId(char prefix) {
        while (true) {
            StringBuilder id = new StringBuilder(11).append(prefix);
            for (int i = 0; i < 10; i++) {
                id.append(ID_DIGITS[random.nextInt(ID_DIGITS.length)]);
            }
            if (ids.add(id.toString())) {
                return id.toString();
            }
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
