package org.attrib.core.compare;

/**
 * The 2x2 table of two annotators labelling tokens as inside a type's spans or not, and the
 * Cohen's kappa it gives. Tables add up across documents.
 *
 * @param both tokens both label
 * @param onlyA tokens only A labels
 * @param onlyB tokens only B labels
 * @param neither tokens neither labels
 */
public record KappaCounts(long both, long onlyA, long onlyB, long neither) {

    public static final KappaCounts ZERO = new KappaCounts(0, 0, 0, 0);

    public KappaCounts plus(KappaCounts o) {
        return new KappaCounts(both + o.both, onlyA + o.onlyA, onlyB + o.onlyB, neither + o.neither);
    }

    public long total() {
        return both + onlyA + onlyB + neither;
    }

    /** Share of tokens labelled alike. */
    public double observed() {
        long n = total();
        return n == 0 ? Double.NaN : (double) (both + neither) / n;
    }

    /**
     * Cohen's kappa: (observed - expected) / (1 - expected), where expected is the agreement two
     * annotators labelling at their own rates would reach by chance. Undefined (NaN) when the
     * expected agreement is 1, i.e. both label every token alike (all in or all out).
     */
    public double kappa() {
        long n = total();
        if (n == 0) {
            return Double.NaN;
        }
        double pa = (double) (both + onlyA) / n;
        double pb = (double) (both + onlyB) / n;
        double expected = pa * pb + (1 - pa) * (1 - pb);
        if (expected >= 1.0) {
            return Double.NaN;
        }
        return (observed() - expected) / (1 - expected);
    }
}
