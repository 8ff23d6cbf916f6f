package org.attrib.ui.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.junit.jupiter.api.Test;

/**
 * The annotation table shows a copy of the document's annotations that catches up a frame
 * later: whatever the source went through, in whatever batches, the copy ends equal to it.
 */
class ListMirrorPropertiesTest {

    @Test
    void theCopyCatchesUpWithAnySequenceOfChanges() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(this::theCopyCatchesUpWithAnySequenceOfChanges);
    }

    private void theCopyCatchesUpWithAnySequenceOfChanges(long seed) {
        Random r = new Random(seed);
        ObservableList<Integer> source = FXCollections.observableArrayList();
        for (int i = 0; i < r.nextInt(20); i++) {
            source.add(r.nextInt(1000));
        }
        ObservableList<Integer> copy = FXCollections.observableArrayList();
        ListMirror<Integer> mirror = new ListMirror<>(copy);
        mirror.follow(source);
        assertThat(copy).containsExactlyElementsOf(source);

        int steps = 1 + r.nextInt(40);
        for (int step = 0; step < steps; step++) {
            change(source, r);
            if (r.nextInt(4) == 0) {
                mirror.catchUp();
                assertThat(copy).containsExactlyElementsOf(source);
                assertThat(mirror.isBehind()).isFalse();
            }
        }
        mirror.catchUp();
        assertThat(copy).containsExactlyElementsOf(source);
    }

    @Test
    void followingAnotherListDropsWhatTheFirstOneDid() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(this::followingAnotherListDropsWhatTheFirstOneDid);
    }

    private void followingAnotherListDropsWhatTheFirstOneDid(long seed) {
        Random r = new Random(seed);
        ObservableList<Integer> first = FXCollections.observableArrayList(1, 2, 3);
        ObservableList<Integer> second = FXCollections.observableArrayList(7, 8);
        ObservableList<Integer> copy = FXCollections.observableArrayList();
        ListMirror<Integer> mirror = new ListMirror<>(copy);
        mirror.follow(first);
        change(first, r);
        mirror.follow(second);
        change(first, r);
        mirror.catchUp();
        assertThat(copy).containsExactly(7, 8);
    }

    private static void change(ObservableList<Integer> list, Random r) {
        int n = list.size();
        switch (r.nextInt(8)) {
            case 0, 1 -> list.add(r.nextInt(1000));
            case 2 -> list.add(r.nextInt(n + 1), r.nextInt(1000));
            case 3 -> {
                if (n > 0) {
                    list.remove(r.nextInt(n));
                }
            }
            case 4 -> {
                if (n > 0) {
                    list.set(r.nextInt(n), r.nextInt(1000));
                }
            }
            case 5 -> {
                List<Integer> fresh = new ArrayList<>();
                for (int i = 0; i < r.nextInt(10); i++) {
                    fresh.add(r.nextInt(1000));
                }
                list.setAll(fresh);
            }
            case 6 -> {
                // Several removals reported as one change with sub-changes.
                List<Integer> some = new ArrayList<>();
                for (Integer x : list) {
                    if (r.nextBoolean()) {
                        some.add(x);
                    }
                }
                list.removeAll(some);
            }
            default -> FXCollections.sort(list);
        }
    }
}
