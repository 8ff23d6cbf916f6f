package org.attrib.core.format;

/**
 * What an annotation file says about the source text it annotates.
 *
 * @param file the source's file name
 * @param sha256 hex SHA-256 of the source file's bytes
 * @param length the source's length in code points, after line endings are normalised
 */
public record SourceRecord(String file, String sha256, int length) {
}
