package org.attrib.core.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.attrib.core.model.EntityKind;

/**
 * Groups the document entities of a corpus into corpus speakers (see docs/corpus-speakers.md):
 *
 * <ol>
 * <li>the members of each stored speaker are one group;
 * <li>entities of one kind with the same normalised display name are one group;
 * <li>a group joins another whose entities were mentioned under its name ("Lopez Obrador" joins
 *     the Andres Manuel Lopez Obrador of an article that calls him so) or, for persons, whose
 *     names end with its name ("Obrador", "Mr. LeBeau" joins "Charles LeBeau") - but only when
 *     exactly one group fits, so that "Smith" joins no one when there is a John and a Jane Smith.
 * </ol>
 *
 * Automatic steps never put two stored speakers together, nor two entities of one document (the
 * analyst kept them apart there); a name that would do either is ambiguous and matches nothing.
 * Entities of kind other (generic sources: "scientists", "the team") are matched by their display
 * name only, as their mentions ("researchers", "the team") fit many different groups.
 */
final class SpeakerMatcher {

    private final List<DocumentEntity> nodes = new ArrayList<>();
    private int[] parent;
    /** Per root: the stored speaker it is, or null. */
    private StoredSpeaker[] stored;
    /** Per root: the documents its members come from. */
    private List<Set<String>> documents;
    /** Per node: its name keys with their kind (display name, and the stored speaker's name). */
    private List<List<String>> names;
    /** Name or alias key with kind, to the nodes known under it. */
    private final Map<String, List<Integer>> exact = new HashMap<>();
    /** For persons: a key with kind, to the nodes with a longer name or alias ending with it. */
    private final Map<String, List<Integer>> endings = new HashMap<>();

    private SpeakerMatcher() {
    }

    static List<CorpusSpeaker> match(List<DocumentSpeakers> docs, CorpusIdentity identity) {
        SpeakerMatcher m = new SpeakerMatcher();
        m.collect(docs, identity);
        m.byDisplayName();
        while (m.byAliasOrSurname()) {
            // Each pass can make a name unambiguous for the next; every union removes a group, so it ends.
        }
        return m.rows();
    }

    private void collect(List<DocumentSpeakers> docs, CorpusIdentity identity) {
        Map<EntityRef, Integer> index = new HashMap<>();
        for (DocumentSpeakers d : docs) {
            for (DocumentEntity e : d.entities()) {
                if (index.putIfAbsent(e.ref(), nodes.size()) == null) {
                    nodes.add(e);
                }
            }
        }
        int n = nodes.size();
        parent = new int[n];
        stored = new StoredSpeaker[n];
        documents = new ArrayList<>(n);
        names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            Set<String> docSet = new HashSet<>(2);
            docSet.add(nodes.get(i).ref().document());
            documents.add(docSet);
            names.add(new ArrayList<>(2));
        }
        for (StoredSpeaker s : identity.speakers()) {
            int first = -1;
            for (EntityRef ref : s.members()) {
                Integer i = index.get(ref);
                if (i == null) {
                    continue;
                }
                if (s.name() != null) {
                    names.get(i).add(SpeakerKeys.withKind(nodes.get(i).kind(), SpeakerKeys.nameKey(s.name())));
                }
                if (first < 0) {
                    first = i;
                    stored[i] = s;
                } else {
                    join(find(first), find(i));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            DocumentEntity e = nodes.get(i);
            String display = SpeakerKeys.nameKey(e.name());
            names.get(i).add(0, SpeakerKeys.withKind(e.kind(), display));
            Set<String> keys = new LinkedHashSet<>();
            keys.add(display);
            for (String mention : e.mentionTexts()) {
                String alias = SpeakerKeys.aliasKey(mention);
                if (alias != null) {
                    keys.add(alias);
                }
            }
            for (String key : keys) {
                exact.computeIfAbsent(SpeakerKeys.withKind(e.kind(), key), k -> new ArrayList<>(1)).add(i);
                if (e.kind() == EntityKind.PERSON && !key.startsWith("\u0000")) {
                    for (String ending : SpeakerKeys.properSuffixes(key)) {
                        endings.computeIfAbsent(SpeakerKeys.withKind(e.kind(), ending), k -> new ArrayList<>(1)).add(i);
                    }
                }
            }
        }
    }

    /** Step 2: one group per display name, unless the name is ambiguous. */
    private void byDisplayName() {
        Map<String, List<Integer>> byName = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (String key : names.get(i)) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> holders : byName.values()) {
            List<Integer> roots = new ArrayList<>();
            for (int i : holders) {
                int r = find(i);
                if (!roots.contains(r)) {
                    roots.add(r);
                }
            }
            if (roots.size() > 1 && canJoin(roots)) {
                for (int r : roots.subList(1, roots.size())) {
                    join(find(roots.get(0)), find(r));
                }
            }
        }
    }

