package org.attrib.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.WindowEvent;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.attrib.core.corpus.DocumentSummary;
import org.attrib.ui.app.AppPreferences;
import org.attrib.ui.window.MainWindow;
import org.attrib.ui.window.MainWindow.ExportScope;
import org.attrib.ui.testing.WindowTestBase;
import org.attrib.ui.testing.WindowHarness;
import org.attrib.ui.testing.UiTestSupport;
import org.junit.jupiter.api.Test;

/** What the window remembers between runs, and File > Export with its target chosen. */
class RememberedStateAndExportWindowTest extends WindowTestBase {

    private static final String SAMPLE_NAME = UiTestSupport.SAMPLE.getFileName().toString();

    @Test
    void theCaretAndTheRecentFilesAndFoldersAreThereAfterARestart() throws Exception {
        Path folder = annotatedFolder("a", "b");
        Path a = folder.resolve("a.txt");
        MainWindow first = harness.open(folder);
        UiTestSupport.waitUntil("a.txt is open", () -> WindowHarness.document(first).sourcePath().equals(a));
        int at = WindowHarness.document(first).text().indexOf("Hugo Rodriguez") + 5;
        assertThat(at).isGreaterThan(100);
        robot.interact(() -> WindowHarness.area(first).moveTo(at));
        close(first);

        MainWindow second = harness.openKeepingPreferences(a);
        UiTestSupport.waitUntil("the caret is back where it was left", () -> WindowHarness.area(second).getCaretPosition() == at);
        assertThat(second.mainViewModel().recent()).startsWith(a.toAbsolutePath().toString(), folder.toAbsolutePath().toString());
        assertThat(menu(second, "_File", "Open _Recent").getItems()).extracting(MenuItem::getText)
                .startsWith(a.toAbsolutePath().toString(), folder.toAbsolutePath().toString());

        // Another article of the folder has a caret of its own (the start, never visited).
        close(second);
        MainWindow third = harness.openKeepingPreferences(folder.resolve("b.txt"));
        assertThat(WindowHarness.area(third).getCaretPosition()).isZero();
        assertThat(third.mainViewModel().recent()).first().isEqualTo(folder.resolve("b.txt").toAbsolutePath().toString());
    }

    @Test
    void exportsTheArticleTheSelectedArticlesOrTheFolder() throws Exception {
        Path folder = annotatedFolder("a", "b", "c");
        MainWindow w = harness.open(folder);
        TableView<DocumentSummary> list = documents();
        UiTestSupport.waitUntil("three articles listed", () -> list.getItems().size() == 3);

        List<CSVRecord> article = export(w, ExportScope.ARTICLE, dir.resolve("article"));
        assertThat(article).isNotEmpty().allMatch(r -> r.get("file").equals("a.txt"));
        // One row per quote and claim of the annotation file.
        String json = Files.readString(folder.resolve("a.annotations.json"));
        long quotesAndClaims = json.lines().filter(l -> l.contains("\"type\": \"quote\"") || l.contains("\"type\": \"claim\"")).count();
        assertThat(article).hasSize((int) quotesAndClaims);

        robot.interact(() -> {
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().select(0);
            list.getSelectionModel().select(2);
        });
        List<CSVRecord> selected = export(w, ExportScope.SELECTED, dir.resolve("selected"));
        assertThat(selected).extracting(r -> r.get("file")).containsOnly("a.txt", "c.txt");
        assertThat(selected).hasSize(2 * article.size());

        List<CSVRecord> all = export(w, ExportScope.FOLDER, dir.resolve("folder"));
        assertThat(all).extracting(r -> r.get("file")).containsOnly("a.txt", "b.txt", "c.txt");
        assertThat(all).hasSize(3 * article.size());
        assertThat(Files.readAllBytes(dir.resolve("folder/annotations.csv"))).as("no byte order mark unless asked")
                .startsWith("file,".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theByteOrderMarkItemOfTheExportMenuGoesIntoTheCsvAndIsRemembered() throws Exception {
        Path folder = annotatedFolder("a");
        MainWindow w = harness.open(folder.resolve("a.txt"));
        CheckMenuItem bom = (CheckMenuItem) item(w, "_File", "_Export", "CSV with a byte order mark (for Excel)");
        assertThat(bom.isSelected()).isFalse();
        robot.interact(() -> bom.setSelected(true));
        assertThat(AppPreferences.load().csvBom()).isTrue();

        List<CSVRecord> rows = export(w, ExportScope.ARTICLE, dir.resolve("bom"));
        assertThat(rows).isNotEmpty();
        byte[] csv = Files.readAllBytes(dir.resolve("bom/annotations.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF, 'f', 'i', 'l', 'e');

        // Other formats take no byte order mark.
        robot.interact(() -> w.export("jsonl", ExportScope.ARTICLE, dir.resolve("jsonl")));
        UiTestSupport.waitUntil("the JSON Lines export is done", () -> !w.mainViewModel().busyProperty().get()
                && Files.exists(dir.resolve("jsonl/annotations.jsonl")));
        assertThat(Files.readAllBytes(dir.resolve("jsonl/annotations.jsonl"))).startsWith('{');

        close(w);
        MainWindow again = harness.openKeepingPreferences(folder.resolve("a.txt"));
        assertThat(((CheckMenuItem) item(again, "_File", "_Export", "CSV with a byte order mark (for Excel)")).isSelected()).isTrue();
    }

    /** Exports as CSV into {@code out} as the menu does once its folder is chosen; the rows written. */
    private List<CSVRecord> export(MainWindow w, ExportScope scope, Path out) throws Exception {
        robot.interact(() -> w.export("csv", scope, out));
        Path csv = out.resolve("annotations.csv");
        UiTestSupport.waitUntil("the export is done", () -> !w.mainViewModel().busyProperty().get() && Files.exists(csv));
        assertThat(w.mainViewModel().messageProperty().get()).startsWith("exported");
        String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (Reader r = new StringReader(text)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
    }

    /** A folder of copies of the annotated sample article, named {@code NAME.txt}. */
    private Path annotatedFolder(String... names) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path sampleAnnotations = UiTestSupport.SAMPLE.resolveSibling(SAMPLE_NAME.replace(".txt", ".annotations.json"));
        String json = Files.readString(sampleAnnotations);
        for (String name : names) {
            Files.copy(UiTestSupport.SAMPLE, folder.resolve(name + ".txt"));
            Files.writeString(folder.resolve(name + ".annotations.json"),
                    json.replace("\"file\": \"" + SAMPLE_NAME + "\"", "\"file\": \"" + name + ".txt\""));
        }
        return folder;
    }

    private void close(MainWindow w) {
        robot.interact(() -> {
            w.stage().fireEvent(new WindowEvent(w.stage(), WindowEvent.WINDOW_CLOSE_REQUEST));
            w.stage().close();
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<DocumentSummary> documents() {
        return (TableView<DocumentSummary>) robot.lookup("#documents-table").query();
    }

    private Menu menu(MainWindow w, String... path) {
        return (Menu) item(w, path);
    }

    private MenuItem item(MainWindow w, String... path) {
        return harness.menuItem(w, path);
    }
}
