package org.attrib.core.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes documents in one export format. Documents are added one at a time, so that a corpus
 * never has to be in memory at once; {@link #finish()} writes whatever closes the export.
 */
public interface Exporter {

    /**
     * Exports one document and returns what the format could not carry over (one line each,
     * without the document's name), or nothing when the export is complete.
     */
    List<String> export(ExportDocument document) throws IOException;

    /** Completes the export (closing lines, configuration files); call once, after the last document. */
    void finish() throws IOException;
}
