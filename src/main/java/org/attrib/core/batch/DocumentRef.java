package org.attrib.core.batch;

import java.nio.file.Path;

/**
 * One article found among the inputs of a batch command, with where its annotations are saved.
 *
 * @param source the article (a {@code .txt} file)
 * @param annotationFile its annotation file beside it, which may not exist yet
 * @param name the article's path relative to the folder it was found in ({@code world/story.txt},
 *     with {@code /} between folders), or its file name when it was named directly; exports use it
 *     to lay out their output
 */
public record DocumentRef(Path source, Path annotationFile, String name) {
}
