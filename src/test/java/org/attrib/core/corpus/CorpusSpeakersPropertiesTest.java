package org.attrib.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attrib.testsupport.Gens.checking;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.attrib.core.model.EntityKind;
import org.attrib.testsupport.Gens;

/** Matching and stored decisions on random corpora whose names collide often. */
class CorpusSpeakersPropertiesTest {

    private static final List<String> NAMES = List.of("John Smith", "Jane Smith", "Smith", "Mr. Smith", "Mrs. Smith", "Dr Smith",
            "NASA", "N.A.S.A.", "Lopez Obrador", "Andres Manuel Lopez Obrador", "López Obrador", "Mexican president",
            "scientists", "Researchers", "he", "Obrador", "Charles Thomas", "Thomas", "😀", "the agency");

    /** A corpus as a list of documents, each a list of entities. */
    static Gen<List<DocumentSpeakers>> corpora() {
        Gen<int[]> entity = Gens.intArrays(integers().between(0, 1 << 20), 6);
        return Gens.listsOf(Gens.listsOf(entity, 1, 4), 1, 9).map(CorpusSpeakersPropertiesTest::corpus);
    }

    private static List<DocumentSpeakers> corpus(List<List<int[]>> docs) {
        TestCorpus corpus = new TestCorpus();
        for (int d = 0; d < docs.size(); d++) {
            String document = (d % 3 == 0 ? "world/" : "") + "d" + d + ".txt";
            for (int e = 0; e < docs.get(d).size(); e++) {
                int[] x = docs.get(d).get(e);
                String[] mentions = new String[x[2] % 4];
                for (int m = 0; m < mentions.length; m++) {
                    mentions[m] = NAMES.get((x[3] + 7 * m) % NAMES.size());
                }
                corpus.add(document, "e" + e, NAMES.get(x[0] % NAMES.size()), EntityKind.values()[x[1] % 3], x[4] % 3, mentions);
            }
        }
        return corpus.documents();
    }

    /** A corpus, the operations applied to it, and articles added later. */
    record Scenario(List<DocumentSpeakers> docs, List<List<Integer>> operations, List<DocumentSpeakers> later) {
    }

    /** The three parts of a scenario drawn as one value, so that a failure shows them together. */
    static Gen<Scenario> scenarios() {
        Gen<List<List<Integer>>> operations = Gens.listsOf(Gens.listsOf(integers().between(0, 1 << 20), 3), 0, 8);
        return corpora().zip(operations, corpora(), Scenario::new);
    }

    @Test
    void everyEntityIsInOneRowAndTheCountsAddUp() {
        qt().withExamples(300).forAll(corpora()).checkAssert(this::everyEntityIsInOneRowAndTheCountsAddUp);
    }

    private void everyEntityIsInOneRowAndTheCountsAddUp(List<DocumentSpeakers> docs) {
        CorpusSpeakers speakers = CorpusSpeakers.build(docs, CorpusIdentity.EMPTY);
        List<EntityRef> all = docs.stream().flatMap(d -> d.entities().stream()).map(DocumentEntity::ref).sorted().toList();
        assertThat(speakers.speakers().stream().flatMap(s -> s.memberRefs().stream()).sorted().toList()).isEqualTo(all);
        for (CorpusSpeaker s : speakers.speakers()) {
            assertThat(s.mentions()).isEqualTo(s.members().stream().mapToInt(DocumentEntity::mentions).sum());
            assertThat(s.quotes()).isEqualTo(s.members().stream().mapToInt(DocumentEntity::quotes).sum());
            assertThat(s.claims()).isEqualTo(s.members().stream().mapToInt(DocumentEntity::claims).sum());
            assertThat(s.statements()).hasSize(s.quotes() + s.claims());
            assertThat(s.statements()).isSortedAccordingTo(Statement.CORPUS_ORDER);
            assertThat(s.statements()).allSatisfy(st -> assertThat(s.memberRefs()).contains(st.speaker()));
            assertThat(s.names()).contains(s.name());
            // Automatic matching never puts two entities of one article together.
            assertThat(s.documents()).isEqualTo(s.members().size());
            assertThat(s.members()).extracting(DocumentEntity::kind).containsOnly(s.kind());
        }
        assertThat(speakers.speakers()).isSortedAccordingTo(CorpusSpeaker.MOST_QUOTED_FIRST);
    }

    @Test
    void theRowsDoNotDependOnTheOrderArticlesWereReadIn() {
        qt().withExamples(200).forAll(corpora(), longs().all()).checkAssert(this::theRowsDoNotDependOnTheOrderArticlesWereReadIn);
    }

    private void theRowsDoNotDependOnTheOrderArticlesWereReadIn(List<DocumentSpeakers> docs, long seed) {
        List<DocumentSpeakers> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(CorpusSpeakers.build(shuffled, CorpusIdentity.EMPTY).speakers())
                .isEqualTo(CorpusSpeakers.build(docs, CorpusIdentity.EMPTY).speakers());
    }

    @Test
    void decisionsTakeEffectAndSurviveTheFileAndNewArticles() {
        qt().withExamples(200).forAll(scenarios()).checkAssert(checking(this::decisionsTakeEffectAndSurviveTheFileAndNewArticles));
    }

