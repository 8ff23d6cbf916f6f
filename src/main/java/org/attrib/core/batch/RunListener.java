package org.attrib.core.batch;

/**
 * What an export or import tells as it goes, to a terminal's lines or a window's report: the
 * caller decides how to show it; the run decides what is worth telling.
 */
public interface RunListener {

    /** About to handle the {@code done + 1}-th of {@code total} inputs. */
    default void next(int done, int total, String name) {
    }

    /** Done with a caveat: something a format could not hold, an article changed since it was annotated. */
    void warning(String message);

    /** An input, line or annotation that could not be used: left out, the rest handled. */
    void problem(Problem problem);
}
