package org.attrib.core.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property(tries = 300)
    void roundTripKeepsSpansTypesAttributionAndDetails(@ForAll("documents") DocumentSnapshot doc) {
        ExportDocument exported = new ExportDocument("r.txt", doc);
        List<String> lost = new ArrayList<>();
        String ann = BratExporter.ann(exported, false, lost);

        BratImporter.Result r = BratImporter.importAnn(Path.of("r.ann"), ann, doc.source(), doc.source().text(), BratMapping.standard());

        assertThat(r.problems()).isEmpty();
        assertThat(r.notes()).isEmpty();
        assertThat(signatures(r.snapshot(), false)).isEqualTo(signatures(doc, true));
        assertThat(entities(r.snapshot())).isEqualTo(expectedEntities(doc));
    }

    @Property(tries = 200)
    void inceptionFlavourComesBackToo(@ForAll("documents") DocumentSnapshot doc) {
        String ann = BratExporter.ann(new ExportDocument("r.txt", doc), true, new ArrayList<>());
        BratImporter.Result r = BratImporter.importAnn(Path.of("r.ann"), ann, doc.source(), doc.source().text(), BratMapping.standard());
        assertThat(r.problems()).isEmpty();
        assertThat(signatures(r.snapshot(), false)).isEqualTo(signatures(doc, true));
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

    @Provide
    Arbitrary<DocumentSnapshot> documents() {
        return RandomExportDocuments.documents();
    }

    /** The document's annotations as signatures, sorted; {@code asExported} applies what brat does to spans and notes. */
    static List<Sig> signatures(DocumentSnapshot doc, boolean asExported) {
        Map<String, int[]> spans = new HashMap<>();
        Map<String, Annotation> byId = new HashMap<>();
        for (Annotation a : doc.annotations()) {
            byId.put(a.id(), a);
            if (!asExported) {
                spans.put(a.id(), new int[] {a.start(), a.end()});
                continue;
            }
            List<BratSpans.Fragment> f = BratSpans.fragments(doc.source(), a.start(), a.end());
            if (!f.isEmpty()) {
                spans.put(a.id(), new int[] {f.get(0).start(), f.get(f.size() - 1).end()});
            }
        }
        List<Sig> out = new ArrayList<>();
        for (Annotation a : doc.annotations()) {
            int[] span = spans.get(a.id());
            if (span == null) {
                continue;
            }
            int[] via = a.viaId() == null ? null : spans.get(a.viaId());
            String viaSig = via == null ? null : byId.get(a.viaId()).type() + ":" + via[0] + ":" + via[1];
            String note = a.note() == null ? null : asExported ? oneLineNote(a.note()) : a.note();
            out.add(new Sig(a.type(), span[0], span[1], a.type().isAttributable() ? a.speakerId() : a.entityId(), viaSig,
                    a.form(), a.checkWorthy(), a.pending(), note));
        }
        out.sort(Comparator.comparing(Sig::toString));
        return out;
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
