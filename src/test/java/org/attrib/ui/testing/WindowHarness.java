package org.attrib.ui.testing;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.attrib.core.model.Annotation;
import org.attrib.ui.app.AppPreferences;
import org.attrib.ui.launch.AttribApp;
import org.attrib.ui.document.DocumentViewModel;
import org.attrib.ui.window.MainWindow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens real Attrib windows for TestFX tests and reads what they show. */
public final class WindowHarness {

    private final FxRobot robot;
    private final ExecutorService io;

    public WindowHarness(FxRobot robot, ExecutorService io) {
        this.robot = robot;
        this.io = io;
    }

    /**
     * Opens a window on an article and waits until its text is shown. Preferences start from
     * scratch with autosave off, so that a test decides when its document is saved.
     */
    public MainWindow open(Path article) {
        AppPreferences prefs = AppPreferences.load();
        prefs.clear();
        AppPreferences.load().setAutosaveDelay(java.time.Duration.ZERO);
        return openKeepingPreferences(article);
    }

    /** Opens a window on an article without waiting for it (when a dialog is expected first). */
    public MainWindow openWithoutWaiting(Path article) {
        AppPreferences.load().clear();
        AppPreferences.load().setAutosaveDelay(java.time.Duration.ZERO);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> window[0] = AttribApp.open(new Stage(), io));
        javafx.application.Platform.runLater(() -> window[0].openAfterAsking(article));
        return window[0];
    }

    /** Opens a window with the preferences as the previous window left them. */
    public MainWindow openKeepingPreferences(Path article) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = AttribApp.open(new Stage(), io);
            window[0].openAfterAsking(article);
        });
        UiTestSupport.waitUntil("the article is shown", () -> document(window[0]) != null
                && window[0].article().area().getLength() > 0);
        return window[0];
    }

    public static DocumentViewModel document(MainWindow w) {
        return w.mainViewModel().document();
    }

    public static StyleClassedTextArea area(MainWindow w) {
        return w.article().area();
    }

    @SuppressWarnings("unchecked")
    public TableView<Annotation> table(MainWindow w) {
        return (TableView<Annotation>) robot.from(w.stage().getScene().getRoot()).lookup("#annotation-table").query();
    }

    /** Selects chars [from, to) in the article as the keyboard would leave them. */
    public void select(MainWindow w, int from, int to) {
        robot.interact(() -> area(w).selectRange(from, to));
    }

    /** Clicks the middle of the char at {@code charOffset} (which must be on screen). */
    public void clickChar(MainWindow w, int charOffset) {
        javafx.geometry.Bounds b = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> area(w).getCharacterBoundsOnScreen(charOffset, charOffset + 1).orElseThrow());
        robot.clickOn(b.getMinX() + b.getWidth() / 2, b.getCenterY(), javafx.scene.input.MouseButton.PRIMARY);
        settle();
    }

    public static Collection<String> styleAt(MainWindow w, int charOffset) {
        return area(w).getStyleOfChar(charOffset);
    }

    public void settle() {
        UiTestSupport.settleFrames();
    }

    /** The menu item reached through menus named {@code path} (their texts, mnemonics included). */
    public MenuItem menuItem(MainWindow w, String... path) {
        MenuBar bar = robot.from(w.stage().getScene().getRoot()).lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = bar.getMenus().stream().map(MenuItem.class::cast).toList();
        MenuItem found = null;
        for (String name : path) {
            found = items.stream().filter(i -> name.equals(i.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item " + name));
            items = found instanceof Menu m ? m.getItems() : List.of();
        }
        return found;
    }
}