    /** Step 3, one pass: each group joins the one group its names point to, if exactly one. Returns whether any did. */
    private boolean byAliasOrSurname() {
        Map<Integer, Set<String>> namesOf = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).kind() != EntityKind.OTHER) {
                namesOf.computeIfAbsent(find(i), k -> new LinkedHashSet<>()).addAll(names.get(i));
            }
        }
        boolean changed = false;
        for (Map.Entry<Integer, Set<String>> group : namesOf.entrySet()) {
            int self = group.getKey();
            if (find(self) != self) {
                // Joined another group in this pass: looked at again, with all its names, in the next.
                continue;
            }
            int target = soleCandidate(self, group.getValue());
            if (target >= 0 && canJoin(List.of(self, target))) {
                join(target, self);
                changed = true;
            }
        }
        return changed;
    }

    /** The one other group this group's names point to; -1 for none or more than one. */
    private int soleCandidate(int self, Set<String> groupNames) {
        int found = -1;
        for (String name : groupNames) {
            int cut = name.indexOf('\u0001');
            EntityKind kind = EntityKind.fromId(name.substring(0, cut)).orElseThrow();
            String key = name.substring(cut + 1);
            if (kind == EntityKind.OTHER) {
                continue;
            }
            List<List<Integer>> lists = new ArrayList<>(4);
            lists.add(exact.getOrDefault(name, List.of()));
            if (kind == EntityKind.PERSON && !key.startsWith("\u0000")) {
                String bare = SpeakerKeys.withKind(kind, SpeakerKeys.withoutHonorifics(key));
                lists.add(endings.getOrDefault(name, List.of()));
                if (!bare.equals(name)) {
                    lists.add(exact.getOrDefault(bare, List.of()));
                    lists.add(endings.getOrDefault(bare, List.of()));
                }
            }
            for (List<Integer> list : lists) {
                for (int node : list) {
                    int r = find(node);
                    if (r == self || r == found) {
                        continue;
                    }
                    if (found >= 0) {
                        return -1;
                    }
                    found = r;
                }
            }
        }
        return found;
    }

    /** Whether these groups may be joined automatically: at most one is stored, and no document is in two of them. */
    private boolean canJoin(List<Integer> roots) {
        int storedCount = 0;
        int largest = roots.get(0);
        for (int r : roots) {
            if (stored[r] != null) {
                storedCount++;
            }
            if (documents.get(r).size() > documents.get(largest).size()) {
                largest = r;
            }
        }
        if (storedCount > 1) {
            return false;
        }
        Set<String> big = documents.get(largest);
        Set<String> seen = new HashSet<>();
        for (int r : roots) {
            if (r == largest) {
                continue;
            }
            for (String d : documents.get(r)) {
                if (big.contains(d) || !seen.add(d)) {
                    return false;
                }
            }
        }
        return true;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two roots, keeping the larger's document set; the stored speaker, if any, stays the root's. */
    private void join(int a, int b) {
        if (a == b) {
            return;
        }
        int keep = documents.get(a).size() >= documents.get(b).size() ? a : b;
        int gone = keep == a ? b : a;
        parent[gone] = keep;
        documents.get(keep).addAll(documents.get(gone));
        documents.set(gone, null);
        if (stored[keep] == null) {
            stored[keep] = stored[gone];
        }
        stored[gone] = null;
    }

    private List<CorpusSpeaker> rows() {
        Map<Integer, List<DocumentEntity>> groups = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(nodes.get(i));
        }
        List<CorpusSpeaker> rows = new ArrayList<>(groups.size());
        groups.forEach((root, members) -> {
            StoredSpeaker s = stored[root];
            rows.add(CorpusSpeaker.of(s == null ? null : s.id(), s == null ? null : s.name(), members));
        });
        rows.sort(CorpusSpeaker.MOST_QUOTED_FIRST);
        return rows;
    }
}
