package org.attrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.attrib.core.format.AnnotationFormat;
import org.attrib.core.format.DocumentSnapshot;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.core.model.DocumentStatus;
import org.attrib.core.text.SourceText;
import org.attrib.core.text.SourceTextLoader;
import org.attrib.testsupport.LongArticles;

/**
 * A 10 MB article on one line, with every quote of it annotated (some ten thousand, each text
 * occurring a couple of hundred times): opening it, re-anchoring all its annotations after a line
 * is added above, validate and stats all finish in seconds, as for the same text in paragraphs.
 */
class LongLineFilesTest {

    private static final Pattern QUOTE = Pattern.compile("“[^”“]{1,400}”");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTenMegabyteLineOpensReanchorsValidatesAndCounts() throws Exception {
        Path article = dir.resolve("long.txt");
        Files.writeString(article, LongArticles.oneLine(10 << 20), StandardCharsets.UTF_8);
        SourceText text = SourceTextLoader.load(article);
        List<Annotation> quotes = new ArrayList<>();
        Matcher m = QUOTE.matcher(text.text());
        while (m.find()) {
            quotes.add(Annotation.of("q" + quotes.size(), AnnotationType.QUOTE, text.toCodePoint(m.start()), text.toCodePoint(m.end())));
        }
        assertThat(quotes).hasSizeGreaterThan(5_000);
        DocumentFiles.save(new DocumentSnapshot(text, DocumentStatus.IN_PROGRESS, List.of(), quotes, List.of()),
                AnnotationFormat.annotationFileFor(article));

        assertThat(DocumentFiles.open(article).document().size()).isEqualTo(quotes.size());

        CliRun validate = CliRun.of("validate", article);
        assertThat(validate.exitCode()).isEqualTo(AttribCli.OK);
        CliRun stats = CliRun.of("stats", article);
        assertThat(stats.out()).contains(quotes.size() + " quotes");

        Files.writeString(article, "Print this page.\n" + text.text(), StandardCharsets.UTF_8);
        DocumentFiles.Opened changed = DocumentFiles.open(article);
        assertThat(changed.report().sourceChanged()).isTrue();
        assertThat(changed.report().orphaned()).isZero();
        assertThat(changed.document().annotation("q0").orElseThrow().start()).isEqualTo(quotes.get(0).start() + 17);
    }
}
