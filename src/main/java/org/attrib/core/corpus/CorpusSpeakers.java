package org.attrib.core.corpus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.attrib.core.model.SpeakerNames;

/**
 * Who said what across a corpus: every speaker of every article, the same person in different
 * articles as one {@link CorpusSpeaker row}, matched by name, aliases and surnames and by the
 * analyst's stored decisions (see docs/corpus-speakers.md). Immutable; building it reads no file.
 */
public final class CorpusSpeakers {

    private final CorpusIdentity identity;
    private final List<CorpusSpeaker> speakers;
    private final Map<String, CorpusSpeaker> byId = new LinkedHashMap<>();
    private final Map<EntityRef, CorpusSpeaker> byMember = new HashMap<>();

    private CorpusSpeakers(CorpusIdentity identity, List<CorpusSpeaker> speakers) {
        this.identity = identity;
        this.speakers = List.copyOf(speakers);
        for (CorpusSpeaker s : speakers) {
            byId.put(s.id(), s);
            for (DocumentEntity m : s.members()) {
                byMember.put(m.ref(), s);
            }
        }
    }

    /** Matches the speakers of a corpus read with {@link CorpusDocuments#read}, applying the analyst's decisions. */
    public static CorpusSpeakers build(CorpusDocuments corpus, CorpusIdentity identity) {
        return build(corpus.documents(), identity);
    }

    /** Matches the speakers of these articles, applying the analyst's decisions. */
    public static CorpusSpeakers build(List<DocumentSpeakers> documents, CorpusIdentity identity) {
        Objects.requireNonNull(identity, "identity");
        return new CorpusSpeakers(identity, StoredDecisions.apply(SpeakerMatcher.match(documents), identity));
    }

    /** The identity these rows were built with: the one to {@link CorpusIdentity#merge merge}, split or rename from. */
    public CorpusIdentity identity() {
        return identity;
    }

    /** Every corpus speaker, most quoted and claimed first, then most mentioned, then by name. */
    public List<CorpusSpeaker> speakers() {
        return speakers;
    }

    /** The row with this {@link CorpusSpeaker#id id}. */
    public Optional<CorpusSpeaker> speaker(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The row a document entity is in. */
    public Optional<CorpusSpeaker> speakerOf(EntityRef member) {
        return Optional.ofNullable(byMember.get(member));
    }

    /**
     * The rows known under a name, compared normalised ({@link SpeakerNames#normalise}): by their
     * name, their members' names or the texts of their mentions.
     */
    public List<CorpusSpeaker> named(String name) {
        String key = SpeakerNames.normalise(name);
        return speakers.stream().filter(s -> SpeakerNames.normalise(s.name()).equals(key)
                || s.members().stream().anyMatch(m -> SpeakerNames.normalise(m.name()).equals(key)
                        || m.mentionTexts().stream().anyMatch(t -> SpeakerNames.normalise(t).equals(key))))
                .toList();
    }

    /** Quotes and claims over all rows. */
    public int statements() {
        return speakers.stream().mapToInt(s -> s.statements().size()).sum();
    }
}
