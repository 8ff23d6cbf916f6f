package org.attrib.ui.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;

import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.Annotation;
import org.attrib.core.model.AnnotationType;
import org.attrib.testsupport.SampleArticle;
import org.attrib.ui.article.HighlightsViewModel;
import org.attrib.ui.article.NavigationViewModel;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.speakers.SpeakersViewModel;
import org.attrib.ui.suggest.SuggestViewModel;
import org.attrib.ui.tagging.TaggingViewModel;

/**
 * The sample article opened in the view-models alone, without a window or a JavaFX thread: every
 * executor runs at once, on the test's thread, so what needs no keys, focus or rendering is tested
 * in milliseconds.
 */
public final class OpenedSample {

    private static final Executor NOW = Runnable::run;

    public final Path story;
    public final DocumentViewModel doc;
    public final TaggingViewModel tagging;
    public final NavigationViewModel navigation;
    public final SuggestViewModel suggest;
    public final SpeakersViewModel speakers;
    public final String text;

    /** Copies the sample article into {@code dir} (without its annotations) and opens it. */
    public OpenedSample(Path dir) throws Exception {
        story = dir.resolve("story.txt");
        Files.copy(SampleArticle.SAMPLE, story);
        doc = new DocumentViewModel(DocumentFiles.open(story), false, Duration.ZERO, NOW, NOW);
        HighlightsViewModel highlights = new HighlightsViewModel(doc);
        tagging = new TaggingViewModel(doc);
        navigation = new NavigationViewModel(doc);
        suggest = new SuggestViewModel(doc, navigation);
        speakers = new SpeakersViewModel(doc, highlights);
        text = doc.text();
    }

    /** Where {@code s} first occurs in the article, in UTF-16 chars: {@code [start, end)}. */
    public int[] span(String s) {
        int at = text.indexOf(s);
        assertThat(at).as(s).isNotNegative();
        return new int[] {at, at + s.length()};
    }

    /** Tags the first occurrence of {@code s} as the analyst would with a selection and a type key. */
    public Annotation tag(AnnotationType type, String s) {
        int[] r = span(s);
        return tagging.tag(type, r[0], r[1], false).orElseThrow();
    }
}
