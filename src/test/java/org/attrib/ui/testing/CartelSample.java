package org.attrib.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample article the window tests work on with its hand-checked annotations (VOA, 2019, on
 * the U.S. and Mexico's cartels), and the ids of the annotations and speakers they use.
 */
public final class CartelSample {

    public static final String NAME = "voa-2019-12-04-us-mexico-cartel-tools";
    /** The quote "interventionism" and the claim after it, both Mexico's. */
    public static final String QUOTE = "adxs2fmbya6";
    public static final String CLAIM = "a7pm4vrh711";
    /** "What we are looking to do …", Hugo Rodriguez's. */
    public static final String HUGO_QUOTE = "akjfvm0k29a";
    public static final String MEXICO = "ejy7xp430gd";
    public static final String AMLO = "eg004pkp369";
    public static final String HUGO = "ewza7g6jdmx";
    /** "Mexican president", one of Lopez Obrador's three mentions. */
    public static final String AMLO_MENTION = "a1hmc8fhx07";

    private CartelSample() {
    }

    /** Copies an article of the sample corpus and its annotation file into {@code dir}; returns the article. */
    public static Path copy(String name, Path dir) throws IOException {
        Path sample = UiTestSupport.SAMPLE.getParent();
        Files.copy(sample.resolve(name + ".txt"), dir.resolve(name + ".txt"));
        Files.copy(sample.resolve(name + ".annotations.json"), dir.resolve(name + ".annotations.json"));
        return dir.resolve(name + ".txt");
    }

    /** This article, copied into {@code dir}. */
    public static Path copy(Path dir) throws IOException {
        return copy(NAME, dir);
    }
}
