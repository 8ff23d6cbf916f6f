package org.attrib.bench;

import java.nio.file.Path;

/**
 * One generated benchmark article: its size in UTF-8 bytes and how many annotations it carries.
 * The three sizes of issue 7; the density (one annotation per 100 bytes) is the same in each.
 */
public enum Article {
    SMALL("100kb", 100_000, 1_000),
    MEDIUM("1mb", 1_000_000, 10_000),
    LARGE("5mb", 5_000_000, 50_000);

    private final String label;
    private final int bytes;
    private final int annotations;

    Article(String label, int bytes, int annotations) {
        this.label = label;
        this.bytes = bytes;
        this.annotations = annotations;
    }

    public String label() {
        return label;
    }

    /** UTF-8 size of the article, within a sentence's length. */
    public int bytes() {
        return bytes;
    }

    public int annotations() {
        return annotations;
    }

    /** The article's text file under the bench folder; its annotation file lies beside it. */
    public Path source(Path benchDir) {
        return benchDir.resolve("articles").resolve("article-" + label + ".txt");
    }

    public Path annotationFile(Path benchDir) {
        return benchDir.resolve("articles").resolve("article-" + label + ".annotations.json");
    }

    /** "100 KB / 1,000", as the table shows it. */
    public String describe() {
        String size = switch (this) {
            case SMALL -> "100 KB";
            case MEDIUM -> "1 MB";
            case LARGE -> "5 MB";
        };
        return String.format("%s / %,d", size, annotations);
    }

    public static Article of(String label) {
        for (Article a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no article size " + label);
    }
}
