package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;

class SuggestCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesSuggestionsAsPendingAnnotationsIntoANewAnnotationFile() throws Exception {
        Path story = CliRun.article(dir, "story.txt", CliRun.ARTICLE);

        CliRun r = CliRun.of("suggest", story.toString());

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.out()).contains("story.annotations.json").contains("2 quotes").contains("1 claims");
        AnnotatedDocument doc = DocumentFiles.open(story).document();
        assertThat(doc.size()).isPositive();
        assertThat(doc.pendingCount()).isEqualTo(doc.size());
        assertThat(doc.annotations()).filteredOn(a -> a.type() == AnnotationType.QUOTE)
                .extracting(doc::textOf).containsExactly("We have to work with them,", "We are ready.");
        assertThat(doc.entityNamed("Hugo Rodriguez")).isPresent();
    }

    @Test
    void leavesTheAnalystsAnnotationsAsTheyAreAndDoesNotRepeatThem() throws Exception {
        Path story = CliRun.article(dir, "story.txt", CliRun.ARTICLE);
        CliRun.annotate(story, CliRun.annotationFile(story), false);
        List<Annotation> before = DocumentFiles.open(story).document().annotations();

        CliRun r = CliRun.of("suggest", story.toString());

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.out()).contains("already annotated");
        AnnotatedDocument doc = DocumentFiles.open(story).document();
        assertThat(doc.annotations()).containsAll(before);
        assertThat(doc.count(AnnotationType.QUOTE)).isEqualTo(2);
        assertThat(doc.annotations()).filteredOn(Annotation::pending).extracting(a -> a.type())
                .containsOnly(AnnotationType.SPEAKER, AnnotationType.CLAIM);
    }

    @Test
    void suggestingTwiceAddsNothingTheSecondTime() throws Exception {
        Path story = CliRun.article(dir, "story.txt", CliRun.ARTICLE);
        CliRun.of("suggest", story.toString());
        int size = DocumentFiles.open(story).document().size();

        CliRun r = CliRun.of("suggest", story.toString());

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.out()).contains("0 suggestion(s) added");
        assertThat(DocumentFiles.open(story).document().size()).isEqualTo(size);
    }

    @Test
    void anUnreadableAnnotationFileIsReportedAndNeverOverwritten() throws Exception {
        Path story = CliRun.article(dir, "story.txt", CliRun.ARTICLE);
        Path file = CliRun.annotationFile(story);
        Files.writeString(file, "{ not json", StandardCharsets.UTF_8);

        CliRun r = CliRun.of("suggest", story.toString());

        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.err()).contains("story.annotations.json").contains("left untouched");
        assertThat(Files.readString(file)).isEqualTo("{ not json");
    }

    @Test
    void takesFoldersRecursivelyAndSeveralPaths() throws Exception {
        Path a = CliRun.article(dir.resolve("corpus"), "a.txt", CliRun.ARTICLE);
        Path b = CliRun.article(dir.resolve("corpus/sub"), "b.txt", CliRun.ARTICLE);
        Path c = CliRun.article(dir, "c.txt", CliRun.ARTICLE);

        CliRun r = CliRun.of("suggest", dir.resolve("corpus").toString(), c.toString());

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(CliRun.annotationFile(a)).exists();
        assertThat(CliRun.annotationFile(b)).exists();
        assertThat(CliRun.annotationFile(c)).exists();
    }

    @Test
    void outWritesToAnotherFileAndLeavesTheArticlesOwnAlone() throws Exception {
        Path story = CliRun.article(dir, "story.txt", CliRun.ARTICLE);
        Path out = dir.resolve("elsewhere/suggested.json");
        Files.createDirectories(out.getParent());

        CliRun r = CliRun.of("suggest", story.toString(), "--out", out.toString());

        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(out).exists();
        assertThat(CliRun.annotationFile(story)).doesNotExist();
        assertThat(Files.readString(out)).contains("\"pending\": true").contains("\"file\": \"story.txt\"");
    }

    @Test
    void outTakesOneArticleOnly() throws Exception {
        Path a = CliRun.article(dir, "a.txt", CliRun.ARTICLE);
        Path b = CliRun.article(dir, "b.txt", CliRun.ARTICLE);

        CliRun r = CliRun.of("suggest", a.toString(), b.toString(), "--out", dir.resolve("x.json").toString());

        assertThat(r.exitCode()).isEqualTo(AttribCli.USAGE);
        assertThat(r.err()).contains("--out takes exactly one article");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }

    @Test
    void missingPathsAndAnnotationFilesGivenAsArticlesAreProblems() throws Exception {
        Path story = CliRun.article(dir, "story.txt", CliRun.ARTICLE);
        CliRun.of("suggest", story.toString());

        CliRun missing = CliRun.of("suggest", dir.resolve("nope.txt").toString(), story.toString());
        assertThat(missing.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(missing.err()).contains("nope.txt").contains("no such file");

        CliRun wrong = CliRun.of("suggest", CliRun.annotationFile(story).toString());
        assertThat(wrong.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(wrong.err()).contains("annotation file");

        CliRun empty = CliRun.of("suggest", Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(empty.exitCode()).isEqualTo(AttribCli.PROBLEMS);
    }

    @Test
    void anArticleThatIsNotUtf8IsAProblem() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', (byte) 0xff, 'b'});
        CliRun r = CliRun.of("suggest", bad.toString());
        assertThat(r.exitCode()).isEqualTo(AttribCli.PROBLEMS);
        assertThat(r.err()).contains("bad.txt");
        assertThat(CliRun.annotationFile(bad)).doesNotExist();
    }

    @Test
    void noPathIsAUsageError() {
        assertThat(CliRun.of("suggest").exitCode()).isEqualTo(AttribCli.USAGE);
    }

    @Test
    void severalArticlesDrawNoProgressBarWithoutATerminal() throws Exception {
        CliRun.article(dir.resolve("corpus"), "a.txt", CliRun.ARTICLE);
        CliRun.article(dir.resolve("corpus"), "b.txt", CliRun.ARTICLE);
        CliRun.article(dir.resolve("corpus"), "c.txt", CliRun.ARTICLE);
        CliRun r = CliRun.of("suggest", dir.resolve("corpus").toString());
        assertThat(r.exitCode()).isEqualTo(AttribCli.OK);
        assertThat(r.outLines()).hasSize(3).allMatch(line -> !line.contains("\r") && line.contains("suggestion(s) added"));
        // The bar is drawn only on a terminal: in a pipe or a test, standard error stays clean.
        assertThat(r.err()).isEmpty();
    }
}
