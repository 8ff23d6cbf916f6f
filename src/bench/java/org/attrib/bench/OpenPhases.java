package org.attrib.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.attrib.core.io.DocumentFiles;
import org.attrib.ui.article.StyledArticle;
import org.attrib.ui.document.DocumentViewModel;

/**
 * The background half of opening an article, step by step, without a window: where the time
 * of {@code open.phase.background} goes. Run with {@code -Xlog:gc} to see the collections it causes.
 * Arguments: the bench folder, the article (100kb, 1mb, 5mb), the number of opens.
 */
public final class OpenPhases {

    private OpenPhases() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Article.of(args[1]).source(Path.of(args[0]));
        int opens = Integer.parseInt(args[2]);
        ExecutorService background = Executors.newSingleThreadExecutor();
        String[] names = {"files (DocumentFiles.open)", "view-model", "style spans", "styled article", "total"};
        double[][] ms = new double[names.length][opens];
        for (int i = 0; i < opens; i++) {
            System.gc();
            long t0 = System.nanoTime();
            DocumentFiles.Opened opened = DocumentFiles.open(source);
            long t1 = System.nanoTime();
            DocumentViewModel vm = new DocumentViewModel(opened, false, Duration.ZERO, background, Runnable::run);
            long t2 = System.nanoTime();
            var spans = new org.attrib.ui.article.HighlightsViewModel(vm).styleSpans(0, vm.text().length());
            long t3 = System.nanoTime();
            StyledArticle styled = StyledArticle.of(vm.text(), spans);
            long t4 = System.nanoTime();
            long[] t = {t0, t1, t2, t3, t4};
            for (int p = 0; p < 4; p++) {
                ms[p][i] = (t[p + 1] - t[p]) / 1e6;
            }
            ms[4][i] = (t4 - t0) / 1e6;
            System.out.printf("open %d: %.1f ms%n", i, ms[4][i]);
            if (styled.take() == null) {
                throw new IllegalStateException("nothing styled");
            }
            vm.close();
        }
        for (int p = 0; p < names.length; p++) {
            double[] sorted = ms[p].clone();
            Arrays.sort(sorted);
            System.out.printf("%-28s median %7.1f ms   min %7.1f   max %7.1f%n", names[p], sorted[opens / 2], sorted[0], sorted[opens - 1]);
        }
        background.shutdown();
    }
}
