package org.attrib.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.testsupport.Fixtures;

class DocumentFinderTest {

    @TempDir
    Path tmp;

    @Test
    void foldersAreSearchedRecursivelyAndEachArticleIsListedOnceByItsRelativeName() {
        Path corpus = Fixtures.corpus(tmp);
        DocumentFinder.Found found = DocumentFinder.find(List.of(corpus, corpus.resolve(Fixtures.UNICODE)));
        assertThat(found.problems()).isEmpty();
        assertThat(found.documents()).extracting(DocumentRef::name).containsExactly(Fixtures.UNICODE, Fixtures.VOA);
        DocumentRef voa = found.documents().get(1);
        assertThat(voa.source()).isEqualTo(corpus.resolve(Fixtures.VOA));
        assertThat(voa.annotationFile().getFileName().toString()).isEqualTo("voa-2019-12-04-us-mexico-cartel-tools.annotations.json");
    }

    @Test
    void anAnnotationFileStandsForTheArticleNamedLikeIt() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Path renamed = corpus.resolve("renamed.annotations.json");
        Files.move(corpus.resolve("unicode.annotations.json"), renamed);
        DocumentFinder.Found found = DocumentFinder.find(List.of(renamed));
        // Not the "unicode.txt" it records: a name in a file is never followed to a file.
        assertThat(found.documents()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo(corpus.resolve("renamed.txt"));
            assertThat(d.annotationFile()).isEqualTo(renamed);
        });
        Files.writeString(corpus.resolve("broken.annotations.json"), "{ not json");
        assertThat(DocumentFinder.find(List.of(corpus.resolve("broken.annotations.json"))).documents())
                .singleElement().satisfies(d -> assertThat(d.source()).isEqualTo(corpus.resolve("broken.txt")));
    }

    @Test
    void hiddenFoldersAndOtherFilesAreSkippedAndBadInputsReported() throws Exception {
        Path corpus = Fixtures.corpus(tmp);
        Files.createDirectories(corpus.resolve(".git"));
        Files.writeString(corpus.resolve(".git/notes.txt"), "not an article");
        Files.writeString(corpus.resolve("README.md"), "# corpus");
        DocumentFinder.Found found = DocumentFinder.find(List.of(corpus, tmp.resolve("missing"), corpus.resolve("README.md")));
        assertThat(found.documents()).hasSize(2);
        assertThat(found.problems()).extracting(Problem::toString).containsExactly(
                tmp.resolve("missing") + ": no such file or folder",
                corpus.resolve("README.md") + ": not an article (.txt) nor an annotation file (.annotations.json)");
    }

    @Test
    void twoArticlesWithOneNameAreBothFoundButNotBothExported() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a")).resolve("story.txt");
        Path b = Files.createDirectories(tmp.resolve("b")).resolve("story.txt");
        Files.writeString(a, "one");
        Files.writeString(b, "two");
        assertThat(DocumentFinder.find(List.of(a, b)).documents()).extracting(DocumentRef::source).containsExactly(a, b);
        DocumentFinder.Found found = DocumentFinder.find(List.of(a, b), true);
        assertThat(found.documents()).extracting(DocumentRef::source).containsExactly(a);
        assertThat(found.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(b);
            assertThat(p.reason()).contains("same name \"story.txt\"");
        });
    }
}
