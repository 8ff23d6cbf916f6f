package org.attrib.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.attrib.ui.testing.UiTestSupport;
import org.attrib.ui.app.AppPreferences;
import org.attrib.ui.launch.AttribApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** The command registry: every command has its own keys, shows in F1 and is in a menu. */
@ExtendWith(ApplicationExtension.class)
class CommandsTest {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static List<MenuItem> items(Menu m) {
        return m.getItems().stream().flatMap(i -> i instanceof Menu sub ? items(sub).stream() : java.util.stream.Stream.of(i)).toList();
    }

    @Test
    void everyCommandHasItsOwnKeyShowsInTheShortcutListAndIsInAMenu(FxRobot robot) {
        AppPreferences.load().clear();
        MainWindow[] w = new MainWindow[1];
        var io = UiTestSupport.io();
        robot.interact(() -> w[0] = AttribApp.open(new Stage(), io));
        List<Command> commands = w[0].commands();
        assertThat(commands).hasSizeGreaterThan(40);

        Map<String, String> keyOwner = new HashMap<>();
        for (Command c : commands) {
            for (Command.Key k : c.keys()) {
                String key = k.combination().toString();
                assertThat(keyOwner.put(key, c.id())).as(key + " is the key of " + c.id() + " and of another command").isNull();
            }
        }

        String f1 = WaitForF1.list(robot, w[0]);
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<String> menuIds = bar.getMenus().stream().flatMap(m -> items(m).stream()).map(MenuItem::getId).toList();
        for (Command c : commands) {
            assertThat(menuIds).as(c.id() + " is in a menu").contains("command-" + c.id());
            if (!c.keys().isEmpty()) {
                assertThat(f1).as(c.id() + " in F1").contains(c.keyText()).contains(c.label());
            }
        }
        io.shutdownNow();
    }

    /** The F1 list as the window makes it. */
    private static final class WaitForF1 {
        static String list(FxRobot robot, MainWindow w) {
            String[] text = new String[1];
            robot.interact(() -> text[0] = w.shortcutList());
            return text[0];
        }
    }
}
