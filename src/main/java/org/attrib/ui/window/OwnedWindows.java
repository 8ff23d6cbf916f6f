package org.attrib.ui.window;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.attrib.ui.app.MainViewModel;
import org.attrib.ui.article.ArticleView;
import org.attrib.ui.corpus.CorpusSpeakersWindow;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.widgets.PulseHook;
import org.attrib.ui.widgets.SecondaryWindows;

/**
 * The windows the main window owns (the corpus speakers view, compare, import): one of each, and
 * never over the annotation the analyst is looking at.
 */
final class OwnedWindows {

    private final Stage owner;
    private final MainViewModel main;
    private final ArticleView article;
    private final PulseHook afterReveal;
    private CorpusSpeakersWindow corpusWindow;

    OwnedWindows(Stage owner, MainViewModel main, ArticleView article) {
        this.owner = owner;
        this.main = main;
        this.article = article;
        // Once the revealed annotation is laid out: before, its place on screen is not known.
        this.afterReveal = new PulseHook(article.area(), PulseHook.When.AFTER_LAYOUT, this::stepAsideFromTheSelection);
        main.shownForOthersProperty().addListener((o, b, n) -> afterReveal.request());
    }

    /** The corpus speakers view of the open folder; when it is open already, brought to the front. */
    CorpusSpeakersWindow openCorpusSpeakers() {
        if (corpusWindow != null && corpusWindow.stage().isShowing()) {
            corpusWindow.stage().toFront();
            corpusWindow.stage().requestFocus();
            return corpusWindow;
        }
        var vm = main.corpusSpeakers();
        if (vm == null) {
            main.messageProperty().set("Open a folder first (Ctrl+Shift+O): this view gathers its speakers across articles.");
            return null;
        }
        corpusWindow = new CorpusSpeakersWindow(owner, vm);
        corpusWindow.open();
        return corpusWindow;
    }

    /** Moves the owned windows off the annotation they just had selected. */
    private void stepAsideFromTheSelection() {
        DocumentViewModel d = main.document();
        if (d == null || d.getSelected() == null) {
            return;
        }
        int[] r = d.charRange(d.getSelected());
        article.area().getCharacterBoundsOnScreen(r[0], Math.max(r[0] + 1, Math.min(r[1], r[0] + 200))).ifPresent(span -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof Stage s && s != owner && s.getOwner() == owner && s.isShowing()) {
                    SecondaryWindows.stepAside(s, span);
                }
            }
        });
    }
}
