package org.attrib.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;

/**
 * Exports to brat standoff (https://brat.nlplab.org/standoff.html): for each article
 * {@code world/story.txt}, the text as Attrib reads it (UTF-8 without byte order mark, LF line
 * ends, so that brat's code point offsets agree with Attrib's) and {@code world/story.ann}; at the
 * top of the export, {@code annotation.conf} and {@code visual.conf} declaring the labels.
 *
 * <ul>
 * <li>{@code T} lines: quotes, claims and speaker mentions ({@link BratSpans} for spans over line breaks);</li>
 * <li>{@code R} lines: {@code AttributedTo Arg1:quote Arg2:mention} for attributions through a mention;</li>
 * <li>{@code N} lines: {@code Reference T1 Attrib:e1} with the entity's name, on mentions (the entity
 *     mentioned) and on quotes and claims (the speaker they are attributed to), so that mentions of
 *     one entity share a reference;</li>
 * <li>{@code A} lines: {@code Form} of quotes, {@code CheckWorthy} of claims, {@code Pending}
 *     suggestions, and the {@code Kind} of a mention's entity;</li>
 * <li>{@code #} lines: notes, as brat's {@code AnnotatorNotes}.</li>
 * </ul>
 *
 * <p>For INCEpTION, whose brat reader rejects {@code N} lines, the entity goes into an
 * {@code Entity} attribute instead (and the entity's name is lost), and offsets count UTF-16
 * code units, as INCEpTION does (they differ from brat's code points after emoji and other
 * characters outside the Basic Multilingual Plane).
 */
public final class BratExporter implements Exporter {

    public static final String ANNOTATION_CONF = "annotation.conf";
    public static final String VISUAL_CONF = "visual.conf";
    public static final String ANN_SUFFIX = ".ann";
    public static final String TEXT_SUFFIX = ".txt";

    private final Path outDir;
    private final boolean inception;

    /**
     * @param inception write for INCEpTION: entities as attributes instead of normalisations, and
     *     offsets in UTF-16 code units
     */
    public BratExporter(Path outDir, boolean inception) {
        this.outDir = outDir;
        this.inception = inception;
    }

    /** Where the export puts the text of the document named {@code name}. */
    public static Path textFile(Path outDir, String name) {
        return outDir.resolve(ExportPaths.stem(name) + TEXT_SUFFIX);
    }

    @Override
    public List<String> export(ExportDocument doc) throws IOException {
        Path txt = textFile(outDir, doc.name());
        Path ann = outDir.resolve(ExportPaths.stem(doc.name()) + ANN_SUFFIX);
        Files.createDirectories(txt.toAbsolutePath().getParent());
        List<String> lost = new ArrayList<>(LostInExport.orphans(doc));
        Files.write(txt, doc.source().text().getBytes(StandardCharsets.UTF_8));
        Files.write(ann, ann(doc, inception, lost).getBytes(StandardCharsets.UTF_8));
        return lost;
    }

    @Override
    public void finish() throws IOException {
        Files.createDirectories(outDir);
        Files.write(outDir.resolve(ANNOTATION_CONF), BratConfig.annotationConf(inception).getBytes(StandardCharsets.UTF_8));
        Files.write(outDir.resolve(VISUAL_CONF), BratConfig.visualConf().getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code .ann} content of one document; what brat cannot hold is added to {@code lost}. */
    public static String ann(ExportDocument doc, boolean inception, List<String> lost) {
        StringBuilder out = new StringBuilder();
        Map<String, String> tIds = new HashMap<>();
        List<Annotation> annotations = doc.annotations();
        for (Annotation a : annotations) {
            List<BratSpans.Fragment> fragments = BratSpans.fragments(doc.source(), a.start(), a.end());
            if (fragments.isEmpty()) {
                lost.add(a.type().id() + " " + a.id() + " [" + a.start() + ", " + a.end()
                        + ") covers only line breaks, which brat cannot hold; left out");
                continue;
            }
            int first = fragments.get(0).start();
            int last = fragments.get(fragments.size() - 1).end();
            if (first != a.start() || last != a.end()) {
                lost.add(a.type().id() + " " + a.id() + " [" + a.start() + ", " + a.end()
                        + ") starts or ends with a line break, which brat cannot hold; exported as [" + first + ", " + last + ")");
            }
            String t = "T" + (tIds.size() + 1);
            tIds.put(a.id(), t);
            out.append(t).append('\t').append(BratTerms.label(a.type())).append(' ')
                    .append(BratSpans.offsets(inception ? BratSpans.inUtf16(doc.source(), fragments) : fragments)).append('\t')
                    .append(BratSpans.text(doc.source(), fragments)).append('\n');
        }
        Lines lines = new Lines(out);
        for (Annotation a : annotations) {
            String t = tIds.get(a.id());
            if (t == null) {
                continue;
            }
            String via = tIds.get(a.viaId());
            if (via != null) {
                lines.add('R', BratTerms.ATTRIBUTED_TO + " " + BratTerms.ARG1 + ":" + t + " " + BratTerms.ARG2 + ":" + via);
            }
            Entity entity = doc.entityOf(a).orElse(null);
            if (entity != null) {
                if (inception) {
                    lines.add('A', BratTerms.ENTITY + " " + t + " " + entity.id());
                } else {
                    lines.add('N', BratTerms.REFERENCE + " " + t + " " + BratTerms.DATABASE + ":" + entity.id()
                            + "\t" + BratSpans.oneLine(entity.name()));
                }
                if (a.type() == AnnotationType.SPEAKER) {
                    lines.add('A', BratTerms.KIND + " " + t + " " + entity.kind().id());
                }
            }
            if (a.form() != null) {
                lines.add('A', BratTerms.FORM + " " + t + " " + a.form().id());
            }
            if (a.checkWorthy() != null) {
                lines.add('A', BratTerms.CHECK_WORTHY + " " + t + " " + (a.checkWorthy() ? BratTerms.YES : BratTerms.NO));
            }
            if (a.pending()) {
                lines.add('A', BratTerms.PENDING + " " + t);
            }
            if (a.note() != null) {
                lines.add('#', BratTerms.NOTES + " " + t + "\t" + BratSpans.oneLine(a.note()));
            }
        }
        return out.toString();
    }

    /** Numbers the lines of each kind: R1, R2, ..., N1, ..., A1, ..., #1, ... */
    private static final class Lines {
        private final StringBuilder out;
        private final Map<Character, Integer> counters = new HashMap<>();

        Lines(StringBuilder out) {
            this.out = out;
        }

        void add(char kind, String rest) {
            int n = counters.merge(kind, 1, Integer::sum);
            out.append(kind).append(n).append('\t').append(rest).append('\n');
        }
    }
}
