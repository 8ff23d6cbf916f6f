package org.attrib.bench;

import java.util.Arrays;

/** Median and percentiles of a set of samples (nearest rank), in whatever unit they were taken. */
public record Stats(int count, double median, double p99, double min, double max) {

    public static Stats of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        return new Stats(s.length, percentile(s, 50), percentile(s, 99), s[0], s[s.length - 1]);
    }

    /** Nearest-rank percentile of sorted samples: the smallest value with p% of the samples at or below it. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
