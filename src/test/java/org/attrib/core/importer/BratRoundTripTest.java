package org.attrib.core.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

import org.attrib.core.batch.DocumentLoader;
import org.attrib.core.batch.DocumentRef;
import org.attrib.core.export.BratExporter;
import org.attrib.core.export.BratSpans;
import org.attrib.core.export.ExportDocument;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.CodePointIndex;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.Coverage;
import org.attrib.testsupport.Fixtures;
import org.attrib.testsupport.RandomExportDocuments;

/**
 * Attrib -> brat -> Attrib keeps every span, type and attribution, and the details brat can
 * hold: entity ids, names and kinds, forms, check-worthiness, pending marks and notes (on one
 * line). What brat cannot hold is exactly what the export reports: line breaks at the edges of a
 * span, spans of nothing but line breaks.
 */
class BratRoundTripTest {

    /** An annotation as brat carries it: by span, since brat numbers its own ids. */
    record Sig(AnnotationType type, int start, int end, String entity, String via, QuoteForm form, Boolean checkWorthy,
            boolean pending, String note) {
    }

    @TempDir
    Path tmp;

    @Test
    void roundTripKeepsSpansTypesAttributionAndDetails() {
        qt().withExamples(300).forAll(documents()).checkAssert(this::roundTripKeepsSpansTypesAttributionAndDetails);
    }

    private void roundTripKeepsSpansTypesAttributionAndDetails(DocumentSnapshot doc) {
        ExportDocument exported = new ExportDocument("r.txt", doc);
        List<String> lost = new ArrayList<>();
        String ann = BratExporter.ann(exported, false, lost);

        BratImporter.Result r = BratImporter.importAnn(Path.of("r.ann"), ann, doc.source(), doc.source().text(), BratMapping.standard());

        assertThat(r.problems()).isEmpty();
        // Code points win a tie, so the spans come back either way; a tie is only reported.
        if (otherReadingFitsToo(doc, false)) {
            assertThat(r.notes()).singleElement().asString().contains("equally well");
        } else {
            assertThat(r.notes()).isEmpty();
        }
        assertThat(signatures(r.snapshot(), false)).isEqualTo(signatures(doc, true));
        assertThat(entities(r.snapshot())).isEqualTo(expectedEntities(doc));
    }

    @Test
    void inceptionFlavourComesBackToo() {
        Coverage ambiguous = new Coverage("offsets ambiguous");
        qt().withExamples(200).forAll(documents()).checkAssert(doc -> inceptionFlavourComesBackToo(doc, ambiguous));
        System.out.println(ambiguous);
    }

    private void inceptionFlavourComesBackToo(DocumentSnapshot doc, Coverage ambiguousOffsets) {
        String ann = BratExporter.ann(new ExportDocument("r.txt", doc), true, new ArrayList<>());
        BratImporter.Result r = BratImporter.importAnn(Path.of("r.ann"), ann, doc.source(), doc.source().text(), BratMapping.standard());
        assertThat(r.problems()).isEmpty();
        boolean ambiguous = otherReadingFitsToo(doc, true);
        ambiguousOffsets.collect(ambiguous);
        if (ambiguous) {
            // Nothing in the file tells UTF-16 from code points: brat's code points win, and the import says so.
            assertThat(r.notes()).singleElement().asString().contains("equally well");
            assertThat(signatures(r.snapshot(), false)).isEqualTo(signatures(doc, a -> readAsCodePoints(doc, a), true));
        } else {
            assertThat(signatures(r.snapshot(), false)).isEqualTo(signatures(doc, true));
        }
    }

