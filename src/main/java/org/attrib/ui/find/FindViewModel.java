package org.attrib.ui.find;

import org.attrib.ui.article.HighlightsViewModel;
import org.attrib.ui.document.DocumentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.attrib.core.model.Entity;
import org.attrib.core.text.SourceText;
import org.attrib.ui.work.BackgroundWork;

/**
 * Find (Ctrl+F): every case-insensitive match of the query is highlighted; Enter steps through
 * them; a command tags every match as a mention of a chosen speaker. Matching runs off the
 * JavaFX thread (its cost grows with the article); a newer query discards an older result.
 */
public final class FindViewModel {

    /** Matches beyond this many are counted but not highlighted, to keep restyling bounded. */
    public static final int MAX_HIGHLIGHTED = 2000;

    private final DocumentViewModel documentVm;
    private final HighlightsViewModel highlights;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private List<int[]> matches = List.of();
    // The search under way: a newer query cancels it, so an older result never overwrites a newer one.
    private BackgroundWork.Handle searching = new BackgroundWork.Handle();

    public FindViewModel(DocumentViewModel documentVm, HighlightsViewModel highlights) {
        this.documentVm = documentVm;
        this.highlights = highlights;
        query.addListener((obs, before, q) -> search(q));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Index of the match last stepped to, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void search(String q) {
        searching.cancel();
        if (q == null || q.isBlank()) {
            apply(List.of());
            return;
        }
        String text = documentVm.text();
        searching = documentVm.work().run(() -> find(text, q), this::apply,
                e -> summary.set("Cannot search: " + e.getMessage()));
    }

    /** Every case-insensitive occurrence of {@code q} in {@code text}, as UTF-16 ranges. */
    static List<int[]> find(String text, String q) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile(q, Pattern.LITERAL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    private void apply(List<int[]> found) {
        matches = found;
        count.set(found.size());
        current.set(-1);
        highlights.setMatches(found.size() > MAX_HIGHLIGHTED ? found.subList(0, MAX_HIGHLIGHTED) : found);
        summary.set(query.get().isBlank() ? "" : found.isEmpty() ? "No matches"
                : found.size() + (found.size() == 1 ? " match" : " matches"));
    }

    /** The next (or previous) match after the caret, as a UTF-16 range, or null when none. */
    public int[] step(int caret, boolean forward) {
        if (matches.isEmpty()) {
            return null;
        }
        int i;
        if (forward) {
            i = 0;
            while (i < matches.size() && matches.get(i)[0] < caret) {
                i++;
            }
            if (i == matches.size()) {
                i = 0;
            }
        } else {
            i = matches.size() - 1;
            while (i >= 0 && matches.get(i)[0] >= caret) {
                i--;
            }
            if (i < 0) {
                i = matches.size() - 1;
            }
        }
        current.set(i);
        summary.set((i + 1) + " of " + matches.size());
        return matches.get(i);
    }

    /**
     * Tags every match as a mention of {@code speaker}, or of the speaker the query names (found
     * or created) when it is null. One undoable edit.
     */
    public int tagAllAsSpeaker(Entity speaker) {
        if (matches.isEmpty()) {
            documentVm.say("Nothing to tag: type a name in the find field first.");
            return 0;
        }
        SourceText text = documentVm.source();
        List<int[]> spans = new ArrayList<>();
        for (int[] m : matches) {
            spans.add(new int[] {text.toCodePoint(m[0]), text.toCodePoint(m[1])});
        }
        var tagging = documentVm.editor().tagMentions(speaker, query.get().strip(), spans);
        if (tagging.added() == 0) {
            documentVm.say("Every match is already a mention of that speaker.");
            return 0;
        }
        documentVm.execute(tagging.edit());
        documentVm.say("Tagged " + tagging.added() + " match" + (tagging.added() == 1 ? "" : "es") + " as mentions of "
                + (speaker != null ? speaker.name() : query.get().strip()) + ".");
        return tagging.added();
    }

    /** Clears the query and its highlights. */
    public void clear() {
        query.set("");
    }
}
