package org.attrib.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.SourceText;

/**
 * Random articles in awkward Unicode (emoji with ZWJ sequences and skin tones, flags, CJK,
 * characters outside the BMP, combining marks, right-to-left scripts, tabs) and random but
 * consistent annotation sets over them, for property tests and the Python cross-check.
 */
public final class RandomDocuments {

    private static final String[] WORDS = {
        "the", "said", "Mexico", "tools", "government", "cartel", "Lopez", "Obrador", "Trump", "he", "she", "it",
        "would", "not", "permit", "an", "armed", "intervention", "security", "a", "of", "to", "and",
    };
    private static final String[] AWKWARD = {
        "😀", "👩‍👩‍👧", "👨🏽‍💻", "👍🏿", "❤️", "🇲🇽", "🇺🇸", "🏳️‍🌈", "中文", "日本語の文章", "한국어", "𠀀𠀁", "𝔘𝔫𝔦",
        "e\u0301", "a\u0308\u0323", "n\u0303", "שלום עולם", "مرحبا بالعالم", "\u200F", "\u200E", "\t", "\u00A0",
        "“", "”", "‘", "’", "—", "…", "\"", "'", "«", "»", "Ω", "ß", "İ", "\u2028", "x",
    };

    private RandomDocuments() {
    }

    /** A non-blank text of roughly {@code pieces} words and symbols, with LF line ends only. */
    public static String text(Random r, int pieces) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int k = r.nextInt(20);
            if (k < 9) {
                s.append(WORDS[r.nextInt(WORDS.length)]);
            } else if (k < 15) {
                s.append(AWKWARD[r.nextInt(AWKWARD.length)]);
            } else if (k < 17) {
                s.appendCodePoint(randomCodePoint(r));
            } else if (k < 18) {
                s.append('\n');
            } else {
                s.append(' ');
            }
            if (r.nextInt(3) == 0) {
                s.append(' ');
            }
        }
        s.append(" end");
        return s.toString();
    }

    /** Any code point that a UTF-8 text file can hold and that is not a line break, NUL or BOM. */
    public static int randomCodePoint(Random r) {
        while (true) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x110000) : r.nextInt(0x3000);
            if (cp == 0 || cp == '\r' || cp == '\n' || cp == 0xFEFF || Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            return cp;
        }
    }

    /** The file's bytes for a text: optional BOM, LF, CRLF, a mix of both, or CR line ends. */
    public static byte[] rawFile(String text, Random r) {
        String raw = switch (r.nextInt(4)) {
            case 0 -> text;
            case 1 -> text.replace("\n", "\r\n");
            case 2 -> text.replace("\n", "\r");
            default -> mixLineEnds(text, r);
        };
        byte[] body = raw.getBytes(StandardCharsets.UTF_8);
        if (!r.nextBoolean()) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    private static String mixLineEnds(String text, Random r) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(c == '\n' && r.nextBoolean() ? "\r\n" : String.valueOf(c));
        }
        return s.toString();
    }

    /**
     * A consistent random document over {@code source}: entities, speaker mentions of them,
     * quotes and claims attributed to them (some through a mention), details and notes, and
     * orphans. Spans fall anywhere, also inside grapheme clusters and surrogate-free code points.
     */
    public static DocumentSnapshot document(Random r, SourceText source, int maxAnnotations) {
        List<Entity> entities = new ArrayList<>();
        int entityCount = r.nextInt(4);
        for (int i = 0; i < entityCount; i++) {
            entities.add(new Entity("e" + i, name(r), EntityKind.values()[r.nextInt(EntityKind.values().length)], r.nextInt(3) == 0));
        }
        List<Annotation> annotations = new ArrayList<>();
        List<Annotation> mentions = new ArrayList<>();
        int n = source.length() == 0 ? 0 : r.nextInt(maxAnnotations + 1);
        for (int i = 0; i < n; i++) {
            int s = r.nextInt(source.length());
            int e = s + 1 + r.nextInt(Math.min(40, source.length() - s));
            AnnotationType type = AnnotationType.values()[r.nextInt(3)];
            if (type == AnnotationType.SPEAKER && entities.isEmpty()) {
                type = AnnotationType.QUOTE;
            }
            Annotation a = Annotation.of("a" + i, type, s, e);
            if (type == AnnotationType.SPEAKER) {
                a = a.withEntity(entities.get(r.nextInt(entities.size())).id());
                mentions.add(a);
            }
            annotations.add(details(r, a));
        }
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            if (a.type().isAttributable() && !entities.isEmpty() && r.nextBoolean()) {
                Entity speaker = entities.get(r.nextInt(entities.size()));
                String via = null;
                for (Annotation m : mentions) {
                    if (m.entityId().equals(speaker.id()) && r.nextBoolean()) {
                        via = m.id();
                        break;
                    }
                }
                annotations.set(i, a.withSpeaker(speaker.id(), via));
            }
        }
        List<StoredAnnotation> orphans = new ArrayList<>();
        int orphanCount = r.nextInt(3);
        for (int i = 0; i < orphanCount; i++) {
            String t = text(r, 1 + r.nextInt(4)).strip();
            int start = r.nextInt(source.length() + 50);
            AnnotationType type = AnnotationType.values()[r.nextInt(2)];
            Annotation a = details(r, Annotation.of("o" + i, type, start, start + t.codePointCount(0, t.length())));
            if (!entities.isEmpty() && r.nextBoolean()) {
                a = a.withSpeaker(entities.get(r.nextInt(entities.size())).id(), null);
            }
            orphans.add(new StoredAnnotation(a, t, text(r, 2), text(r, 2)));
        }
        DocumentStatus status = r.nextInt(4) == 0 ? DocumentStatus.DONE
                : annotations.isEmpty() && orphans.isEmpty() ? DocumentStatus.NOT_STARTED : DocumentStatus.IN_PROGRESS;
        return new DocumentSnapshot(source, status, entities, annotations, orphans);
    }

    private static Annotation details(Random r, Annotation a) {
        if (a.type() == AnnotationType.QUOTE && r.nextBoolean()) {
            a = a.withForm(QuoteForm.values()[r.nextInt(QuoteForm.values().length)]);
        }
        if (a.type() == AnnotationType.CLAIM && r.nextBoolean()) {
            a = a.withCheckWorthy(r.nextBoolean());
        }
        if (r.nextInt(4) == 0) {
            a = a.withNote(text(r, 1 + r.nextInt(5)));
        }
        a = a.withPending(r.nextInt(5) == 0);
        return a.pending() && r.nextBoolean() ? a.withConfidence(r.nextDouble()) : a;
    }

    private static String name(Random r) {
        String n = text(r, 1 + r.nextInt(3)).strip();
        return n.isBlank() ? "Someone" : n;
    }
}
