package org.attrib.ui.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The analyst's preferences, kept between runs with {@link Preferences}: autosave delay,
 * word snapping, suggesting on open, the confidence a sure suggestion has, CSV byte order mark, speaker labels, recent files and
 * folders, the last caret position in each document, and where the window and its dividers were. Tests use their own node (system property {@code attrib.prefs.node}).
 */
public final class AppPreferences {

    private static final int RECENT_MAX = 10;

    private final Preferences root;
    private final String path;

    public AppPreferences(Preferences node) {
        this.root = node.isUserNode() ? Preferences.userRoot() : Preferences.systemRoot();
        this.path = node.absolutePath();
    }

    /**
     * The node, looked up on each use: when it was removed meanwhile (by {@link #clear}, from
     * another window), the lookup makes it anew instead of every later write failing.
     */
    private Preferences node() {
        return root.node(path);
    }

    /** The user's preferences, or those named by {@code attrib.prefs.node} (tests). */
    public static AppPreferences load() {
        String name = System.getProperty("attrib.prefs.node", "attrib");
        return new AppPreferences(Preferences.userRoot().node(name));
    }

    /** Autosave delay; zero means autosave is off. Default two seconds. */
    public Duration autosaveDelay() {
        return Duration.ofMillis(node().getLong("autosaveMillis", 2000));
    }

    public void setAutosaveDelay(Duration d) {
        node().putLong("autosaveMillis", d == null ? 0 : d.toMillis());
    }

    public boolean snapToWords() {
        return node().getBoolean("snapToWords", true);
    }

    public void setSnapToWords(boolean snap) {
        node().putBoolean("snapToWords", snap);
    }

    /**
     * From which confidence a suggestion counts as sure: below it, it is drawn as unsure, and
     * Suggest > Accept sure suggestions leaves it. Default 0.8.
     */
    public double confidentFrom() {
        return node().getDouble("confidentFrom", 0.8);
    }

    public void setConfidentFrom(double from) {
        node().putDouble("confidentFrom", from);
    }

    public boolean suggestOnOpen() {
        return node().getBoolean("suggestOnOpen", false);
    }

    public void setSuggestOnOpen(boolean on) {
        node().putBoolean("suggestOnOpen", on);
    }

    /** Whether CSV exports from the window start with a byte order mark. Default off, as on the command line. */
    public boolean csvBom() {
        return node().getBoolean("csvBom", false);
    }

    public void setCsvBom(boolean bom) {
        node().putBoolean("csvBom", bom);
    }

    /** The main window's last bounds {x, y, width, height}, or null before the first run. */
    public double[] windowBounds() {
        return doubles(node().get("window.bounds", null), 4);
    }

    public void setWindowBounds(double[] xywh) {
        node().put("window.bounds", join(xywh));
    }

    public boolean windowMaximized() {
        return node().getBoolean("window.maximized", false);
    }

    public void setWindowMaximized(boolean maximized) {
        node().putBoolean("window.maximized", maximized);
    }

    /** Divider positions of one of the window's split panes (by name), or null when never moved. */
    public double[] dividers(String split) {
        return doubles(node().get("dividers." + split, null), -1);
    }

    public void setDividers(String split, double[] positions) {
        node().put("dividers." + split, join(positions));
    }

    /** Whether attributed quotes and claims show their speaker's name in the article. Default on. */
    public boolean speakerLabels() {
        return node().getBoolean("speakerLabels", true);
    }

    public void setSpeakerLabels(boolean on) {
        node().putBoolean("speakerLabels", on);
    }

    private static String join(double[] values) {
        StringBuilder s = new StringBuilder();
        for (double v : values) {
            s.append(s.length() == 0 ? "" : ",").append(v);
        }
        return s.toString();
    }

    /** Numbers written by {@link #join}; null when absent or damaged (a hand-edited preference is not worth a failure). */
    private static double[] doubles(String joined, int expected) {
        if (joined == null || joined.isBlank()) {
            return null;
        }
        String[] parts = joined.split(",");
        if (expected >= 0 && parts.length != expected) {
            return null;
        }
        double[] out = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                out[i] = Double.parseDouble(parts[i]);
                if (!Double.isFinite(out[i])) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }

    /** Recently opened articles or folders, newest first. */
    public List<String> recent() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String p = node().get("recent." + i, null);
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
                node().put("recent." + i, list.get(i));
            } else {
                node().remove("recent." + i);
            }
        }
    }

    /** The caret position last left in a document, in code points. */
    public int lastPosition(String path) {
        return node().node("positions").getInt(key(path), 0);
    }

    public void setLastPosition(String path, int codePoint) {
        node().node("positions").putInt(key(path), codePoint);
    }

    /** Preference keys are limited to 80 chars: long paths are hashed. */
    private static String key(String path) {
        return path.length() <= Preferences.MAX_KEY_LENGTH ? path : Integer.toHexString(path.hashCode()) + path.substring(path.length() - 60);
    }

    public void flush() {
        try {
            node().flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: losing one is not worth bothering the analyst.
        }
    }

    /** Removes everything (tests). */
    public void clear() {
        try {
            node().removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
