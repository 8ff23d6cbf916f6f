package org.attrib.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.attrib.core.corpus.CorpusDocuments;
import org.attrib.core.corpus.CorpusIdentity;
import org.attrib.core.corpus.CorpusSpeaker;
import org.attrib.core.corpus.CorpusSpeakers;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.importer.DocumentBuilder;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.TempFolder;

/**
 * Not a test: measures reading a folder of articles for the corpus speakers view and matching
 * their speakers, for docs/corpus-speakers.md. Run with the test class path:
 * {@code java -cp target/classes:target/test-classes:<deps> org.attrib.bench.CorpusSpeakersBenchmark [ARTICLES]}.
 */
public final class CorpusSpeakersBenchmark {

    private CorpusSpeakersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        try (TempFolder folder = new TempFolder()) {
            long t0 = System.nanoTime();
            int annotations = write(folder.path(), articles, new Random(42));
            System.out.printf("wrote %,d articles with %,d annotations in %d ms%n", articles, annotations, ms(t0, System.nanoTime()));
            for (int run = 1; run <= 3; run++) {
                long a = System.nanoTime();
                CorpusDocuments docs = CorpusDocuments.read(folder.path());
                long b = System.nanoTime();
                CorpusSpeakers speakers = CorpusSpeakers.build(docs, CorpusIdentity.EMPTY);
                long c = System.nanoTime();
                List<CorpusSpeaker> rows = speakers.speakers();
                CorpusIdentity merged = speakers.identity().merge(rows.get(0), rows.get(1));
                CorpusSpeakers again = CorpusSpeakers.build(docs, merged);
                long d = System.nanoTime();
                System.out.printf("run %d: read %d ms, match %d ms (%,d rows, %,d statements), merge and re-match %d ms (%,d rows)%n",
                        run, ms(a, b), ms(b, c), rows.size(), speakers.statements(), ms(c, d), again.speakers().size());
            }
        }
    }

    /** Articles of about 3,000 characters, each with 3 speakers (of 400 people and 5 organisations) and 10 annotations. */
    private static int write(Path folder, int articles, Random r) throws Exception {
        String[] first = {"Anna", "John", "Maria", "Wei", "Fatima", "Carlos", "Olga", "Kofi", "Priya", "Tom"};
        String[] last = new String[40];
        for (int i = 0; i < last.length; i++) {
            last[i] = "Surname" + (char) ('A' + i % 26) + i;
        }
        String[] organisations = {"NASA", "U.S. State Department", "World Bank", "Red Cross", "European Commission"};
        int total = 0;
        for (int n = 0; n < articles; n++) {
            List<String[]> speakers = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                boolean org = r.nextInt(4) == 0;
                String name = org ? organisations[r.nextInt(organisations.length)] : first[r.nextInt(first.length)] + " " + last[r.nextInt(last.length)];
                speakers.add(new String[] {name, org ? "o" : "p"});
            }
            StringBuilder text = new StringBuilder("Article " + n + "\n\n");
            List<int[]> spans = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                String name = speakers.get(s)[0];
                int mention = text.length();
                text.append(name).append(" said: \u201c");
                int quote = text.length();
                text.append("Words ".repeat(20 + r.nextInt(40)).strip()).append(".\u201d ");
                int quoteEnd = text.length() - 3;
                String surname = name.contains(" ") && speakers.get(s)[1].equals("p") ? name.substring(name.indexOf(' ') + 1) : name;
                int second = text.length();
                text.append(surname).append(" added that the plan ").append("would work ".repeat(10 + r.nextInt(20))).append(".\n\n");
                spans.add(new int[] {mention, mention + name.length(), quote, quoteEnd, second, second + surname.length(),
                        second + surname.length() + 7, text.length() - 3});
            }
            text.append("Other text. ".repeat(40));
            Path source = folder.resolve("section" + n % 10).resolve("article-" + n + ".txt");
            Files.createDirectories(source.getParent());
            Files.writeString(source, text, StandardCharsets.UTF_8);
            DocumentBuilder b = new DocumentBuilder(SourceText.of(source.getFileName().toString(), text.toString()));
            for (int s = 0; s < 3; s++) {
                int[] sp = spans.get(s);
                Entity e = b.addEntity(null, speakers.get(s)[0], speakers.get(s)[1].equals("o") ? EntityKind.ORGANISATION : EntityKind.PERSON);
                Annotation m = b.add(Annotation.of(b.annotationId(null), AnnotationType.SPEAKER, sp[0], sp[1]).withEntity(e.id()));
                b.add(Annotation.of(b.annotationId(null), AnnotationType.QUOTE, sp[2], sp[3]).withSpeaker(e.id(), m.id()));
                Annotation m2 = b.add(Annotation.of(b.annotationId(null), AnnotationType.SPEAKER, sp[4], sp[5]).withEntity(e.id()));
                total += 3;
                if (s < 1) {
                    b.add(Annotation.of(b.annotationId(null), AnnotationType.CLAIM, sp[6], sp[7]).withSpeaker(e.id(), m2.id()));
                    total++;
                }
            }
            DocumentSnapshot snapshot = b.snapshot();
            Files.write(AnnotationFormat.annotationFileFor(source), AnnotationFileWriter.toBytes(snapshot));
        }
        return total;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
