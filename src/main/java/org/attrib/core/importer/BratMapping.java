package org.attrib.core.importer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.attrib.core.export.BratTerms;
import org.attrib.core.model.AnnotationType;

/**
 * What brat labels mean in Attrib, from {@code LABEL=TARGET} pairs. One label space serves
 * text-bound labels, event types, relation labels, event roles and attribute names, since brat
 * corpora rarely reuse a name for two of them:
 *
 * <ul>
 * <li>{@code quote}, {@code claim}, {@code speaker}: a text-bound label (or event type) that
 *     becomes that annotation type; as an event role, {@code speaker} marks the argument that is
 *     the speaker mention;</li>
 * <li>{@code attribution}: a relation between a quote or claim and a speaker mention;</li>
 * <li>{@code content}: an event role whose argument is the quoted text (without one, the event's
 *     trigger is);</li>
 * <li>{@code ignore}: left out without being reported.</li>
 * </ul>
 *
 * <p>Attrib's own brat export is understood without any mapping: {@code Quote}, {@code Claim},
 * {@code Speaker} and {@code AttributedTo} are mapped by default.
 */
public final class BratMapping {

    /** What a label can stand for. */
    public enum Target {
        QUOTE, CLAIM, SPEAKER, ATTRIBUTION, CONTENT, IGNORE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public Optional<AnnotationType> annotationType() {
            return switch (this) {
                case QUOTE -> Optional.of(AnnotationType.QUOTE);
                case CLAIM -> Optional.of(AnnotationType.CLAIM);
                case SPEAKER -> Optional.of(AnnotationType.SPEAKER);
                default -> Optional.empty();
            };
        }
    }

    private final Map<String, Target> targets = new LinkedHashMap<>();

    private BratMapping() {
        targets.put(BratTerms.QUOTE, Target.QUOTE);
        targets.put(BratTerms.CLAIM, Target.CLAIM);
        targets.put(BratTerms.SPEAKER, Target.SPEAKER);
        targets.put(BratTerms.ATTRIBUTED_TO, Target.ATTRIBUTION);
    }

    /** The default mapping (Attrib's own labels). */
    public static BratMapping standard() {
        return new BratMapping();
    }

    /**
     * The default mapping with {@code LABEL=TARGET} pairs added (a later pair for the same label
     * wins).
     *
     * @throws IllegalArgumentException naming the pair that is not {@code LABEL=TARGET}
     */
    public static BratMapping of(Collection<String> pairs) {
        BratMapping m = new BratMapping();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String label = eq < 0 ? "" : pair.substring(0, eq).strip();
            String target = eq < 0 ? "" : pair.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            if (label.isEmpty() || label.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("\"" + pair + "\" is not LABEL=TARGET (a brat label, '=', and one of "
                        + targetNames() + ")");
            }
            Target t = parseTarget(target).orElseThrow(() -> new IllegalArgumentException("\"" + pair
                    + "\": unknown target \"" + target + "\"; use one of " + targetNames()));
            m.targets.put(label, t);
        }
        return m;
    }

    public Optional<Target> target(String label) {
        return Optional.ofNullable(targets.get(label));
    }

    public Map<String, Target> asMap() {
        return Map.copyOf(targets);
    }

    private static Optional<Target> parseTarget(String s) {
        for (Target t : Target.values()) {
            if (t.id().equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static String targetNames() {
        StringBuilder s = new StringBuilder();
        for (Target t : Target.values()) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(t.id());
        }
        return s.toString();
    }
}
