package org.attrib.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.attrib.core.model.Annotation;
import org.attrib.core.model.Entity;
import org.attrib.core.text.Excerpt;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.VisibleText;

/** Words for conflicts: which annotation or speaker, and what a side did to it. */
final class Describe {

    private Describe() {
    }

    /** {@code Quote "We have to work with them…"}, or {@code Orphaned quote "…"}. */
    static String annotation(Item it, SourceText source) {
        Annotation a = it.value();
        String text = it.orphan() != null ? it.orphan().text()
                : a.end() <= source.length() ? source.slice(a.start(), a.end()) : "";
        String type = a.type().label();
        return (it.orphan() != null ? "Orphaned " + type.toLowerCase(Locale.ROOT) : type) + " \"" + excerpt(text) + "\"";
    }

    static String entity(Entity e) {
        return "Speaker " + Excerpt.quoted(e.name());
    }

    /** What a side did from {@code base} to {@code now}, e.g. "changed its note and removed its attribution". */
    static String changes(Annotation base, Annotation now, boolean baseOrphan, boolean nowOrphan) {
        List<String> parts = new ArrayList<>();
        if (baseOrphan != nowOrphan) {
            parts.add(nowOrphan ? "made it an orphan" : "placed it in the text");
        }
        if (base.start() != now.start() || base.end() != now.end()) {
            parts.add("moved its span");
        }
        if (base.type() != now.type()) {
            parts.add("made it a " + now.type().id());
        }
        if (!Objects.equals(base.entityId(), now.entityId())) {
            parts.add("changed the speaker it mentions");
        }
        if (!Objects.equals(base.speakerId(), now.speakerId()) || !Objects.equals(base.viaId(), now.viaId())) {
            parts.add(now.speakerId() == null ? "removed its attribution" : "changed its attribution");
        }
        if (base.form() != now.form()) {
            parts.add("changed its quote form");
        }
        if (!Objects.equals(base.checkWorthy(), now.checkWorthy())) {
            parts.add("changed whether it is check-worthy");
        }
        if (!Objects.equals(base.note(), now.note())) {
            parts.add("changed its note");
        }
        if (base.pending() != now.pending()) {
            parts.add(now.pending() ? "made it a suggestion" : "accepted it");
        } else if (!Objects.equals(base.confidence(), now.confidence())) {
            parts.add("changed its confidence");
        }
        return parts.isEmpty() ? "changed its stored context" : join(parts);
    }

    static String changes(Entity base, Entity now) {
        List<String> parts = new ArrayList<>();
        if (!base.name().equals(now.name())) {
            parts.add("renamed it " + Excerpt.quoted(now.name()));
        }
        if (base.kind() != now.kind()) {
            parts.add("made it " + now.kind().id());
        }
        // A rename by the analyst sets the flag too; said on its own only when the name stayed.
        if (base.named() != now.named() && base.name().equals(now.name())) {
            parts.add(now.named() ? "marked its name as the analyst's" : "let its mentions rename it");
        }
        return join(parts);
    }

    static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String excerpt(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        String shown = flat.codePointCount(0, flat.length()) <= 50 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 47)) + "…";
        return VisibleText.oneLine(shown);
    }
}
