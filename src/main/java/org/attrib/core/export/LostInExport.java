package org.attrib.core.export;

import java.util.ArrayList;
import java.util.List;

/** What every export leaves out, said the same way by each format. */
final class LostInExport {

    private LostInExport() {
    }

    /** Orphans are not placed in the text, so no format that points into the text can carry them. */
    static List<String> orphans(ExportDocument doc) {
        List<String> lost = new ArrayList<>();
        int n = doc.snapshot().orphans().size();
        if (n > 0) {
            lost.add(n + (n == 1 ? " annotation is" : " annotations are")
                    + " not placed in the text (orphaned when the source changed) and left out; open the article in Attrib to place them");
        }
        return lost;
    }
}
