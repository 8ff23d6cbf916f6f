package org.attrib.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;

/**
 * Random news-like articles in which a few names come back again and again ("Burnidge said",
 * "Still, Burnidge said,", "Strickland and Burnidge note"), paragraphs apart, each mention
 * annotated as a speaker and the claims and quotes beside it attributed through it: the case
 * where re-anchoring must tell two mentions of one name apart by the words around them.
 */
public final class RepeatedNameArticles {

    private static final String[] NAMES = {"Burnidge", "Strickland", "Lopez Obrador", "the ministry", "Anna Matteo"};
    private static final String[] WORDS = (
            "cattle fence collar grazing ranch field river season research farmers country plan system signal "
            + "cost price border market crop water rain summer winter animals workers village station battery "
            + "map line zone boundary study result growth birds nest fire smoke carbon road bridge school "
            + "clinic budget report law court vote council mayor police trade export import harvest drought "
            + "new old many few every some other early late quiet loud green dry heavy light small large "
            + "move stop grow help learn build pay test watch track reach cross follow protect reduce expand "
            + "often rarely soon already still again never always nearly almost quickly slowly").split(" ");

    private RepeatedNameArticles() {
    }

    /** Paragraphs of text, and the annotations over them joined by blank lines. */
    public record Article(List<String> paragraphs, DocumentSnapshot annotations) {
        public String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    /** An article of 3 to 10 paragraphs. */
    public static Article article(Random r, String fileName) {
        List<String> paragraphs = new ArrayList<>();
        Builder b = new Builder();
        int n = 3 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.text.append("\n\n");
            }
            int from = b.text.length();
            b.paragraph(r);
            paragraphs.add(b.text.substring(from));
        }
        SourceText source = SourceText.of(fileName, b.text.toString());
        List<Entity> entities = new ArrayList<>(b.entities.values());
        return new Article(paragraphs, new DocumentSnapshot(source, DocumentStatus.IN_PROGRESS, entities, b.annotations, List.of()));
    }

    /** One paragraph of the same kind, without annotations: to insert into an article. */
    public static String paragraph(Random r) {
        Builder b = new Builder();
        b.paragraph(r);
        return b.text.toString();
    }

    /** Builds the text and its annotations together, all ASCII, so that chars are code points. */
    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final Map<String, Entity> entities = new LinkedHashMap<>();
        final List<Annotation> annotations = new ArrayList<>();

        void paragraph(Random r) {
            int sentences = 1 + r.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                sentence(r);
            }
        }

        void sentence(Random r) {
            String name = NAMES[r.nextInt(NAMES.length)];
            switch (r.nextInt(6)) {
                case 0 -> {
                    Annotation m = mention(name);
                    text.append(" said ");
                    claim(r, m);
                    text.append('.');
                }
                case 1 -> {
                    int start = text.length();
                    text.append('"');
                    text.append(capitalised(clause(r))).append(",\"");
                    Annotation quote = Annotation.of(id(), AnnotationType.QUOTE, start, text.length()).withForm(QuoteForm.DIRECT);
                    text.append(' ');
                    Annotation m = mention(name);
                    text.append(" said.");
                    annotations.add(quote.withSpeaker(m.entityId(), m.id()));
                }
                case 2 -> {
                    int start = text.length();
                    text.append(capitalised(clause(r)));
                    Annotation claim = Annotation.of(id(), AnnotationType.CLAIM, start, text.length());
                    text.append(", ");
                    Annotation m = mention(name);
                    text.append(" said.");
                    annotations.add(claim.withSpeaker(m.entityId(), m.id()));
                }
                case 3 -> {
                    Annotation m = mention(capitalised(name));
                    text.append(" and ");
                    mention(NAMES[r.nextInt(NAMES.length)]);
                    text.append(" note that ");
                    claim(r, m);
                    text.append('.');
                }
                case 4 -> {
                    text.append("Still, ");
                    Annotation m = mention(name);
                    text.append(" said, ");
                    claim(r, m);
                    text.append('.');
                }
                default -> text.append(capitalised(clause(r))).append('.');
            }
        }

        Annotation mention(String name) {
            String key = name.toLowerCase(java.util.Locale.ROOT);
            Entity e = entities.computeIfAbsent(key, k -> new Entity("e" + entities.size(), name, EntityKind.PERSON));
            int start = text.length();
            text.append(name);
            Annotation m = Annotation.of(id(), AnnotationType.SPEAKER, start, text.length()).withEntity(e.id());
            annotations.add(m);
            return m;
        }

        void claim(Random r, Annotation via) {
            int start = text.length();
            text.append(clause(r));
            annotations.add(Annotation.of(id(), AnnotationType.CLAIM, start, text.length()).withSpeaker(via.entityId(), via.id()));
        }

        String id() {
            return "a" + annotations.size() + "x" + text.length();
        }

        static String clause(Random r) {
            int n = 3 + r.nextInt(7);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    s.append(' ');
                }
                s.append(WORDS[r.nextInt(WORDS.length)]);
            }
            return s.toString();
        }

        static String capitalised(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