    @Test
    void utf16SpanEndingBeforeWhiteSpaceIsNotReadAsCodePoints() {
        // Found by a property test: read as code points, [0, 9) is the quote plus the space after it, which
        // passes once white space at the edges is ignored; read as UTF-16 it is the quote exactly.
        SourceText text = SourceText.of("random.txt", "Athethe😀 the");
        String ann = "T1\tQuote 0 9\tAthethe😀\nA1\tPending T1\n#1\tAnnotatorNotes T1\tcheck this\n";

        BratImporter.Result r = BratImporter.importAnn(Path.of("r.ann"), ann, text, text.text(), BratMapping.standard());

        assertThat(r.problems()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("UTF-16");
        assertThat(r.snapshot().annotations()).singleElement().satisfies(a -> {
            assertThat(new int[] {a.start(), a.end()}).containsExactly(0, 8);
            assertThat(a.pending()).isTrue();
            assertThat(a.note()).isEqualTo("check this");
        });
    }

    @Test
    void offsetsThatFitBothReadingsExactlyAreReadAsCodePointsAndReported() {
        // "!" at code point 5 is UTF-16 offset 6, and code point 6 is "!" too.
        SourceText text = SourceText.of("a.txt", "Yay 🎉!!");
        String ann = "T1\tQuote 6 7\t!\n";

        BratImporter.Result r = BratImporter.importAnn(Path.of("r.ann"), ann, text, text.text(), BratMapping.standard());

        assertThat(r.problems()).isEmpty();
        assertThat(r.notes()).singleElement().asString().contains("equally well").contains("UTF-16");
        assertThat(r.snapshot().annotations()).singleElement().satisfies(a -> assertThat(new int[] {a.start(), a.end()}).containsExactly(6, 7));
    }

    @Test
    void fixtureCorpusSurvivesTheRoundTripThroughFiles() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        for (String name : List.of(Fixtures.VOA, Fixtures.UNICODE)) {
            Path source = corpus.resolve(name);
            DocumentSnapshot original = DocumentLoader.load(new DocumentRef(source, AnnotationFormat.annotationFileFor(source), name)).snapshot();
            Path out = tmp.resolve("brat");
            BratExporter exporter = new BratExporter(out, false);
            assertThat(exporter.export(new ExportDocument(name, original))).isEmpty();
            String stem = name.substring(0, name.length() - 4);

            BratImporter.Result r = BratImporter.importFiles(out.resolve(stem + ".ann"), out.resolve(stem + ".txt"), BratMapping.standard());

            assertThat(r.problems()).isEmpty();
            assertThat(r.snapshot().source().text()).isEqualTo(original.source().text());
            assertThat(signatures(r.snapshot(), false)).isEqualTo(signatures(original, true));
            assertThat(entities(r.snapshot())).isEqualTo(expectedEntities(original));
            assertThat(Files.exists(out.resolve(stem + ".txt"))).isTrue();
        }
    }

    static Gen<DocumentSnapshot> documents() {
        return RandomExportDocuments.documents();
    }

    /** The document's annotations as signatures, sorted; {@code asExported} applies what brat does to spans and notes. */
    static List<Sig> signatures(DocumentSnapshot doc, boolean asExported) {
        if (!asExported) {
            return signatures(doc, a -> new int[] {a.start(), a.end()}, false);
        }
        return signatures(doc, a -> covering(BratSpans.fragments(doc.source(), a.start(), a.end())), true);
    }

    /**
     * Signatures with each annotation at {@code span} (null: not exported); {@code oneLineNotes}
     * flattens notes as brat does.
     */
    static List<Sig> signatures(DocumentSnapshot doc, Function<Annotation, int[]> span, boolean oneLineNotes) {
        Map<String, int[]> spans = new HashMap<>();
        Map<String, Annotation> byId = new HashMap<>();
        for (Annotation a : doc.annotations()) {
            byId.put(a.id(), a);
            int[] s = span.apply(a);
            if (s != null) {
                spans.put(a.id(), s);
            }
        }
        List<Sig> out = new ArrayList<>();
        for (Annotation a : doc.annotations()) {
            int[] s = spans.get(a.id());
            if (s == null) {
                continue;
            }
            int[] via = a.viaId() == null ? null : spans.get(a.viaId());
            String viaSig = via == null ? null : byId.get(a.viaId()).type() + ":" + via[0] + ":" + via[1];
            String note = a.note() == null ? null : oneLineNotes ? oneLineNote(a.note()) : a.note();
            out.add(new Sig(a.type(), s[0], s[1], a.type().isAttributable() ? a.speakerId() : a.entityId(), viaSig,
                    a.form(), a.checkWorthy(), a.pending(), note));
        }
        out.sort(Comparator.comparing(Sig::toString));
        return out;
    }

