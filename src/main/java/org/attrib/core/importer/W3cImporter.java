package org.attrib.core.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.attrib.core.anchor.Anchorer;
import org.attrib.core.anchor.Placement;
import org.attrib.core.batch.Problem;
import org.attrib.core.export.W3cIris;
import org.attrib.core.export.W3cTerms;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.model.EntityKind;
import org.attrib.core.model.QuoteForm;
import org.attrib.core.model.SpeakerNames;
import org.attrib.core.model.StoredAnnotation;
import org.attrib.core.text.Excerpt;
import org.attrib.core.text.SourceText;

/**
 * Reads back Web Annotations in the shape {@link org.attrib.core.export.W3cExporter} writes them
 * (a collection with embedded pages, a page, a list or single annotations) for one article.
 * Spans come from the {@code TextPositionSelector}, checked against the
 * {@code TextQuoteSelector}'s exact text; when they disagree, or there are no positions, the
 * quote (with its prefix and suffix) is looked for in the text. Ids in Attrib's IRIs are kept.
 * Whatever it cannot use is reported, naming the annotation.
 */
public final class W3cImporter {

    /** The document, and what could not be imported as it was. */
    public record Result(DocumentSnapshot snapshot, List<Problem> problems) {
    }

    private W3cImporter() {
    }

