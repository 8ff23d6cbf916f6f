package org.attrib.core.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.EntityKind;

/**
 * Corpora written in a line per entity, for matching tests: each entity gets the mentions given,
 * one quote and {@code claims} claims at made-up spans.
 */
final class TestCorpus {

    private final Map<String, List<DocumentEntity>> documents = new TreeMap<>();

    TestCorpus person(String document, String entity, String name, String... mentions) {
        return add(document, entity, name, EntityKind.PERSON, 0, mentions);
    }

    TestCorpus organisation(String document, String entity, String name, String... mentions) {
        return add(document, entity, name, EntityKind.ORGANISATION, 0, mentions);
    }

    TestCorpus other(String document, String entity, String name, String... mentions) {
        return add(document, entity, name, EntityKind.OTHER, 0, mentions);
    }

    TestCorpus add(String document, String entity, String name, EntityKind kind, int claims, String... mentions) {
        EntityRef ref = new EntityRef(document, entity);
        List<Statement> statements = new ArrayList<>();
        int at = 1000 * documents.getOrDefault(document, List.of()).size();
        statements.add(new Statement(ref, Path.of(document), entity + "-q", AnnotationType.QUOTE, at, at + 10,
                "said " + name, null, null, false));
        for (int i = 0; i < claims; i++) {
            statements.add(new Statement(ref, Path.of(document), entity + "-c" + i, AnnotationType.CLAIM, at + 20 + 10 * i,
                    at + 25 + 10 * i, "claim", null, null, false));
        }
        documents.computeIfAbsent(document, d -> new ArrayList<>())
                .add(new DocumentEntity(ref, name, kind, List.of(mentions), mentions.length, statements));
        return this;
    }

    List<DocumentSpeakers> documents() {
        List<DocumentSpeakers> out = new ArrayList<>();
        documents.forEach((name, entities) -> out.add(new DocumentSpeakers(name, Path.of(name), entities)));
        return out;
    }

    CorpusSpeakers build() {
        return build(CorpusIdentity.EMPTY);
    }

    CorpusSpeakers build(CorpusIdentity identity) {
        return CorpusSpeakers.build(documents(), identity);
    }

    /** The rows as sets of "document#entity", for comparing groupings. */
    static List<List<String>> groups(CorpusSpeakers speakers) {
        return speakers.speakers().stream()
                .map(s -> s.memberRefs().stream().map(EntityRef::toString).sorted().toList())
                .sorted((a, b) -> a.get(0).compareTo(b.get(0)))
                .toList();
    }

    static EntityRef ref(String document, String entity) {
        return new EntityRef(document, entity);
    }
}
