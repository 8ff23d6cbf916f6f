package org.attrib.core.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.attrib.core.model.EntityKind;

/**
 * One row of the corpus speakers view: a person, organisation or other source across every
 * article of the folder, with its counts and everything attributed to it.
 *
 * @param id the stored speaker's id when the analyst decided on this row (see {@link #stored}),
 *     else a key derived from its first member ({@code ~world/story.txt#e1}), stable while that
 *     member stays in the row but not kept anywhere
 * @param stored true when the row is a {@link StoredSpeaker} of the corpus identity file
 * @param name the name the analyst gave it, else its members' name used in most articles (the
 *     longer one on a tie)
 * @param kind the kind most of its members have
 * @param documents how many articles it appears in
 * @param mentions its speaker mentions across the corpus
 * @param quotes quotes attributed to it
 * @param claims claims attributed to it
 * @param members the document entities it groups, by document and entity id
 * @param statements its quotes and claims, by document and position
 */
public record CorpusSpeaker(String id, boolean stored, String name, EntityKind kind, int documents, int mentions,
        int quotes, int claims, List<DocumentEntity> members, List<Statement> statements) {

    /** Most quoted and claimed first, then most mentioned, then by name. */
    public static final Comparator<CorpusSpeaker> MOST_QUOTED_FIRST = Comparator
            .comparingInt((CorpusSpeaker s) -> -(s.quotes() + s.claims()))
            .thenComparingInt(s -> -s.mentions())
            .thenComparing(CorpusSpeaker::name)
            .thenComparing(CorpusSpeaker::id);

    public CorpusSpeaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        members = List.copyOf(members);
        statements = List.copyOf(statements);
    }

    /** Builds a row from its members, counting and naming it. */
    static CorpusSpeaker of(String storedId, String storedName, List<DocumentEntity> members) {
        List<DocumentEntity> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(DocumentEntity::ref));
        int mentions = 0;
        int quotes = 0;
        int claims = 0;
        List<Statement> statements = new ArrayList<>();
        for (DocumentEntity m : sorted) {
            mentions += m.mentions();
            quotes += m.quotes();
            claims += m.claims();
            statements.addAll(m.statements());
        }
        statements.sort(Statement.CORPUS_ORDER);
        long documents = sorted.stream().map(m -> m.ref().document()).distinct().count();
        String id = storedId != null ? storedId : "~" + sorted.get(0).ref();
        String name = storedName != null ? storedName : mostUsedName(sorted);
        return new CorpusSpeaker(id, storedId != null, name, mostCommonKind(sorted), (int) documents, mentions, quotes, claims,
                sorted, statements);
    }

    /** The distinct names its members have in their documents, the most used first. */
    public List<String> names() {
        return byUse(members).stream().map(Map.Entry::getKey).toList();
    }

    /** The document entities it groups. */
    public List<EntityRef> memberRefs() {
        return members.stream().map(DocumentEntity::ref).toList();
    }

    public boolean contains(EntityRef ref) {
        return members.stream().anyMatch(m -> m.ref().equals(ref));
    }

    private static String mostUsedName(List<DocumentEntity> members) {
        return byUse(members).get(0).getKey();
    }

    /** Names by how many documents use them, then longer first, then alphabetically. */
    private static List<Map.Entry<String, Integer>> byUse(List<DocumentEntity> members) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (DocumentEntity m : members) {
            uses.merge(m.name(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> names = new ArrayList<>(uses.entrySet());
        names.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(e -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        return names;
    }

    private static EntityKind mostCommonKind(List<DocumentEntity> members) {
        int[] counts = new int[EntityKind.values().length];
        for (DocumentEntity m : members) {
            counts[m.kind().ordinal()]++;
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return EntityKind.values()[best];
    }
}
