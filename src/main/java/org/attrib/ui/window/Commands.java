package org.attrib.ui.window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

import org.attrib.ui.widgets.Buttons;

/**
 * The window's commands, each declared once, and what is made from them: the menu bar, the
 * toolbar's and the context menu's items, the key handling and the F1 list. Besides commands,
 * the menus hold a few items of their own (the recent files, check items for preferences),
 * placed among the commands in the order they are declared.
 */
final class Commands {

    /** A menu item that is not a command: a submenu or a preference's check item. */
    record Extra(String menu, int group, MenuItem item) {
    }

    private final List<Object> entries = new ArrayList<>();
    private final Map<String, Command> byId = new LinkedHashMap<>();

    /** Declares a command, after those declared before it in its menu. */
    Command add(Command c) {
        if (byId.putIfAbsent(c.id(), c) != null) {
            throw new IllegalArgumentException("two commands with the id " + c.id());
        }
        entries.add(c);
        return c;
    }

    /** Places a menu item of its own among the commands. */
    void addExtra(String menu, int group, MenuItem item) {
        entries.add(new Extra(menu, group, item));
    }

    List<Command> all() {
        return List.copyOf(byId.values());
    }

    Optional<Command> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Runs the command of a key, if one is bound to it where the keyboard is; true when one ran.
     * A command's enabled state greys its menu item and button; its key still runs it, so that
     * the command can say why it does nothing ("Nothing to undo.").
     */
    boolean dispatch(KeyEvent e, Node focusOwner, Node article) {
        boolean inArticle = focusOwner == article;
        boolean inField = focusOwner instanceof TextInputControl && !inArticle;
        for (Command c : byId.values()) {
            for (Command.Key k : c.keys()) {
                boolean applies = switch (k.where()) {
                    case WINDOW -> true;
                    case OUTSIDE_FIELDS -> !inField;
                    case ARTICLE -> inArticle;
                };
                if (applies && k.matches(e)) {
                    c.run().run();
                    return true;
                }
            }
        }
        return false;
    }

    /** The menu bar: a menu per menu name, in the order first declared, separators between groups. */
    MenuBar menuBar() {
        Map<String, Menu> menus = new LinkedHashMap<>();
        Map<String, Integer> lastGroup = new LinkedHashMap<>();
        for (Object entry : entries) {
            String name = entry instanceof Command c ? c.menu() : ((Extra) entry).menu();
            int group = entry instanceof Command c ? c.group() : ((Extra) entry).group();
            Menu menu = menus.computeIfAbsent(name, n -> new Menu("_" + n));
            Integer last = lastGroup.put(name, group);
            if (last != null && last != group) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(entry instanceof Command c ? menuItem(c) : ((Extra) entry).item());
        }
        MenuBar bar = new MenuBar();
        bar.getMenus().addAll(menus.values());
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * A menu item for a command (menu bar or context menu). A key that works anywhere is shown as
     * the item's accelerator (the key handling runs it, before any accelerator could); a key
     * that works only in the article is written in the label, since an accelerator would fire
     * in text fields too.
     */
    MenuItem menuItem(Command c) {
        MenuItem item = new MenuItem(c.label());
        item.setMnemonicParsing(false);
        item.setId("command-" + c.id());
        Optional<Command.Key> first = c.keys().stream().findFirst();
        first.filter(k -> k.where() != Command.Where.ARTICLE).ifPresent(k -> item.setAccelerator(k.combination()));
        first.filter(k -> k.where() == Command.Where.ARTICLE).ifPresent(k -> item.setText(c.label() + " (" + k.text() + ")"));
        if (c.enabled() != null) {
            item.disableProperty().bind(javafx.beans.binding.Bindings.not(c.enabled()));
        }
        item.setOnAction(e -> c.run().run());
        return item;
    }

    /** A toolbar button for a command; its tooltip names its key. */
    Button button(String id, String text, String tip) {
        Command c = byId.get(id);
        Button b = Buttons.toolbar(text, id, tip + (c.keys().isEmpty() ? "" : " (" + c.keyText() + ")"), c.run());
        if (c.enabled() != null) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.not(c.enabled()));
        }
        return b;
    }

    /** The F1 list: how to move and select, then every command with a key, menu by menu. */
    String shortcutList() {
        StringBuilder s = new StringBuilder(Shortcuts.MOVING);
        String menu = null;
        for (Command c : byId.values()) {
            if (c.keys().isEmpty()) {
                continue;
            }
            if (!c.menu().equals(menu)) {
                menu = c.menu();
                s.append("\n\n").append(menu);
            }
            String keys = c.keyText();
            s.append("\n  ").append(keys).append(" ".repeat(Math.max(1, 30 - keys.length()))).append(c.label());
        }
        return s.append("\n\n").append(Shortcuts.PANELS).toString();
    }
}
