package org.attrib.testsupport;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;

import org.quicktheories.core.Gen;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.importer.DocumentBuilder;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;

/**
 * Random documents for property tests: texts mixing ASCII words with the characters exports
 * get wrong (commas, quotes, line breaks, tabs, Unicode line separators, emoji with joiners and
 * skin tones, CJK, combining marks), and random annotation sets on them: mentions of a few
 * entities, quotes and claims attributed through a mention, to an entity directly or to
 * nobody, with forms, check-worthiness, notes and pending marks.
 */
public final class RandomExportDocuments {

    private static final List<String> PIECES = List.of(
            "the", "mayor", "said", "Müller", "budget", " ", " ", " ", ", ", ".", "\"", "'", "„", "“", "\n", "\n\n", "\t",
            "\u2028", "\u00a0", "😀", "👩‍👩‍👧", "👍🏽", "🇩🇪", "東京", "山田太郎", "「準備」", "e\u0301", "Å", "=SUM(A1)", ";", "%");
    private static final List<String> NAMES = List.of(
            "Zoë Ångström", "山田太郎", "Officials 👩‍👩‍👧", "O'Neil", "Smith, John", "A \"quoted\" name", "Mayor");
    private static final List<String> NOTES = List.of(
            "check this", "comma, and \"quotes\"", "two\nlines", "emoji 🎉", "tab\there");

    /** A text and the numbers an annotation set is built from (see {@link #build}). */
    public record Plan(String text, List<List<Integer>> seeds, List<Integer> entitySeeds) {
    }

    private RandomExportDocuments() {
    }

    public static Gen<String> texts() {
        return Gens.listsOf(arbitrary().pick(PIECES), 1, 60).map(parts -> "A" + String.join("", parts));
    }

    public static Gen<Plan> plans() {
        Gen<List<Integer>> seed = Gens.listsOf(integers().between(0, 1_000_000), 8);
        return texts().zip(Gens.listsOf(seed, 0, 25), Gens.listsOf(integers().between(0, 1000), 1, 4), Plan::new);
    }

    public static Gen<DocumentSnapshot> documents() {
        return plans().map(RandomExportDocuments::build);
    }

    /** Builds the document a plan describes, through the same edits an import uses. */
    public static DocumentSnapshot build(Plan plan) {
        SourceText text = SourceText.of("random.txt", plan.text());
        DocumentBuilder b = new DocumentBuilder(text);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < plan.entitySeeds().size(); i++) {
            int s = plan.entitySeeds().get(i);
            entities.add(b.addEntity(null, NAMES.get(s % NAMES.size()), EntityKind.values()[s % EntityKind.values().length]));
        }
        int n = text.length();
        List<Annotation> mentions = new ArrayList<>();
        List<List<Integer>> quotes = new ArrayList<>();
        for (List<Integer> s : plan.seeds()) {
            if (s.get(2) % 3 == 2) {
                int start = s.get(0) % n;
                int end = start + 1 + s.get(1) % Math.min(12, n - start);
                Entity e = entities.get(s.get(3) % entities.size());
                mentions.add(b.add(Annotation.of(b.annotationId(null), AnnotationType.SPEAKER, start, end)
                        .withEntity(e.id()).withPending(s.get(6) % 5 == 0).withNote(note(s.get(7)))));
            } else {
                quotes.add(s);
            }
        }
        for (List<Integer> s : quotes) {
            int start = s.get(0) % n;
            int end = start + 1 + s.get(1) % (n - start);
            AnnotationType type = s.get(2) % 3 == 0 ? AnnotationType.QUOTE : AnnotationType.CLAIM;
            Annotation a = Annotation.of(b.annotationId(null), type, start, end);
            int attribution = s.get(3) % 3;
            if (attribution == 0 && !mentions.isEmpty()) {
                Annotation via = mentions.get(s.get(3) % mentions.size());
                a = a.withSpeaker(via.entityId(), via.id());
            } else if (attribution == 1) {
                a = a.withSpeaker(entities.get(s.get(3) % entities.size()).id(), null);
            }
            if (type == AnnotationType.QUOTE && s.get(4) % 5 != 0) {
                a = a.withForm(QuoteForm.values()[s.get(4) % QuoteForm.values().length]);
            }
            if (type == AnnotationType.CLAIM && s.get(5) % 3 != 0) {
                a = a.withCheckWorthy(s.get(5) % 3 == 1);
            }
            b.add(a.withPending(s.get(6) % 4 == 0).withNote(note(s.get(7))));
        }
        return b.snapshot();
    }

    private static String note(int seed) {
        return seed % 3 == 0 ? NOTES.get(seed % NOTES.size()) : null;
    }
}
