package org.attrib.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.attrib.core.corpus.SampleCorpus;
import org.attrib.core.format.AnnotationFileWriter;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.Entity;

/**
 * The bundled corpora are gold data (the sample in {@code annotations/}, the Wikinews gold in
 * {@code annotations/wikinews/heldout} and {@code tune}): every article has its annotation file,
 * the file was written for exactly this text, every quote and claim is attributed through a
 * mention of its speaker, nothing is a pending suggestion, the file passes the format's JSON
 * Schema, and the app writes it back byte for byte.
 */
class SampleCorpusFilesTest {

    private static JsonSchema schema;

    private static Path folder() {
        return Paths.get(System.getProperty(SampleCorpus.PROPERTY, "annotations"));
    }

    /** The gold folders: the sample, and the Wikinews gold's two parts. */
    private static List<Path> folders() {
        Path wikinews = folder().resolve("wikinews");
        return List.of(folder(), wikinews.resolve("heldout"), wikinews.resolve("tune"));
    }

    private static List<Path> articles() throws IOException {
        return articles(folder());
    }

    private static List<Path> articles(Path in) throws IOException {
        try (Stream<Path> files = Files.list(in)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Where a gold folder's articles are listed: its own SOURCES.md, or its parent's. */
    private static Path sources(Path in) {
        Path own = in.resolve("SOURCES.md");
        return Files.exists(own) ? own : in.getParent().resolve("SOURCES.md");
    }

    @Test
    void theFolderHoldsArticles() throws IOException {
        assertThat(folder()).isDirectory();
        assertThat(articles()).as("articles in %s", folder()).isNotEmpty();
    }

    @Test
    void everyArticleIsListedInSources() throws IOException {
        for (Path in : folders()) {
            Path sources = sources(in);
            assertThat(sources).as("the corpus records where its articles come from").exists();
            String text = Files.readString(sources);
            assertThat(articles(in)).as("articles in %s", in).isNotEmpty();
            for (Path article : articles(in)) {
                assertThat(text).as("%s names %s", sources, article.getFileName()).contains(article.getFileName().toString());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyArticleHasCheckedGoldAnnotations() throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (Path in : folders()) {
            all.addAll(articles(in));
        }
        return all.stream().map(article -> DynamicTest.dynamicTest(article.getParent().getFileName() + "/"
                + article.getFileName(), () -> checkArticle(article)));
    }

    @Test
    void theWikinewsGoldHoldsFortyArticlesOrMoreSplitBeforeTuning() throws IOException {
        Path wikinews = folder().resolve("wikinews");
        assertThat(articles(wikinews.resolve("heldout")).size() + articles(wikinews.resolve("tune")).size()).isGreaterThanOrEqualTo(40);
        for (Path held : articles(wikinews.resolve("heldout"))) {
            assertThat(wikinews.resolve("tune").resolve(held.getFileName())).as("an article in both parts").doesNotExist();
        }
    }

    private static synchronized JsonSchema schema() throws IOException {
        if (schema == null) {
            try (InputStream in = AnnotationFormat.class.getResourceAsStream(AnnotationFormat.SCHEMA_RESOURCE)) {
                assertThat(in).as("schema %s on the class path", AnnotationFormat.SCHEMA_RESOURCE).isNotNull();
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            }
        }
        return schema;
    }

    private static void checkArticle(Path article) throws Exception {
        Path annotationFile = AnnotationFormat.annotationFileFor(article);
        assertThat(annotationFile).as("annotation file of %s", article.getFileName()).exists();
        assertThat(DocumentFiles.readContent(annotationFile).version()).isEqualTo(AnnotationFormat.VERSION);

        DocumentFiles.Opened opened = DocumentFiles.open(article);
        assertThat(opened.report().sourceChanged()).as("%s was written for another version of the text", annotationFile)
                .isFalse();
        AnnotatedDocument doc = opened.document();
        assertThat(doc.orphans()).as("orphans in %s", annotationFile).isEmpty();
        assertThat(doc.pendingCount()).as("pending suggestions in %s", annotationFile).isZero();
        assertThat(doc.count(AnnotationType.QUOTE) + doc.count(AnnotationType.CLAIM))
                .as("quotes and claims in %s", annotationFile).isPositive();

        for (Annotation a : doc.annotations()) {
            String what = annotationFile.getFileName() + " " + a.type().id() + " " + a.id() + " \"" + doc.textOf(a) + "\"";
            assertThat(a.pending()).as(what).isFalse();
            if (a.type() == AnnotationType.SPEAKER) {
                assertThat(doc.entity(a.entityId())).as("entity of %s", what).isPresent();
                continue;
            }
            assertThat(a.speakerId()).as("speaker of %s", what).isNotNull();
            assertThat(doc.entity(a.speakerId())).as("speaker entity of %s", what).isPresent();
            assertThat(a.viaId()).as("mention that %s is attributed through", what).isNotNull();
            Annotation via = doc.annotation(a.viaId()).orElse(null);
            assertThat(via).as("via of %s", what).isNotNull();
            assertThat(via.type()).as("via of %s", what).isEqualTo(AnnotationType.SPEAKER);
            assertThat(via.entityId()).as("via of %s mentions its speaker", what).isEqualTo(a.speakerId());
        }
        for (Entity e : doc.entities()) {
            assertThat(doc.mentionsOf(e.id())).as("mentions of %s in %s", e.name(), annotationFile).isNotEmpty();
        }

        byte[] onDisk = Files.readAllBytes(annotationFile);
        Set<ValidationMessage> problems = schema().validate(new ObjectMapper().readTree(onDisk));
        assertThat(problems).as("%s against the format's JSON Schema", annotationFile).isEmpty();
        byte[] rewritten = AnnotationFileWriter.toBytes(DocumentSnapshot.of(doc));
        assertThat(new String(rewritten, StandardCharsets.UTF_8))
                .as("%s as the app writes it", annotationFile)
                .isEqualTo(new String(onDisk, StandardCharsets.UTF_8));
        assertThat(rewritten).isEqualTo(onDisk);
    }
}
