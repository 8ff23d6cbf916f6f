package org.attrib.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attrib.core.batch.Problem;
import org.attrib.core.batch.RunListener;
import org.attrib.core.format.AnnotationFormat;
import org.attrib.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two analysts' files paired and compared, as {@code attrib agree} does. */
class AgreementTest {

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();
    private final RunListener told = new RunListener() {
        @Override
        public void warning(String message) {
        }

        @Override
        public void problem(Problem problem) {
            problems.add(problem);
        }
    };

    @Test
    void foldersArePairedByRelativePathAndAFileWithoutPartnerIsToldAndLeftOut() throws Exception {
        Path a = Fixtures.corpus(dir.resolve("a"));
        Path b = Fixtures.corpus(dir.resolve("b"));
        Files.delete(AnnotationFormat.annotationFileFor(b.resolve(Fixtures.UNICODE)));

        List<Agreement.Pair> pairs = Agreement.pairs(a, b, told);

        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(a.relativize(p.a())).isEqualTo(b.relativize(p.b()));
            assertThat(Agreement.compare(p).documents()).isEqualTo(1);
        });
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("missing; ").contains("unicode"));
    }

    @Test
    void anArticleStandsForItsAnnotationFileAndAFileAndAFolderAreNotCompared() throws Exception {
        Path a = Fixtures.corpus(dir.resolve("a"));
        Path article = a.resolve(Fixtures.VOA);

        assertThat(Agreement.pairs(article, AnnotationFormat.annotationFileFor(article), told)).singleElement()
                .satisfies(p -> assertThat(p.a()).isEqualTo(p.b()).isEqualTo(AnnotationFormat.annotationFileFor(article)));
        assertThatThrownBy(() -> Agreement.pairs(article, a, told)).isInstanceOf(Agreement.NotComparableException.class)
                .hasMessageContaining("is a folder");
        assertThat(problems).isEmpty();
    }
}
