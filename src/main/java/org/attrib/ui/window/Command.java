package org.attrib.ui.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One command of the window, declared once: the menus, the toolbar, the context menu, the key
 * handling and the F1 list are all made from it.
 *
 * @param id unique, and the id of the nodes made for it ({@code "command-" + id})
 * @param menu the menu it is in ("File", "Edit", …)
 * @param group commands of one menu are separated where the group changes
 * @param label what the menu says
 * @param keys the keys that run it, the first shown in the menu (may be none)
 * @param enabled when it can run (null: always)
 * @param run what it does
 */
public record Command(String id, String menu, int group, String label, List<Key> keys, ObservableBooleanValue enabled,
        Runnable run) {

    /** Where a key works. */
    public enum Where {
        /** Anywhere in the window: keys with Ctrl, function keys. */
        WINDOW,
        /** Anywhere but in a text field, which has a use of its own for it (Ctrl+Z, Escape). */
        OUTSIDE_FIELDS,
        /** Only while the article has the keyboard: single letters and keys a field uses itself. */
        ARTICLE
    }

    /**
     * A key that runs a command.
     *
     * @param combination the key, in JavaFX's notation ("Shortcut+S", "Q", "Shift+Tab")
     * @param where where it works
     * @param text how the F1 list and the menu write it ("Ctrl+S", "Q")
     */
    public record Key(KeyCombination combination, Where where, String text) {

        public static Key window(String keys) {
            return parse(keys, Where.WINDOW);
        }

        public static Key outsideFields(String keys) {
            return parse(keys, Where.OUTSIDE_FIELDS);
        }

        public static Key article(String keys) {
            return parse(keys, Where.ARTICLE);
        }

        /** A key written as a typed character ("?"), which no key code names. */
        public static Key articleChar(String character) {
            return new Key(new KeyCharacterCombination(character), Where.ARTICLE, character);
        }

        public boolean matches(KeyEvent e) {
            return combination.match(e);
        }

        /**
         * {@code "Shortcut+Shift+S"}, {@code "Alt+Shift+RIGHT"}, {@code "PAGE_DOWN"}: modifiers, then
         * a {@link KeyCode} constant's name. Parsed here, not by {@code KeyCombination.valueOf},
         * which reads an unknown key name as a character and then never matches.
         */
        static Key parse(String keys, Where where) {
            String[] parts = keys.split("\\+");
            KeyCode code = KeyCode.valueOf(parts[parts.length - 1].toUpperCase(Locale.ROOT));
            List<KeyCombination.Modifier> modifiers = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                switch (parts[i]) {
                    case "Shortcut" -> modifiers.add(KeyCombination.SHORTCUT_DOWN);
                    case "Shift" -> modifiers.add(KeyCombination.SHIFT_DOWN);
                    case "Alt" -> modifiers.add(KeyCombination.ALT_DOWN);
                    default -> throw new IllegalArgumentException("unknown modifier " + parts[i] + " in " + keys);
                }
                text.append(parts[i].equals("Shortcut") ? "Ctrl" : parts[i]).append('+');
            }
            text.append(name(code));
            return new Key(new KeyCodeCombination(code, modifiers.toArray(KeyCombination.Modifier[]::new)), where, text.toString());
        }

        private static String name(KeyCode code) {
            return switch (code) {
                case PAGE_DOWN -> "PageDown";
                case PAGE_UP -> "PageUp";
                case BACK_SPACE -> "Backspace";
                case ESCAPE -> "Escape";
                default -> code.getName();
            };
        }
    }

    public Command {
        keys = List.copyOf(keys);
    }

    /** The keys as the F1 list writes them: "Tab, N". */
    public String keyText() {
        return String.join(", ", keys.stream().map(Key::text).toList());
    }
}
