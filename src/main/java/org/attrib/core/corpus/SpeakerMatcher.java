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
 * Groups the document entities of a corpus into corpus speakers (see docs/corpus-speakers.md for
 * the rules with examples). In order:
 *
 * <ol>
 * <li>the members of each stored speaker are one group, whatever their names;
 * <li>entities of one kind with the same name key (normalised display name, or a stored
 *     speaker's name) are one group;
 * <li>a group joins the one group its names point to: one that was mentioned under its name
 *     ("Lopez Obrador" joins the Andres Manuel Lopez Obrador of an article that calls him so),
 *     or, for persons, one with a longer name ending with its name ("Mr. LeBeau" joins "Charles
 *     LeBeau"). Only when exactly one group fits, and that group's own names point to no other:
 *     "Smith" joins no one when there are a John and a Jane Smith.
 * </ol>
 *
 * The automatic steps never join two stored speakers, two entities of one article (the analyst
 * kept them apart there) or a Mr. with a Mrs.; entities of kind other (generic sources:
 * "scientists", "the team") are matched by their display name only, as their mentions
 * ("researchers") fit many different groups. The result does not depend on the order of the
 * articles.
 */
final class SpeakerMatcher {

    private static final int NONE = -1;
    private static final int AMBIGUOUS = -2;

    private final List<DocumentEntity> nodes = new ArrayList<>();
    private int[] parent;
    /** Per root: the stored speaker it is, or null. */
    private StoredSpeaker[] stored;
    /** Per root: the documents its members come from. */
    private List<Set<String>> documents;
    /** Per root: the sexes its members' courtesy titles tell ("Mr.", "Mrs."), as bits. */
    private int[] sexes;
    /** Per node: its name keys with their kind (display name, and the stored speaker's name). */
    private List<List<String>> names;
    /** Per root: the name keys (with kind) of its members. */
    private List<Set<String>> groupNames;
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
        Map<EntityRef, DocumentEntity> all = new TreeMap<>();
        for (DocumentSpeakers d : docs) {
            for (DocumentEntity e : d.entities()) {
                all.putIfAbsent(e.ref(), e);
            }
        }
        // Nodes in a fixed order, so that the groups do not depend on the order documents were read in.
        Map<EntityRef, Integer> index = new HashMap<>();
        for (DocumentEntity e : all.values()) {
            index.put(e.ref(), nodes.size());
            nodes.add(e);
        }
        int n = nodes.size();
        parent = new int[n];
        stored = new StoredSpeaker[n];
        sexes = new int[n];
        documents = new ArrayList<>(n);
        names = new ArrayList<>(n);
        groupNames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            DocumentEntity e = nodes.get(i);
            parent[i] = i;
            Set<String> docSet = new HashSet<>(2);
            docSet.add(e.ref().document());
            documents.add(docSet);
            sexes[i] = bit(SpeakerKeys.sexOf(e.name()));
            String display = SpeakerKeys.nameKey(e.name(), e.kind());
            List<String> nodeNames = new ArrayList<>(2);
            nodeNames.add(SpeakerKeys.withKind(e.kind(), display));
            Set<String> keys = new LinkedHashSet<>();
            keys.add(display);
            for (String mention : e.mentionTexts()) {
                sexes[i] |= bit(SpeakerKeys.sexOf(mention));
                String alias = SpeakerKeys.aliasKey(mention, e.kind());
                if (alias != null) {
                    keys.add(alias);
                }
            }
            StoredSpeaker s = identity.speakerOf(e.ref()).orElse(null);
            if (s != null && s.name() != null) {
                nodeNames.add(SpeakerKeys.withKind(e.kind(), SpeakerKeys.nameKey(s.name(), e.kind())));
            }
            names.add(nodeNames);
            groupNames.add(new LinkedHashSet<>(nodeNames));
            for (String key : keys) {
                exact.computeIfAbsent(SpeakerKeys.withKind(e.kind(), key), k -> new ArrayList<>(1)).add(i);
                if (e.kind() == EntityKind.PERSON && !key.startsWith("\u0000")) {
                    for (String ending : SpeakerKeys.properSuffixes(key)) {
                        endings.computeIfAbsent(SpeakerKeys.withKind(e.kind(), ending), k -> new ArrayList<>(1)).add(i);
                    }
                }
            }
        }
        for (StoredSpeaker s : identity.speakers()) {
            int first = -1;
            for (EntityRef ref : s.members()) {
                Integer i = index.get(ref);
                if (i == null) {
                    continue;
                }
                if (first < 0) {
                    first = i;
                    stored[i] = s;
                } else {
                    join(find(first), find(i));
                }
            }
        }
    }

    /**
     * Step 2: one group per display name. Where one article has two entities of the name, the
     * analyst kept them apart there, and which of them the name means elsewhere is unknown: they
     * stay out, and the rest of the corpus is grouped without them.
     */
    private void byDisplayName() {
        Map<String, List<Integer>> byName = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (String key : names.get(i)) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> holders : byName.values()) {
            Set<Integer> roots = new LinkedHashSet<>();
            for (int i : holders) {
                roots.add(find(i));
            }
            if (roots.size() < 2) {
                continue;
            }
            Map<String, Integer> holderIn = new HashMap<>();
            Set<Integer> apart = new HashSet<>();
            for (int r : roots) {
                for (String d : documents.get(r)) {
                    Integer other = holderIn.putIfAbsent(d, r);
                    if (other != null && other != r) {
                        apart.add(other);
                        apart.add(r);
                    }
                }
            }
            List<Integer> joinable = new ArrayList<>(roots);
            joinable.removeAll(apart);
            if (joinable.size() > 1 && canJoin(joinable)) {
                for (int r : joinable.subList(1, joinable.size())) {
                    join(find(joinable.get(0)), find(r));
                }
            }
        }
    }

    /**
     * Step 3, one pass: a group joins the one group its names point to, if exactly one, and if
     * that group's own names point to no other (the Dr. Smith of one article may be the Mr. or
     * the Mrs. Smith of others, so neither joins it). Returns whether any group joined another.
     */
    private boolean byAliasOrSurname() {
        boolean changed = false;
        for (int self : roots()) {
            if (find(self) != self) {
                // Joined by another group in this pass: looked at again, with all its names, in the next.
                continue;
            }
            int target = soleCandidate(self);
            if (target < 0) {
                continue;
            }
            int back = soleCandidate(target);
            if ((back == NONE || back == self) && canJoin(List.of(self, target))) {
                join(target, self);
                changed = true;
            }
        }
        return changed;
    }

    private List<Integer> roots() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (find(i) == i) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The one other group this group's names point to: groups known under one of its names, and
     * for persons groups with longer names ending with one of its names; groups whose courtesy
     * titles tell another sex do not count. {@link #NONE} or {@link #AMBIGUOUS} when not one.
     */
    private int soleCandidate(int self) {
        int found = NONE;
        for (String name : groupNames.get(self)) {
            int cut = name.indexOf('\u0001');
            EntityKind kind = EntityKind.fromId(name.substring(0, cut)).orElseThrow();
            if (kind == EntityKind.OTHER) {
                continue;
            }
            List<Integer> holders = exact.getOrDefault(name, List.of());
            List<Integer> fuller = kind == EntityKind.PERSON ? endings.getOrDefault(name, List.of()) : List.of();
            for (List<Integer> list : List.of(holders, fuller)) {
                for (int node : list) {
                    int r = find(node);
                    if (r == self || r == found || !sameSex(self, r)) {
                        continue;
                    }
                    if (found >= 0) {
                        return AMBIGUOUS;
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
        int sex = 0;
        for (int r : roots) {
            sex |= sexes[r];
        }
        if (sex == (bit(SpeakerKeys.Sex.MALE) | bit(SpeakerKeys.Sex.FEMALE))) {
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

    /** Whether two groups' courtesy titles could be one person's. */
    private boolean sameSex(int a, int b) {
        int both = sexes[a] | sexes[b];
        return both != (bit(SpeakerKeys.Sex.MALE) | bit(SpeakerKeys.Sex.FEMALE));
    }

    private static int bit(SpeakerKeys.Sex sex) {
        return sex == SpeakerKeys.Sex.UNKNOWN ? 0 : 1 << sex.ordinal();
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
        sexes[keep] |= sexes[gone];
        groupNames.get(keep).addAll(groupNames.get(gone));
        groupNames.set(gone, null);
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
