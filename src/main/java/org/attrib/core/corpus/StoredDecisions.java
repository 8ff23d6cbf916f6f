package org.attrib.core.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attrib.core.model.EntityKind;

/**
 * Applies the analyst's decisions to the groups automatic matching made ({@link SpeakerMatcher}),
 * giving the rows. Matching never sees the decisions: were a stored speaker one group in it, its
 * names, articles and courtesy titles would decide what else joins it, and a split, by taking
 * those away from each part, could let a part join other rows at once. Here:
 *
 * <ul>
 * <li>the present members of each stored speaker are its row;
 * <li>an automatic group's other entities join the stored speaker whose members are in the
 *     group, if exactly one is; with none, the stored speaker the analyst named as one of them is
 *     named, if exactly one is; else they are a row of their own.
 * </ul>
 *
 * So a decision moves only entities of the rows it is about: right after a split the two parts
 * are exactly two rows, and a new article's entity that matches both parts joins neither.
 */
final class StoredDecisions {

    private static final Comparator<StoredSpeaker> BY_ID = Comparator.comparing(StoredSpeaker::id);

    private StoredDecisions() {
    }

    static List<CorpusSpeaker> apply(List<List<DocumentEntity>> groups, CorpusIdentity identity) {
        Map<StoredSpeaker, List<DocumentEntity>> storedRows = new TreeMap<>(BY_ID);
        for (List<DocumentEntity> group : groups) {
            for (DocumentEntity e : group) {
                identity.speakerOf(e.ref()).ifPresent(s -> storedRows.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
            }
        }
        Map<String, Set<StoredSpeaker>> byName = storedNames(storedRows.keySet());
        List<List<DocumentEntity>> automatic = new ArrayList<>();
        for (List<DocumentEntity> group : groups) {
            Set<StoredSpeaker> storedIn = new TreeSet<>(BY_ID);
            List<DocumentEntity> others = new ArrayList<>();
            for (DocumentEntity e : group) {
                identity.speakerOf(e.ref()).ifPresentOrElse(storedIn::add, () -> others.add(e));
            }
            if (others.isEmpty()) {
                continue;
            }
            if (storedIn.isEmpty()) {
                storedIn = namedAs(others, byName);
            }
            if (storedIn.size() == 1) {
                storedRows.get(storedIn.iterator().next()).addAll(others);
            } else {
                automatic.add(others);
            }
        }
        List<CorpusSpeaker> rows = new ArrayList<>(storedRows.size() + automatic.size());
        storedRows.forEach((s, members) -> rows.add(CorpusSpeaker.of(s.id(), s.name(), members)));
        automatic.forEach(members -> rows.add(CorpusSpeaker.of(null, null, members)));
        rows.sort(CorpusSpeaker.MOST_QUOTED_FIRST);
        return rows;
    }

    /**
     * The named stored speakers by their name's key in every kind (persons' keys leave courtesy
     * titles out). Every kind, not only their members' kinds: those change when a split takes
     * members away, and a group named so would change rows.
     */
    private static Map<String, Set<StoredSpeaker>> storedNames(Set<StoredSpeaker> present) {
        Map<String, Set<StoredSpeaker>> byName = new HashMap<>();
        for (StoredSpeaker s : present) {
            if (s.name() == null) {
                continue;
            }
            for (EntityKind kind : EntityKind.values()) {
                byName.computeIfAbsent(SpeakerKeys.withKind(kind, SpeakerKeys.nameKey(s.name(), kind)), k -> new TreeSet<>(BY_ID)).add(s);
            }
        }
        return byName;
    }

    /** The stored speakers named as one of these entities is. */
    private static Set<StoredSpeaker> namedAs(List<DocumentEntity> entities, Map<String, Set<StoredSpeaker>> byName) {
        Set<StoredSpeaker> out = new TreeSet<>(BY_ID);
        for (DocumentEntity e : entities) {
            out.addAll(byName.getOrDefault(SpeakerKeys.withKind(e.kind(), SpeakerKeys.nameKey(e.name(), e.kind())), Set.of()));
        }
        return out;
    }
}