    /** The annotations in a JSON value: items of a collection's embedded pages, of a page, of a list, or the value itself. */
    public static List<JsonNode> annotations(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.has("items")) {
            node.get("items").forEach(out::add);
            collect(node.get("next"), out);
        } else if (node.has("first")) {
            collect(node.get("first"), out);
        } else if (node.isObject()) {
            out.add(node);
        }
    }

    /** The articles the annotations point at (their targets' sources), in order of first appearance. */
    public static Set<String> sources(List<JsonNode> annotations) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode a : annotations) {
            sourceOf(a).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<String> sourceOf(JsonNode annotation) {
        JsonNode target = first(annotation.get("target"));
        if (target == null) {
            return Optional.empty();
        }
        if (target.isTextual()) {
            return Optional.of(target.asText());
        }
        JsonNode source = target.get("source");
        if (source != null && source.isObject()) {
            source = source.get("id");
        }
        return source != null && source.isTextual() ? Optional.of(source.asText()) : Optional.empty();
    }

    /**
     * Imports the annotations whose target is {@code sourceIri} onto {@code text}; {@code file}
     * is only used in messages.
     */
    public static Result importDocument(Path file, List<JsonNode> annotations, String sourceIri, SourceText text, W3cIris iris) {
        return new Run(file, sourceIri, text, iris).run(annotations);
    }

    /** One annotation as read, before it is built. */
    private record Read(String iri, String preferredId, AnnotationType type, int start, int end, String entityIri,
            JsonNode entitySource, String viaIri, QuoteForm form, Boolean checkWorthy, boolean pending, String note) {
    }

    private static final class Run {
        private final Path file;
        private final String sourceIri;
        private final SourceText text;
        private final W3cIris iris;
        private final Anchorer anchorer;
        private final List<Problem> problems = new ArrayList<>();

        Run(Path file, String sourceIri, SourceText text, W3cIris iris) {
            this.file = file;
            this.sourceIri = sourceIri;
            this.text = text;
            this.iris = iris;
            this.anchorer = new Anchorer(text, AnnotationFormat.CONTEXT);
        }

        Result run(List<JsonNode> annotations) {
            List<Read> reads = new ArrayList<>();
            int index = 0;
            for (JsonNode n : annotations) {
                index++;
                if (sourceOf(n).filter(sourceIri::equals).isPresent()) {
                    read(n, index).ifPresent(reads::add);
                }
            }
            reads.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
            DocumentBuilder builder = new DocumentBuilder(text);
            Map<String, Entity> entities = new LinkedHashMap<>();
            Map<String, Annotation> byIri = new HashMap<>();
            for (Read r : reads) {
                if (r.type() == AnnotationType.SPEAKER) {
                    Entity e = entity(builder, entities, r);
                    Annotation a = base(builder, r).withEntity(e.id());
                    byIri.put(r.iri(), builder.add(a));
                }
            }
            for (Read r : reads) {
                if (!r.type().isAttributable()) {
                    continue;
                }
                Annotation a = base(builder, r).withForm(r.type() == AnnotationType.QUOTE ? r.form() : null)
                        .withCheckWorthy(r.type() == AnnotationType.CLAIM ? r.checkWorthy() : null);
                Annotation via = r.viaIri() == null ? null : byIri.get(r.viaIri());
                if (r.viaIri() != null && via == null) {
                    problem(r.iri(), "it links to " + r.viaIri() + ", which is not an imported speaker mention; the link is left out");
                }
                if (r.entityIri() != null) {
                    Entity e = entity(builder, entities, r);
                    if (via != null && !via.entityId().equals(e.id())) {
                        problem(r.iri(), "it links to a mention of another speaker than " + Excerpt.quoted(e.name()) + "; the link is left out");
                        via = null;
                    }
                    a = a.withSpeaker(e.id(), via == null ? null : via.id());
                } else if (via != null) {
                    a = a.withSpeaker(via.entityId(), via.id());
                }
                builder.add(a);
            }
            return new Result(builder.snapshot(), List.copyOf(problems));
        }

        private Annotation base(DocumentBuilder builder, Read r) {
            String id = builder.annotationId(r.preferredId());
            return Annotation.of(id, r.type(), r.start(), r.end()).withNote(r.note()).withPending(r.pending());
        }

        private Entity entity(DocumentBuilder builder, Map<String, Entity> entities, Read r) {
            return entities.computeIfAbsent(r.entityIri(), iri -> {
                JsonNode s = r.entitySource();
                String name = s != null && s.path("name").isTextual() ? s.get("name").asText()
                        : SpeakerNames.displayName(text.slice(r.start(), r.end()));
                EntityKind kind = s != null ? W3cTerms.kindOf(s.path("type").asText(null)) : EntityKind.PERSON;
                return builder.addEntity(iris.entityId(sourceIri, iri).orElse(null), name, kind);
            });
        }

        private Optional<Read> read(JsonNode n, int index) {
            String iri = n.path("id").isTextual() ? n.get("id").asText() : "annotation " + index;
            AnnotationType type = null;
            String entityIri = null;
            JsonNode entitySource = null;
            String viaIri = null;
            QuoteForm form = null;
            Boolean checkWorthy = null;
            boolean pending = false;
            List<String> notes = new ArrayList<>();
            for (JsonNode body : list(n.get("body"))) {
                String purpose = body.path("purpose").asText("");
                String value = body.path("value").asText(null);
                JsonNode source = body.get("source");
                String sourceId = source == null ? null : source.isTextual() ? source.asText() : source.path("id").asText(null);
                switch (purpose) {
                    case W3cTerms.TAGGING -> {
                        Optional<AnnotationType> t = value == null ? Optional.empty() : AnnotationType.fromId(value);
                        if (t.isEmpty()) {
                            problem(iri, "its tag " + Excerpt.quoted(value) + " is not quote, claim or speaker; the tag is left out");
                        } else {
                            type = t.get();
                        }
                    }
                    case W3cTerms.IDENTIFYING -> {
                        entityIri = sourceId;
                        entitySource = source != null && source.isObject() ? source : null;
                    }
                    case W3cTerms.LINKING -> viaIri = sourceId;
                    case W3cTerms.CLASSIFYING -> {
                        if (W3cTerms.CHECK_WORTHY.equals(value)) {
                            checkWorthy = Boolean.TRUE;
                        } else if (W3cTerms.NOT_CHECK_WORTHY.equals(value)) {
                            checkWorthy = Boolean.FALSE;
                        } else if (W3cTerms.PENDING.equals(value)) {
                            pending = true;
                        } else if (value != null && QuoteForm.fromId(value).isPresent()) {
                            form = QuoteForm.fromId(value).get();
                        } else {
                            problem(iri, "its classification " + Excerpt.quoted(value) + " is not one Attrib has; left out");
                        }
                    }
                    case W3cTerms.COMMENTING -> {
                        if (value != null) {
                            notes.add(value);
                        }
                    }
                    default -> problem(iri, "a body with purpose " + Excerpt.quoted(purpose) + " means nothing to Attrib; left out");
                }
            }
            if (type == null) {
                problem(iri, "it has no tag saying quote, claim or speaker; the annotation is left out");
                return Optional.empty();
            }
            Optional<int[]> span = span(n, iri);
            if (span.isEmpty()) {
                return Optional.empty();
            }
            if (type == AnnotationType.SPEAKER && entityIri == null) {
                entityIri = "mention:" + iri;
            }
            return Optional.of(new Read(iri, iris.annotationId(sourceIri, iri).orElse(null), type, span.get()[0], span.get()[1],
                    entityIri, entitySource, viaIri, form, checkWorthy, pending, notes.isEmpty() ? null : String.join("\n", notes)));
        }

        /** The span from the position selector, checked against the quote selector (which wins when they disagree). */
        private Optional<int[]> span(JsonNode n, String iri) {
            JsonNode position = null;
            JsonNode quote = null;
            for (JsonNode selector : list(first(n.get("target")).get("selector"))) {
                String type = selector.path("type").asText("");
                if (W3cTerms.TEXT_POSITION_SELECTOR.equals(type)) {
                    position = selector;
                } else if (W3cTerms.TEXT_QUOTE_SELECTOR.equals(type)) {
                    quote = selector;
                }
            }
            String exact = quote == null ? null : quote.path("exact").asText(null);
            if (position != null && position.path("start").canConvertToInt() && position.path("end").canConvertToInt()) {
                int start = position.get("start").asInt();
                int end = position.get("end").asInt();
                boolean inText = start >= 0 && start < end && end <= text.length();
                if (inText && (exact == null || text.slice(start, end).equals(exact))) {
                    return Optional.of(new int[] {start, end});
                }
                if (exact == null) {
                    problem(iri, "its position [" + start + ", " + end + ") lies outside the text; left out");
                    return Optional.empty();
                }
            }
            if (exact == null || exact.isEmpty()) {
                problem(iri, "it has neither a usable TextPositionSelector nor a TextQuoteSelector; left out");
                return Optional.empty();
            }
            int hint = position != null ? Math.max(0, position.path("start").asInt(0)) : 0;
            int length = exact.codePointCount(0, exact.length());
            StoredAnnotation stored = new StoredAnnotation(Annotation.of("w3c", AnnotationType.QUOTE, hint, hint + length), exact,
                    quote.path("prefix").asText(""), quote.path("suffix").asText(""));
            Optional<Placement> placed = anchorer.place(stored);
            if (placed.isEmpty()) {
                problem(iri, "its quoted text " + Excerpt.quoted(exact) + " is not in the article; left out");
                return Optional.empty();
            }
            if (position != null) {
                problem(iri, "its position does not hold its quoted text; placed by the quote at [" + placed.get().start()
                        + ", " + placed.get().end() + ")");
            }
            return Optional.of(new int[] {placed.get().start(), placed.get().end()});
        }

        /** A problem with the annotation {@code iri} names (shortened: it comes from the file). */
        private void problem(String iri, String reason) {
            problems.add(new Problem(file, Excerpt.of(iri), reason));
        }
    }

    private static JsonNode first(JsonNode n) {
        if (n != null && n.isArray()) {
            return n.size() == 0 ? null : n.get(0);
        }
        return n;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(out::add);
        } else {
            out.add(n);
        }
        return out;
    }
}
