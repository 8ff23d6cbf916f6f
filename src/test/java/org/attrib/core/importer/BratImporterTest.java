package org.attrib.core.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.batch.Problem;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.text.SourceText;
import org.attrib.testsupport.Fixtures;

class BratImporterTest {

    private static final Path ANN = Path.of("doc.ann");
    private static final List<String> QUOTATION_MAP = List.of("Attribution=quote", "Content=content", "Source=speaker", "Cue=ignore");

    @TempDir
    Path tmp;

    @Test
    void importsEventsWithRolesEquivalencesNormalisationsAndNotes() throws Exception {
        BratImporter.Result r = importQuotation(BratMapping.of(QUOTATION_MAP));
        DocumentSnapshot doc = r.snapshot();
        Map<String, Annotation> byText = doc.annotations().stream()
                .collect(Collectors.toMap(a -> doc.source().slice(a.start(), a.end()), Function.identity()));
        Map<String, Entity> entities = doc.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));

        assertThat(doc.annotations()).extracting(Annotation::type).filteredOn(t -> t == AnnotationType.SPEAKER).hasSize(4);
        assertThat(doc.annotations()).extracting(Annotation::type).filteredOn(t -> t == AnnotationType.QUOTE).hasSize(4);
        // Two mentions normalised to one Wikidata item are one entity, named as the normalisation names it.
        Annotation mayor = byText.get("Mayor Ana Díaz");
        Annotation diaz = byText.get("Díaz");
        assertThat(mayor.entityId()).isEqualTo(diaz.entityId());
        assertThat(entities.get(mayor.entityId()).name()).isEqualTo("Ana Díaz");
        // Equivalent mentions are one entity too.
        assertThat(byText.get("Its spokesman").entityId()).isEqualTo(byText.get("Tom Reed").entityId());
        assertThat(doc.entities()).hasSize(2);
        // Events attribute their content through their speaker argument.
        Annotation bridge = byText.get("the bridge \"will reopen in spring\"");
        assertThat(bridge.type()).isEqualTo(AnnotationType.QUOTE);
        assertThat(bridge.viaId()).isEqualTo(mayor.id());
        assertThat(bridge.speakerId()).isEqualTo(mayor.entityId());
        assertThat(bridge.note()).isEqualTo("paraphrase around a partial quote");
        assertThat(byText.get("\"We have the money,\"").viaId()).isEqualTo(diaz.id());
        // A span split at a line break comes back whole, without a report.
        assertThat(byText.get("repairs were\non schedule").viaId()).isEqualTo(diaz.id());
        assertThat(byText.get("costs had doubled 📈").viaId()).isEqualTo(byText.get("Tom Reed").id());

        assertThat(r.problems()).extracting(Problem::where).containsExactly("line 18", "line 19", "line 21", "line 22", "line 23");
        assertThat(r.problems()).extracting(Problem::reason).satisfiesExactly(
                p -> assertThat(p).contains("\"Negated\" is not one Attrib has", "--map Negated=ignore", "[A1\\tNegated E2]"),
                p -> assertThat(p).contains("\"Certainty\""),
                p -> assertThat(p).contains("label \"Organization\" is not mapped", "--map Organization="),
                p -> assertThat(p).contains("relation \"Coref\" is not mapped", "=attribution or =ignore"),
                p -> assertThat(p).contains("cannot read the line", "no tab", "[T13 Broken line without tabs]"));
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void labelsMappedToIgnoreAreLeftOutQuietly() throws Exception {
        BratImporter.Result r = importQuotation(BratMapping.of(List.of("Attribution=quote", "Content=content", "Source=speaker",
                "Cue=ignore", "Negated=ignore", "Certainty=ignore", "Organization=ignore", "Coref=ignore")));
        assertThat(r.problems()).extracting(Problem::where).containsExactly("line 23");
    }

    @Test
    void withoutAMappingEveryForeignLabelIsReported() throws Exception {
        BratImporter.Result r = importQuotation(BratMapping.standard());
        assertThat(r.snapshot().annotations()).isEmpty();
        assertThat(r.problems()).hasSize(21);
        assertThat(r.problems()).extracting(Problem::reason).anyMatch(p -> p.contains("event type \"Attribution\" is not mapped"));
    }

    @Test
    void relationsAttributeInEitherDirectionAndAttributesCarryAttribsDetails() {
        SourceText text = SourceText.of("a.txt", "Ann said it rains. Bob claimed it snows.");
        String ann = """
                T1\tSpeaker 0 3\tAnn
                T2\tQuote 9 17\tit rains
                T3\tSpeaker 19 22\tBob
                T4\tClaim 31 39\tit snows
                R1\tAttributedTo Arg1:T2 Arg2:T1
                R2\tAttributedTo Arg1:T3 Arg2:T4
                A1\tForm T2 indirect
                A2\tCheckWorthy T4 no
                A3\tPending T4
                A4\tKind T3 organisation
                #1\tAnnotatorNotes T2\tcheck the wire copy
                R3\tAttributedTo Arg1:T1 Arg2:T3
                A5\tForm T4 direct
                """;
        BratImporter.Result r = BratImporter.importAnn(ANN, ann, text, text.text(), BratMapping.standard());
        DocumentSnapshot doc = r.snapshot();
        Annotation quote = only(doc, AnnotationType.QUOTE);
        Annotation claim = only(doc, AnnotationType.CLAIM);
        assertThat(quote.form()).isEqualTo(QuoteForm.INDIRECT);
        assertThat(quote.note()).isEqualTo("check the wire copy");
        assertThat(entityName(doc, quote.speakerId())).isEqualTo("Ann");
        assertThat(claim.checkWorthy()).isFalse();
        assertThat(claim.pending()).isTrue();
        assertThat(entityName(doc, claim.speakerId())).isEqualTo("Bob");
        assertThat(doc.entities()).filteredOn(e -> e.name().equals("Bob")).extracting(Entity::kind).containsExactly(EntityKind.ORGANISATION);
        assertThat(r.problems()).extracting(p -> p.where() + " " + p.reason()).satisfiesExactly(
                p -> assertThat(p).startsWith("line 12").contains("not a speaker with a speaker"),
                p -> assertThat(p).startsWith("line 13").contains("Form is direct, indirect, partial or mixed, on a quote"));
    }

    @Test
    void discontinuousSpansWithTextBetweenThemAreImportedWholeAndReported() {
        SourceText text = SourceText.of("a.txt", "He said, frowning, that all was fine.");
        String ann = "T1\tQuote 3 7;19 37\tsaid that all was fine.\n";
        BratImporter.Result r = BratImporter.importAnn(ANN, ann, text, text.text(), BratMapping.standard());
        Annotation q = only(r.snapshot(), AnnotationType.QUOTE);
        assertThat(text.slice(q.start(), q.end())).isEqualTo("said, frowning, that all was fine.");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("discontinuous", "[3, 37)"));
    }

    @Test
    void spansWhoseTextDisagreesOrLiesOutsideTheTextAreLeftOutAndReported() {
        SourceText text = SourceText.of("a.txt", "Short text.");
        String ann = "T1\tQuote 0 5\tLong \nT2\tQuote 6 40\ttext.\nT3\tClaim 0 5\tShort\n";
        BratImporter.Result r = BratImporter.importAnn(ANN, ann, text, text.text(), BratMapping.standard());
        assertThat(r.snapshot().annotations()).singleElement().extracting(Annotation::type).isEqualTo(AnnotationType.CLAIM);
        assertThat(r.problems()).extracting(p -> p.where() + ": " + p.reason()).satisfiesExactly(
                p -> assertThat(p).startsWith("line 1: its text \"Long \" is not what the article has"),
                p -> assertThat(p).startsWith("line 2: its offsets lie outside the text"));
    }

    @Test
    void offsetsCountingTheByteOrderMarkAndCarriageReturnsAreRecognised() {
        String raw = "\uFEFFFirst line.\r\nAnn said \"yes\".\r\n";
        SourceText text = SourceText.of("a.txt", raw.substring(1));
        // brat under Python 2 counts the BOM and the CR: "Ann" starts at 1 + 11 + 2 = 14.
        String ann = "T1\tSpeaker 14 17\tAnn\nT2\tQuote 23 28\t\"yes\"\nR1\tAttributedTo Arg1:T2 Arg2:T1\n";
        BratImporter.Result r = BratImporter.importAnn(ANN, ann, text, raw, BratMapping.standard());
        assertThat(r.problems()).isEmpty();
        assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n).contains("byte order mark and CR"));
        Annotation speaker = only(r.snapshot(), AnnotationType.SPEAKER);
        assertThat(text.slice(speaker.start(), speaker.end())).isEqualTo("Ann");
        Annotation quote = only(r.snapshot(), AnnotationType.QUOTE);
        assertThat(text.slice(quote.start(), quote.end())).isEqualTo("\"yes\"");
    }

    @Test
    void utf16OffsetsFromJavaToolsAreRecognised() {
        SourceText text = SourceText.of("a.txt", "🎉🎉 Ann said \"yes\".");
        // In UTF-16 each emoji is two units: "Ann" starts at 5, not at 3.
        String ann = "T1\tSpeaker 5 8\tAnn\nT2\tQuote 14 19\t\"yes\"\n";
        BratImporter.Result r = BratImporter.importAnn(ANN, ann, text, text.text(), BratMapping.standard());
        assertThat(r.problems()).isEmpty();
        assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n).contains("UTF-16"));
        Annotation speaker = only(r.snapshot(), AnnotationType.SPEAKER);
        assertThat(speaker.start()).isEqualTo(3);
        assertThat(text.slice(speaker.start(), speaker.end())).isEqualTo("Ann");
    }

    @Test
    void mentionsWithoutReferencesJoinTheEntityOfTheirName() {
        SourceText text = SourceText.of("a.txt", "López Obrador said no. Lopez  Obrador's aides agreed. Ebrard did not.");
        String ann = "T1\tSpeaker 0 13\tLópez Obrador\nT2\tSpeaker 23 39\tLopez  Obrador's\nT3\tSpeaker 54 60\tEbrard\n";
        DocumentSnapshot doc = BratImporter.importAnn(ANN, ann, text, text.text(), BratMapping.standard()).snapshot();
        assertThat(doc.entities()).extracting(Entity::name).containsExactlyInAnyOrder("López Obrador", "Ebrard");
    }

    @Test
    void mappingsAreLabelEqualsTarget() {
        assertThat(BratMapping.of(List.of("Quotation=QUOTE", " Cue = ignore")).target("Quotation")).contains(BratMapping.Target.QUOTE);
        assertThat(BratMapping.of(List.of("Cue=ignore")).target("Cue")).contains(BratMapping.Target.IGNORE);
        assertThat(BratMapping.standard().target("AttributedTo")).contains(BratMapping.Target.ATTRIBUTION);
        assertThatThrownBy(() -> BratMapping.of(List.of("Quotation"))).hasMessageContaining("is not LABEL=TARGET");
        assertThatThrownBy(() -> BratMapping.of(List.of("Quotation=quotes"))).hasMessageContaining("unknown target \"quotes\"")
                .hasMessageContaining("quote, claim, speaker, attribution, content, ignore");
    }

    @Test
    void parserSaysWhyALineCannotBeRead() {
        BratAnnParser.Parsed p = BratAnnParser.parse("T1\tQuote 5 2\tx\nR1\tRel Arg1:T1\nX1\tWhat\nT2\tQuote 1 3;2 4\tab cd\n\nA1\tNeg\n");
        assertThat(p.lines()).isEmpty();
        assertThat(p.unreadable()).extracting(u -> u.number() + " " + u.reason()).containsExactly(
                "1 start 5 is after end 2",
                "2 a relation needs a label and exactly two arguments",
                "3 unknown kind of annotation \"X\" (brat has T, R, E, A, M, N, # and *)",
                "4 its fragments overlap",
                "6 an attribute needs a name, a target and at most one value");
    }

    private BratImporter.Result importQuotation(BratMapping mapping) throws Exception {
        Path txt = Fixtures.resource("/org/attrib/brat/quotation.txt", tmp);
        Path ann = Fixtures.resource("/org/attrib/brat/quotation.ann", tmp);
        return BratImporter.importFiles(ann, txt, mapping);
    }

    private static Annotation only(DocumentSnapshot doc, AnnotationType type) {
        List<Annotation> of = doc.annotations().stream().filter(a -> a.type() == type).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    private static String entityName(DocumentSnapshot doc, String id) {
        return doc.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().name();
    }
}
