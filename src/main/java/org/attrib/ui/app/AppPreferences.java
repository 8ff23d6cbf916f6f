package org.attrib.ui.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The analyst's preferences, kept between runs with {@link Preferences}: autosave delay,
 * word snapping, suggesting on open, CSV byte order mark, recent files and folders, the last caret position in each
 * document. Tests use their own node (system property {@code attrib.prefs.node}).
 */
public final class AppPreferences {

    private static final int RECENT_MAX = 10;

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences, or those named by {@code attrib.prefs.node} (tests). */
    public static AppPreferences load() {
        String name = System.getProperty("attrib.prefs.node", "attrib");
        return new AppPreferences(Preferences.userRoot().node(name));
    }

    /** Autosave delay; zero means autosave is off. Default two seconds. */
    public Duration autosaveDelay() {
        return Duration.ofMillis(node.getLong("autosaveMillis", 2000));
    }

    public void setAutosaveDelay(Duration d) {
        node.putLong("autosaveMillis", d == null ? 0 : d.toMillis());
    }

    public boolean snapToWords() {
        return node.getBoolean("snapToWords", true);
    }

    public void setSnapToWords(boolean snap) {
        node.putBoolean("snapToWords", snap);
    }

    public boolean suggestOnOpen() {
        return node.getBoolean("suggestOnOpen", false);
    }

    public void setSuggestOnOpen(boolean on) {
        node.putBoolean("suggestOnOpen", on);
    }

    /** Whether CSV exports from the window start with a byte order mark. Default off, as on the command line. */
    public boolean csvBom() {
        return node.getBoolean("csvBom", false);
    }

    public void setCsvBom(boolean bom) {
        node.putBoolean("csvBom", bom);
    }

    /** Recently opened articles or folders, newest first. */
    public List<String> recent() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    public void addRecent(String path) {
        List<String> list = recent();
        list.remove(path);
        list.add(0, path);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < list.size()) {
                node.put("recent." + i, list.get(i));
            } else {
                node.remove("recent." + i);
            }
        }
    }

    /** The caret position last left in a document, in code points. */
    public int lastPosition(String path) {
        return node.node("positions").getInt(key(path), 0);
    }

    public void setLastPosition(String path, int codePoint) {
        node.node("positions").putInt(key(path), codePoint);
    }

    /** Preference keys are limited to 80 chars: long paths are hashed. */
    private static String key(String path) {
        return path.length() <= Preferences.MAX_KEY_LENGTH ? path : Integer.toHexString(path.hashCode()) + path.substring(path.length() - 60);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: losing one is not worth bothering the analyst.
        }
    }

    /** Removes everything (tests). */
    public void clear() {
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
