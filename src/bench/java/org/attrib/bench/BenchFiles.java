package org.attrib.bench;

import java.nio.file.Path;

/** Where the generated articles are, for the JMH benchmarks (forked JVMs get it as a system property). */
final class BenchFiles {

    static final String DIR_PROPERTY = "attrib.bench.dir";

    private BenchFiles() {
    }

    static Path dir() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null) {
            throw new IllegalStateException("set -D" + DIR_PROPERTY + " to the folder the articles were generated in");
        }
        return Path.of(dir);
    }
}
