package org.attrib.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.attrib.core.compare.AnnotationSet;
import org.attrib.core.compare.Category;
import org.attrib.core.compare.Comparison;
import org.attrib.core.io.DocumentFiles;
import org.attrib.core.model.AnnotatedDocument;

/**
 * The seed article, annotated by hand (seed-gold/), against the suggester: a regression guard for
 * the targets on direct quotes (span F1 >= 0.95, attribution >= 0.90).
 */
class SeedGoldTest {

    @Test
    void theSuggesterMeetsTheTargetsOnTheSeedArticle() throws Exception {
        Path article = Path.of(SeedGoldTest.class.getResource("seed-gold/voa-2019-12-04-us-mexico-cartel-tools.txt").toURI());
        AnnotatedDocument gold = DocumentFiles.open(article).document();
        AnnotatedDocument pred = new AnnotatedDocument(gold.source());
        SuggestionMerger.merge(pred, new Suggester().suggest(gold.source())).edit().redo();

        Comparison c = Comparison.of(AnnotationSet.of(gold, false), AnnotationSet.of(pred, true));

        assertThat(c.exact().get(Category.DIRECT_QUOTE).f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(c.attribution().get(Category.DIRECT_QUOTE).accuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(c.exact().get(Category.QUOTE).f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(c.overlap().get(Category.CLAIM).f1()).isGreaterThanOrEqualTo(0.8);
        assertThat(c.overlap().get(Category.SPEAKER).f1()).isGreaterThanOrEqualTo(0.8);
    }
}
