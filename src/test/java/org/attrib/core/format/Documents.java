package org.attrib.core.format;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;

/** Random documents for property tests: Unicode texts with annotations, entities and links. */
public final class Documents {

    private Documents() {
    }

    public static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc XYZ.,\"'\n\t").ofMinLength(1).ofMaxLength(120),
                Arbitraries.strings().withChars("ab 😀👍🏽🇫🇷\u200de\u0301中文עברית\n\t“”").ofMinLength(1).ofMaxLength(120),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(80)
                        .filter(s -> s.codePoints().noneMatch(c -> c == '\r' || c == 0 || Character.getType(c) == Character.SURROGATE)));
    }

    /** A random document over {@code text}, built straight into the model (tests only). */
    public static Arbitrary<AnnotatedDocument> documents(Arbitrary<String> texts) {
        return texts.flatMap(text -> {
            SourceText source = SourceText.of("doc.txt", text);
            int n = source.length();
            Arbitrary<int[]> spans = Arbitraries.integers().between(0, Math.max(0, n - 1))
                    .flatMap(s -> Arbitraries.integers().between(s + 1, n).map(e -> new int[] {s, e}));
            Arbitrary<AnnotationType> types = Arbitraries.of(AnnotationType.class);
            Arbitrary<long[]> extras = Arbitraries.longs().array(long[].class).ofSize(5);
            Arbitrary<List<Object[]>> items = Combinators.combine(spans, types, extras).as((sp, t, x) -> new Object[] {sp, t, x})
                    .list().ofMaxSize(25);
            return Combinators.combine(items, Arbitraries.integers().between(1, 4)).as((list, entityCount) -> build(source, list, entityCount));
        });
    }

    private static AnnotatedDocument build(SourceText source, List<Object[]> items, int entityCount) {
        AnnotatedDocument doc = new AnnotatedDocument(source);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < entityCount; i++) {
            Entity e = new Entity("e" + i, "Speaker \"" + i + "\" 😀", EntityKind.values()[i % 3]);
            entities.add(e);
            doc.putEntity(e);
        }
        List<Annotation> mentions = new ArrayList<>();
        int id = 0;
        for (Object[] item : items) {
            int[] span = (int[]) item[0];
            AnnotationType type = (AnnotationType) item[1];
            long[] x = (long[]) item[2];
            Annotation a = Annotation.of("a" + id++, type, span[0], span[1]);
            if (type == AnnotationType.SPEAKER) {
                a = a.withEntity(entities.get((int) Math.floorMod(x[0], entities.size())).id());
                mentions.add(a);
            } else if (x[0] % 3 != 0) {
                Entity speaker = entities.get((int) Math.floorMod(x[1], entities.size()));
                Annotation via = mentions.stream().filter(m -> m.entityId().equals(speaker.id())).findFirst().orElse(null);
                a = a.withSpeaker(speaker.id(), x[2] % 2 == 0 && via != null ? via.id() : null);
            }
            if (type == AnnotationType.QUOTE && x[3] % 2 == 0) {
                a = a.withForm(QuoteForm.values()[(int) Math.floorMod(x[3], 4)]);
            }
            if (type == AnnotationType.CLAIM && x[3] % 2 == 0) {
                a = a.withCheckWorthy(x[4] % 2 == 0);
            }
            if (x[4] % 5 == 0) {
                a = a.withNote("note, with \"quotes\"\nand a line 🎉");
            }
            if (x[4] % 7 == 0) {
                a = a.withPending(true);
            }
            doc.put(a);
        }
        return doc;
    }
}
