package org.attrib.core.format;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;

import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.Gens;

/** Random documents for property tests: Unicode texts with annotations, entities and links. */
public final class Documents {

    private Documents() {
    }

    /**
     * Texts of three kinds, each as likely: ASCII with quotes and line breaks; a small alphabet of
     * emoji, joiners, combining marks, CJK, Hebrew and curly quotes, drawn char by char so that
     * surrogates also come alone; any BMP chars but NUL and CR, with no lone surrogate.
     */
    public static Gen<String> texts() {
        return Generate.oneOf(
                Gens.strings(Gens.charsOf("abc XYZ.,\"'\n\t"), 1, 120),
                Gens.strings(Gens.charsOf("ab 😀👍🏽🇫🇷\u200de\u0301中文עברית\n\t“”"), 1, 120),
                anyTextWithoutNulCrOrLoneSurrogates(80));
    }

    /**
     * Strings of 1 to {@code maxChars} chars: BMP chars other than NUL, CR and surrogates, and now
     * and then a supplementary code point as its surrogate pair.
     */
    private static Gen<String> anyTextWithoutNulCrOrLoneSurrogates(int maxChars) {
        // The 63,486 BMP chars that are neither NUL, CR nor a surrogate, numbered without gaps.
        Gen<String> bmp = integers().between(0, 0xFFFF - 0x800 - 2).map(i -> {
            int c = i + 1;
            if (c >= '\r') {
                c++;
            }
            if (c >= Character.MIN_SURROGATE) {
                c += 0x800;
            }
            return String.valueOf((char) c);
        });
        Gen<String> supplementary = integers().between(Character.MIN_SUPPLEMENTARY_CODE_POINT, Character.MAX_CODE_POINT)
                .map(Character::toString);
        Gen<String> unit = Generate.frequency(Pair.of(50, bmp), Pair.of(1, supplementary));
        return Gens.listsOf(unit, 1, maxChars).map(units -> {
            StringBuilder s = new StringBuilder();
            for (String u : units) {
                if (s.length() + u.length() > maxChars) {
                    break;
                }
                s.append(u);
            }
            return s.toString();
        });
    }

    /** A random document over a text from {@code texts}, built straight into the model (tests only). */
    public static Gen<AnnotatedDocument> documents(Gen<String> texts) {
        return texts.flatMap(text -> {
            SourceText source = SourceText.of("doc.txt", text);
            int n = source.length();
            Gen<int[]> spans = integers().between(0, Math.max(0, n - 1))
                    .flatMap(s -> integers().between(s + 1, n).map(e -> new int[] {s, e}));
            Gen<AnnotationType> types = arbitrary().enumValues(AnnotationType.class);
            Gen<long[]> extras = Gens.longArrays(longs().all(), 5);
            Gen<List<Object[]>> items = Gens.listsOf(spans.zip(types, extras, (sp, t, x) -> new Object[] {sp, t, x}), 0, 25);
            return items.zip(integers().between(1, 4), (list, entityCount) -> build(source, list, entityCount));
        });
    }

    private static AnnotatedDocument build(SourceText source, List<Object[]> items, int entityCount) {
        AnnotatedDocument doc = new AnnotatedDocument(source);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < entityCount; i++) {
            Entity e = new Entity("e" + i, "Speaker \"" + i + "\" 😀", EntityKind.values()[i % 3], i % 2 == 1);
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
                if (x[3] % 3 != 0) {
                    // Any confidence, also one with more than two decimals, which the annotation rounds as the file does.
                    a = a.withConfidence(Math.floorMod(x[3], 100_001) / 100_000.0);
                    if (x[3] % 2 == 0) {
                        a = a.withReason("speaker carried over: \"he\" 🎉");
                    }
                }
            }
            doc.put(a);
        }
        return doc;
    }
}
