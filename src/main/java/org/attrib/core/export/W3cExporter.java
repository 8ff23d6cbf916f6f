package org.attrib.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attrib.core.jsonfile.PrettyJson;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;

/**
 * Exports each article's annotations as a W3C Web Annotation collection (JSON-LD,
 * https://www.w3.org/TR/annotation-model/), one file per article: {@code world/story.txt}
 * becomes {@code world/story.w3c.jsonld}, an {@code AnnotationCollection} whose first page holds
 * every annotation. Each annotation stands alone (it carries its own {@code @context}):
 *
 * <ul>
 * <li>its target is the article's IRI with a {@code TextQuoteSelector} (exact text, prefix,
 *     suffix) and a {@code TextPositionSelector} (code points, as the model requires);</li>
 * <li>a {@code tagging} text body says quote, claim or speaker;</li>
 * <li>an {@code identifying} body names the entity (a mention's, or the speaker a quote or
 *     claim is attributed to) with its IRI, FOAF type and name;</li>
 * <li>a {@code linking} body points at the speaker mention it was attributed through;</li>
 * <li>{@code classifying} bodies carry a quote's form, a claim's check-worthiness and the
 *     pending mark of suggestions; a {@code commenting} body carries the note.</li>
 * </ul>
 */
public final class W3cExporter implements Exporter {

    public static final String SUFFIX = ".w3c.jsonld";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path outDir;
    private final W3cIris iris;

    public W3cExporter(Path outDir, W3cIris iris) {
        this.outDir = outDir;
        this.iris = iris;
    }

    @Override
    public List<String> export(ExportDocument doc) throws IOException {
        Path file = outDir.resolve(ExportPaths.stem(doc.name()) + SUFFIX);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, toBytes(collection(doc, iris)));
        return LostInExport.orphans(doc);
    }

    @Override
    public void finish() {
        // Every file is complete when its document is exported.
    }

    /** The article's annotations as one {@code AnnotationCollection}. */
    public static ObjectNode collection(ExportDocument doc, W3cIris iris) {
        String source = iris.source(doc.name());
        ObjectNode c = NODES.objectNode();
        c.put("@context", W3cTerms.CONTEXT);
        c.put("id", iris.collection(source));
        c.put("type", W3cTerms.COLLECTION);
        c.put("label", "Attrib annotations of " + doc.name());
        List<Annotation> annotations = doc.annotations();
        c.put("total", annotations.size());
        if (!annotations.isEmpty()) {
            ObjectNode page = c.putObject("first");
            page.put("id", iris.page(source));
            page.put("type", W3cTerms.PAGE);
            page.put("startIndex", 0);
            ArrayNode items = page.putArray("items");
            for (Annotation a : annotations) {
                items.add(annotation(doc, a, iris, source));
            }
        }
        return c;
    }

    static ObjectNode annotation(ExportDocument doc, Annotation a, W3cIris iris, String source) {
        ObjectNode n = NODES.objectNode();
        n.put("@context", W3cTerms.CONTEXT);
        n.put("id", iris.annotation(source, a.id()));
        n.put("type", W3cTerms.ANNOTATION);
        n.put("motivation", a.type() == AnnotationType.SPEAKER ? W3cTerms.IDENTIFYING : W3cTerms.TAGGING);
        ArrayNode body = n.putArray("body");
        body.add(textualBody(W3cTerms.TAGGING, a.type().id()));
        doc.entityOf(a).ifPresent(e -> body.add(entityBody(e, iris.entity(source, e.id()))));
        doc.annotation(a.viaId()).ifPresent(via -> {
            ObjectNode link = body.addObject();
            link.put("type", W3cTerms.SPECIFIC_RESOURCE);
            link.put("purpose", W3cTerms.LINKING);
            link.put("source", iris.annotation(source, via.id()));
        });
        if (a.form() != null) {
            body.add(textualBody(W3cTerms.CLASSIFYING, a.form().id()));
        }
        if (a.checkWorthy() != null) {
            body.add(textualBody(W3cTerms.CLASSIFYING, a.checkWorthy() ? W3cTerms.CHECK_WORTHY : W3cTerms.NOT_CHECK_WORTHY));
        }
        if (a.pending()) {
            body.add(textualBody(W3cTerms.CLASSIFYING, W3cTerms.PENDING));
        }
        if (a.note() != null) {
            body.add(textualBody(W3cTerms.COMMENTING, a.note()));
        }
        n.set("target", target(doc.source(), a, source));
        return n;
    }

    private static ObjectNode entityBody(Entity e, String iri) {
        ObjectNode b = NODES.objectNode();
        b.put("type", W3cTerms.SPECIFIC_RESOURCE);
        b.put("purpose", W3cTerms.IDENTIFYING);
        ObjectNode s = b.putObject("source");
        s.put("id", iri);
        W3cTerms.agentType(e.kind()).ifPresent(t -> s.put("type", t));
        s.put("name", e.name());
        return b;
    }

    private static ObjectNode textualBody(String purpose, String value) {
        ObjectNode b = NODES.objectNode();
        b.put("type", W3cTerms.TEXTUAL_BODY);
        b.put("purpose", purpose);
        b.put("value", value);
        return b;
    }

    private static ObjectNode target(SourceText text, Annotation a, String source) {
        ObjectNode t = NODES.objectNode();
        t.put("source", source);
        ArrayNode selectors = t.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", W3cTerms.TEXT_QUOTE_SELECTOR);
        quote.put("exact", text.slice(a.start(), a.end()));
        String prefix = text.slice(Math.max(0, a.start() - ExportPaths.CONTEXT), a.start());
        String suffix = text.slice(a.end(), Math.min(text.length(), a.end() + ExportPaths.CONTEXT));
        if (!prefix.isEmpty()) {
            quote.put("prefix", prefix);
        }
        if (!suffix.isEmpty()) {
            quote.put("suffix", suffix);
        }
        ObjectNode position = selectors.addObject();
        position.put("type", W3cTerms.TEXT_POSITION_SELECTOR);
        position.put("start", a.start());
        position.put("end", a.end());
        return t;
    }

    /** Pretty-printed as annotation files are, ending in a line break. */
    static byte[] toBytes(ObjectNode node) {
        return PrettyJson.toBytes(JsonOutput.factory(), 8192, g -> MAPPER.writeTree(g, node));
    }
}
