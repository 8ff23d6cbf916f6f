package org.attrib.ui.table;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A copy of an observable list that takes the source's changes only when told to
 * ({@link #catchUp}), in the order they happened. The annotation table shows the copy, so that an
 * edit's highlight in the article is drawn before the table re-lays out its rows.
 *
 * @param <T> the elements
 */
final class ListMirror<T> {

    /** One change of the source: {@code removed} elements at {@code from} replaced by {@code added}. */
    private record Edit<T>(int from, int removed, List<T> added) {
    }

    private final ObservableList<T> copy;
    private final List<Edit<T>> behind = new ArrayList<>();
    private final ListChangeListener<T> listener = this::record;
    private ObservableList<T> source;

    ListMirror(ObservableList<T> copy) {
        this.copy = copy;
    }

    /** Follows {@code newSource} from now on; the copy holds its elements at once. */
    void follow(ObservableList<T> newSource) {
        if (source != null) {
            source.removeListener(listener);
        }
        behind.clear();
        source = newSource;
        copy.setAll(newSource);
        newSource.addListener(listener);
    }

    /** Whether the copy lags behind the source. */
    boolean isBehind() {
        return !behind.isEmpty();
    }

    /** Applies the source's changes since the last catch-up to the copy. */
    void catchUp() {
        List<Edit<T>> now = new ArrayList<>(behind);
        behind.clear();
        for (Edit<T> e : now) {
            if (e.removed() == 0 && e.added().isEmpty()) {
                continue;
            }
            if (e.removed() == 1 && e.added().size() == 1) {
                copy.set(e.from(), e.added().get(0));
            } else {
                copy.remove(e.from(), e.from() + e.removed());
                copy.addAll(e.from(), e.added());
            }
        }
    }

    private void record(ListChangeListener.Change<? extends T> c) {
        while (c.next()) {
            if (c.wasPermutated()) {
                // Positions of the whole range moved: replay it as a replacement of that range.
                List<T> range = new ArrayList<>(c.getList().subList(c.getFrom(), c.getTo()));
                behind.add(new Edit<>(c.getFrom(), c.getTo() - c.getFrom(), range));
            } else {
                behind.add(new Edit<>(c.getFrom(), c.getRemovedSize(), List.copyOf(c.getAddedSubList())));
            }
        }
    }
}
