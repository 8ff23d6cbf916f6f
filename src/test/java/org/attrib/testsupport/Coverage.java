package org.attrib.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a property's examples ran into, counted over the examples that reached it, so that a
 * test can check after the run that enough of them took each branch: a property whose
 * interesting case never happens passes without testing anything.
 */
public final class Coverage {

    private final String label;
    private final Map<String, Integer> counts = new TreeMap<>();
    private int total;

    public Coverage(String label) {
        this.label = label;
    }

    public void collect(Object value) {
        counts.merge(String.valueOf(value), 1, Integer::sum);
        total++;
    }

    public int total() {
        return total;
    }

    /** The share of the collected examples, in percent, that were {@code value}. */
    public double percentage(Object value) {
        return total == 0 ? 0 : 100.0 * counts.getOrDefault(String.valueOf(value), 0) / total;
    }

    /** Asserts that more than {@code percent} of the collected examples were {@code value}. */
    public void assertMoreThan(Object value, double percent) {
        assertThat(total).as("%s: examples collected", label).isPositive();
        assertThat(percentage(value)).as("%s: percentage of %s in %s", label, value, this).isGreaterThan(percent);
    }

    /** Asserts that at least {@code percent} of the collected examples were {@code value}. */
    public void assertAtLeast(Object value, double percent) {
        assertThat(total).as("%s: examples collected", label).isPositive();
        assertThat(percentage(value)).as("%s: percentage of %s in %s", label, value, this).isGreaterThanOrEqualTo(percent);
    }

    @Override
    public String toString() {
        return label + " " + counts + " of " + total;
    }
}