    private void decisionsTakeEffectAndSurviveTheFileAndNewArticles(Scenario scenario) throws Exception {
        List<DocumentSpeakers> docs = scenario.docs();
        CorpusSpeakers speakers = CorpusSpeakers.build(docs, CorpusIdentity.EMPTY);
        for (List<Integer> op : scenario.operations()) {
            speakers = apply(docs, speakers, op);
            holdsStoredDecisions(speakers);
        }
        CorpusSpeakers built = speakers;
        CorpusIdentity identity = built.identity();
        CorpusIdentity reread = CorpusIdentityFile.parse(Path.of("attrib-corpus.json"), CorpusIdentityFile.toBytes(identity));
        assertThat(reread).isEqualTo(identity);
        assertThat(CorpusSpeakers.build(docs, reread).speakers()).isEqualTo(speakers.speakers());

        // Articles added later (renamed so as not to replace these) never undo a decision.
        List<DocumentSpeakers> grown = new ArrayList<>(docs);
        for (DocumentSpeakers d : scenario.later()) {
            String name = "later/" + d.document();
            grown.add(new DocumentSpeakers(name, d.source(), d.entities().stream().map(e -> new DocumentEntity(
                    new EntityRef(name, e.ref().entity()), e.name(), e.kind(), e.mentionTexts(), e.mentions(), List.of())).toList()));
        }
        CorpusSpeakers after = CorpusSpeakers.build(grown, identity);
        // Entities that joined a stored row automatically may leave it when a new article makes their
        // name ambiguous; the stored members stay, under the stored name.
        holdsStoredDecisions(after);
        for (StoredSpeaker s : identity.speakers()) {
            s.members().stream().filter(m -> built.speakerOf(m).isPresent()).findFirst()
                    .ifPresent(m -> assertThat(after.speakerOf(m).orElseThrow().id()).isEqualTo(s.id()));
        }
    }

    /** Applies one operation chosen by {@code op} to the rows, and checks its effect at once. */
    private static CorpusSpeakers apply(List<DocumentSpeakers> docs, CorpusSpeakers speakers, List<Integer> op) {
        List<CorpusSpeaker> rows = speakers.speakers();
        CorpusSpeaker row = rows.get(op.get(1) % rows.size());
        switch (op.get(0) % 4) {
            case 0 -> {
                CorpusSpeaker other = rows.get(op.get(2) % rows.size());
                if (other.equals(row)) {
                    return speakers;
                }
                CorpusSpeakers next = CorpusSpeakers.build(docs, speakers.identity().merge(row, other));
                CorpusSpeaker merged = next.speakerOf(row.memberRefs().get(0)).orElseThrow();
                assertThat(merged.memberRefs()).containsAll(row.memberRefs()).containsAll(other.memberRefs());
                assertThat(merged.stored()).isTrue();
                return next;
            }
            case 1 -> {
                if (row.members().size() < 2) {
                    return speakers;
                }
                EntityRef moved = row.memberRefs().get(op.get(2) % row.members().size());
                CorpusSpeakers next = CorpusSpeakers.build(docs, speakers.identity().split(row, moved));
                Set<EntityRef> rest = new HashSet<>(row.memberRefs());
                rest.remove(moved);
                assertThat(next.speakerOf(moved).orElseThrow().memberRefs()).containsExactly(moved);
                assertThat(next.speakerOf(rest.iterator().next()).orElseThrow().memberRefs()).containsExactlyInAnyOrderElementsOf(rest);
                // Nothing else moves: automatic matching does not take the split as a cue to join other rows.
                for (CorpusSpeaker untouched : rows) {
                    if (!untouched.equals(row)) {
                        assertThat(next.speakerOf(untouched.memberRefs().get(0)).orElseThrow().memberRefs())
                                .isEqualTo(untouched.memberRefs());
                    }
                }
                return next;
            }
            case 2 -> {
                String name = op.get(2) % 5 == 0 ? " " : NAMES.get(op.get(2) % NAMES.size()) + " " + op.get(2);
                CorpusSpeakers next = CorpusSpeakers.build(docs, speakers.identity().rename(row, name));
                CorpusSpeaker renamed = next.speakerOf(row.memberRefs().get(0)).orElseThrow();
                assertThat(renamed.memberRefs()).containsAll(row.memberRefs());
                if (!name.isBlank()) {
                    assertThat(renamed.name()).isEqualTo(name);
                }
                return next;
            }
            default -> {
                return CorpusSpeakers.build(docs, speakers.identity().forget(row));
            }
        }
    }

    /** Each stored speaker's present members are one row, of that speaker, and no row holds two stored speakers' members. */
    private static void holdsStoredDecisions(CorpusSpeakers speakers) {
        for (StoredSpeaker s : speakers.identity().speakers()) {
            Set<String> rows = new HashSet<>();
            for (EntityRef m : s.members()) {
                speakers.speakerOf(m).ifPresent(row -> {
                    rows.add(row.id());
                    assertThat(row.id()).isEqualTo(s.id());
                    assertThat(row.stored()).isTrue();
                    if (s.name() != null) {
                        assertThat(row.name()).isEqualTo(s.name());
                    }
                });
            }
            assertThat(rows).hasSizeLessThanOrEqualTo(1);
        }
        for (CorpusSpeaker row : speakers.speakers()) {
            assertThat(row.memberRefs().stream().map(m -> speakers.identity().speakerOf(m).map(StoredSpeaker::id))
                    .flatMap(Optional::stream).distinct()).hasSizeLessThanOrEqualTo(1);
        }
    }
}
