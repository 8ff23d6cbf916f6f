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
 * Groups the document entities of a corpus automatically, by their names alone (see
 * docs/corpus-speakers.md for the rules with examples). The analyst's decisions are no input
 * here: {@link StoredDecisions} applies them to these groups, so that a decision can never change
 * how other entities are matched. In order:
 *
 * <ol>
 * <li>entities of one kind with the same name key (normalised display name) are one group;
 * <li>a group joins the one group its names point to: one that was mentioned under its name
 *     ("Lopez Obrador" joins the Andres Manuel Lopez Obrador of an article that calls him so),
 *     or, for persons, one with a longer name ending with its name ("Mr. LeBeau" joins "Charles
 *     LeBeau"). Only when exactly one group fits, and that group's own names point to no other:
 *     "Smith" joins no one when there are a John and a Jane Smith.
 * </ol>
 *
 * They never join two entities of one article (the analyst kept them apart there) or a Mr. with
 * a Mrs.; entities of kind other (generic sources: "scientists", "the team") are matched by their
 * display name only, as their mentions ("researchers") fit many different groups. The result
 * does not depend on the order of the articles.
 */
final class SpeakerMatcher {

    private static final int NONE = -1;
    private static final int AMBIGUOUS = -2;

    private final List<DocumentEntity> nodes = new ArrayList<>();
    private int[] parent;
    /** Per root: the documents its members come from. */
    private List<Set<String>> documents;
    /** Per root: the sexes its members' courtesy titles tell ("Mr.", "Mrs."), as bits. */
    private int[] sexes;
    /** Per node: its display name's key with its kind. */
    private final List<String> names = new ArrayList<>();
    /** Per root: the name keys (with kind) of its members. */
    private List<Set<String>> groupNames;
    /** Name or alias key with kind, to the nodes known under it. */
    private final Map<String, List<Integer>> exact = new HashMap<>();
    /** For persons: a key with kind, to the nodes with a longer name or alias ending with it. */
    private final Map<String, List<Integer>> endings = new HashMap<>();

    private SpeakerMatcher() {
    }

    /** The groups, each a list of entities sorted by reference, in the order of their first members. */
    static List<List<DocumentEntity>> match(List<DocumentSpeakers> docs) {
        SpeakerMatcher m = new SpeakerMatcher();
        m.collect(docs);
        m.byDisplayName();
        while (m.byAliasOrSurname()) {
            // Each pass can make a name unambiguous for the next; every union removes a group, so it ends.
        }
        return m.groups();
    }

    private void collect(List<DocumentSpeakers> docs) {
        Map<EntityRef, DocumentEntity> all = new TreeMap<>();
        for (DocumentSpeakers d : docs) {
            for (DocumentEntity e : d.entities()) {
                all.putIfAbsent(e.ref(), e);
            }
        }
        // Nodes in a fixed order, so that the groups do not depend on the order documents were read in.
        nodes.addAll(all.values());
        int n = nodes.size();
        parent = new int[n];
        sexes = new int[n];
        documents = new ArrayList<>(n);
        groupNames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            DocumentEntity e = nodes.get(i);
            parent[i] = i;
            Set<String> docSet = new HashSet<>(2);
            docSet.add(e.ref().document());
            documents.add(docSet);
            sexes[i] = bit(SpeakerKeys.sexOf(e.name()));
            String display = SpeakerKeys.nameKey(e.name(), e.kind());
            String name = SpeakerKeys.withKind(e.kind(), display);
            Set<String> keys = new LinkedHashSet<>();
            keys.add(display);
            for (String mention : e.mentionTexts()) {
                sexes[i] |= bit(SpeakerKeys.sexOf(mention));
                String alias = SpeakerKeys.aliasKey(mention, e.kind());
                if (alias != null) {
                    keys.add(alias);
                }
            }
            names.add(name);
            Set<String> groupName = new LinkedHashSet<>();
            groupName.add(name);
            groupNames.add(groupName);
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

    /**
     * Step 1: one group per display name. Where one article has two entities of the name, the
     * analyst kept them apart there, and which of them the name means elsewhere is unknown: they
     * stay out, and the rest of the corpus is grouped without them.
     */
    private void byDisplayName() {
        Map<String, List<Integer>> byName = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            byName.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(i);
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
     * Step 2, one pass: a group joins the one group its names point to, if exactly one, and if
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

    /** Whether these groups may be joined automatically: no Mr. with a Mrs., and no document in two of them. */
    private boolean canJoin(List<Integer> roots) {
        int largest = roots.get(0);
        for (int r : roots) {
            if (documents.get(r).size() > documents.get(largest).size()) {
                largest = r;
            }
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

    /** Joins two roots, keeping the larger's document set. */
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
    }

    private List<List<DocumentEntity>> groups() {
        Map<Integer, List<DocumentEntity>> groups = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(nodes.get(i));
        }
        return new ArrayList<>(groups.values());
    }
}
