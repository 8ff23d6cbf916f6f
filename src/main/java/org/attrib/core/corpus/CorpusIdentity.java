package org.attrib.core.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.attrib.core.model.Ids;
import org.attrib.core.text.Excerpt;

/**
 * The analyst's decisions about who is who across a corpus, on top of automatic matching: the
 * {@link StoredSpeaker stored speakers}. Immutable: merging, splitting and renaming return a new
 * identity, which {@link CorpusIdentityFile} saves and {@link CorpusSpeakers#build} applies.
 *
 * <p>The operations take rows of a {@link CorpusSpeakers} built with this identity. Each pins
 * the rows it touches: their current members are stored, so that the decision holds whatever
 * later edits do to names, and new articles can still join a stored speaker by name.
 */
public final class CorpusIdentity {

    public static final CorpusIdentity EMPTY = new CorpusIdentity(new TreeMap<>(), new HashMap<>());

    private final TreeMap<String, StoredSpeaker> byId;
    private final Map<EntityRef, String> speakerOf;

    private CorpusIdentity(TreeMap<String, StoredSpeaker> byId, Map<EntityRef, String> speakerOf) {
        this.byId = byId;
        this.speakerOf = speakerOf;
    }

    /**
     * An identity holding these speakers.
     *
     * @throws IllegalArgumentException when two speakers share an id or a member
     */
    public static CorpusIdentity of(Collection<StoredSpeaker> speakers) {
        TreeMap<String, StoredSpeaker> byId = new TreeMap<>();
        Map<EntityRef, String> speakerOf = new HashMap<>();
        for (StoredSpeaker s : speakers) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("two stored speakers have the id " + s.id());
            }
            for (EntityRef m : s.members()) {
                String other = speakerOf.put(m, s.id());
                if (other != null) {
                    throw new IllegalArgumentException(m + " is a member of both " + other + " and " + s.id());
                }
            }
        }
        return new CorpusIdentity(byId, speakerOf);
    }

    /** The stored speakers, by id. */
    public List<StoredSpeaker> speakers() {
        return List.copyOf(byId.values());
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public Optional<StoredSpeaker> speaker(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The stored speaker a document entity is pinned to, if any. */
    public Optional<StoredSpeaker> speakerOf(EntityRef member) {
        return Optional.ofNullable(speakerOf.get(member)).map(byId::get);
    }

    /** Merges two rows into one: see {@link #merge(List)}. */
    public CorpusIdentity merge(CorpusSpeaker into, CorpusSpeaker other) {
        return merge(List.of(into, other));
    }

    /**
     * Makes one stored speaker of several rows. It keeps the id and the name of the first row
     * that has them.
     *
     * @throws IllegalArgumentException for fewer than two rows
     */
    public CorpusIdentity merge(List<CorpusSpeaker> rows) {
        if (rows.stream().map(CorpusSpeaker::id).distinct().count() < 2) {
            throw new IllegalArgumentException("merging needs two or more different rows");
        }
        Set<EntityRef> members = new TreeSet<>();
        List<StoredSpeaker> touched = new ArrayList<>();
        for (CorpusSpeaker row : rows) {
            touched.addAll(storedOf(row));
            members.addAll(row.memberRefs());
        }
        return replace(touched, List.of(pinned(touched, members, nameOf(touched))));
    }

    /**
     * Takes some members out of a row into a row of their own. Both are stored, so that automatic
     * matching does not put them together again; the rest of the row keeps its id and name.
     *
     * @throws IllegalArgumentException when {@code moved} is empty, holds all of the row, or
     *     holds an entity that is not in it
     */
    public CorpusIdentity split(CorpusSpeaker row, Collection<EntityRef> moved) {
        Set<EntityRef> out = new TreeSet<>(moved);
        if (out.isEmpty()) {
            throw new IllegalArgumentException("nothing to split off " + row.name());
        }
        for (EntityRef m : out) {
            if (!row.contains(m)) {
                throw new IllegalArgumentException(m + " is not in " + row.name());
            }
        }
        Set<EntityRef> rest = new TreeSet<>(row.memberRefs());
        rest.removeAll(out);
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("splitting every member off " + Excerpt.quoted(row.name()) + " would leave it empty");
        }
        List<StoredSpeaker> touched = storedOf(row);
        for (StoredSpeaker s : touched) {
            rest.addAll(s.members());
        }
        rest.removeAll(out);
        String keptId = touched.isEmpty() ? newId(null) : touched.get(0).id();
        StoredSpeaker remainder = new StoredSpeaker(keptId, nameOf(touched), List.copyOf(rest));
        StoredSpeaker splitOff = new StoredSpeaker(newId(keptId), null, List.copyOf(out));
        return replace(touched, List.of(remainder, splitOff));
    }

    /** Takes one member out of a row: see {@link #split(CorpusSpeaker, Collection)}. */
    public CorpusIdentity split(CorpusSpeaker row, EntityRef moved) {
        return split(row, List.of(moved));
    }

    /** Names a row (and stores it); a blank name goes back to naming it after its members. */
    public CorpusIdentity rename(CorpusSpeaker row, String name) {
        List<StoredSpeaker> touched = storedOf(row);
        return replace(touched, List.of(pinned(touched, new TreeSet<>(row.memberRefs()), name)));
    }

    /** Forgets the decisions about a row: its members are matched automatically again. */
    public CorpusIdentity forget(CorpusSpeaker row) {
        return replace(storedOf(row), List.of());
    }

    /** The stored speakers behind a row: its own, and any its members are pinned to. */
    private List<StoredSpeaker> storedOf(CorpusSpeaker row) {
        Set<StoredSpeaker> out = new LinkedHashSet<>();
        if (row.stored() && byId.containsKey(row.id())) {
            out.add(byId.get(row.id()));
        }
        for (EntityRef m : row.memberRefs()) {
            speakerOf(m).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }

    /** One speaker holding {@code members} and every member of {@code touched}, under the first touched id. */
    private StoredSpeaker pinned(List<StoredSpeaker> touched, Set<EntityRef> members, String name) {
        Set<EntityRef> all = new TreeSet<>(members);
        touched.forEach(s -> all.addAll(s.members()));
        String id = touched.isEmpty() ? newId(null) : touched.get(0).id();
        return new StoredSpeaker(id, name, List.copyOf(all));
    }

    private static String nameOf(List<StoredSpeaker> touched) {
        return touched.stream().map(StoredSpeaker::name).filter(n -> n != null).findFirst().orElse(null);
    }

    private String newId(String alsoTaken) {
        return Ids.next('s', id -> byId.containsKey(id) || id.equals(alsoTaken));
    }

    private CorpusIdentity replace(List<StoredSpeaker> removed, List<StoredSpeaker> added) {
        Map<String, StoredSpeaker> next = new TreeMap<>(byId);
        removed.forEach(s -> next.remove(s.id()));
        added.forEach(s -> next.put(s.id(), s));
        return of(next.values());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorpusIdentity other && byId.equals(other.byId);
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "CorpusIdentity" + byId.values();
    }
}