    private static int[] covering(List<BratSpans.Fragment> f) {
        return f.isEmpty() ? null : new int[] {f.get(0).start(), f.get(f.size() - 1).end()};
    }

    /** Where an exported span lands when its numbers are read in the other unit than they were written in, or null. */
    private static List<BratSpans.Fragment> otherReading(SourceText text, List<BratSpans.Fragment> written, boolean inception) {
        List<BratSpans.Fragment> out = new ArrayList<>();
        for (BratSpans.Fragment w : written) {
            if (inception) {
                if (w.end() > text.length()) {
                    return null;
                }
                out.add(w);
            } else {
                CodePointIndex index = text.index();
                if (w.end() > index.charLength() || index.splitsPair(w.start()) || index.splitsPair(w.end())) {
                    return null;
                }
                out.add(new BratSpans.Fragment(text.toCodePoint(w.start()), text.toCodePoint(w.end())));
            }
        }
        return out;
    }

    /**
     * True when the exported numbers, read in the other unit (code points for the INCEpTION
     * flavour's UTF-16, UTF-16 for brat's code points), still give every span exactly the text
     * it records, with blank gaps between its fragments, and move some span: then the file
     * cannot tell the readings apart.
     */
    static boolean otherReadingFitsToo(DocumentSnapshot doc, boolean inception) {
        SourceText text = doc.source();
        if (text.index().charLength() == text.length()) {
            return false;
        }
        boolean moves = false;
        for (Annotation a : doc.annotations()) {
            List<BratSpans.Fragment> f = BratSpans.fragments(text, a.start(), a.end());
            if (f.isEmpty()) {
                continue;
            }
            List<BratSpans.Fragment> other = otherReading(text, inception ? BratSpans.inUtf16(text, f) : f, inception);
            if (other == null || !BratSpans.text(text, other).equals(BratSpans.text(text, f))) {
                return false;
            }
            for (int i = 1; i < other.size(); i++) {
                if (!text.slice(other.get(i - 1).end(), other.get(i).start()).isBlank()) {
                    return false;
                }
            }
            moves |= !other.equals(f);
        }
        return moves;
    }

    /** Where an INCEpTION span lands when its UTF-16 numbers are read as code points. */
    private static int[] readAsCodePoints(DocumentSnapshot doc, Annotation a) {
        List<BratSpans.Fragment> f = BratSpans.fragments(doc.source(), a.start(), a.end());
        return covering(f.isEmpty() ? f : BratSpans.inUtf16(doc.source(), f));
    }

    private static String oneLineNote(String note) {
        String flat = BratSpans.oneLine(note);
        return flat.isBlank() ? null : flat;
    }

    /** Entities brat carries: those used by exported spans, names on one line, kinds where a mention tells them. */
    static List<Entity> expectedEntities(DocumentSnapshot doc) {
        Set<String> used = new HashSet<>();
        Set<String> mentioned = new HashSet<>();
        for (Annotation a : doc.annotations()) {
            if (BratSpans.fragments(doc.source(), a.start(), a.end()).isEmpty()) {
                continue;
            }
            if (a.entityId() != null) {
                used.add(a.entityId());
                mentioned.add(a.entityId());
            }
            if (a.speakerId() != null) {
                used.add(a.speakerId());
            }
        }
        return doc.entities().stream().filter(e -> used.contains(e.id()))
                .map(e -> new Entity(e.id(), BratSpans.oneLine(e.name()).strip(), mentioned.contains(e.id()) ? e.kind() : EntityKind.PERSON))
                .sorted(Comparator.comparing(Entity::id)).toList();
    }

    static List<Entity> entities(DocumentSnapshot doc) {
        return doc.entities().stream().sorted(Comparator.comparing(Entity::id)).toList();
    }
}
