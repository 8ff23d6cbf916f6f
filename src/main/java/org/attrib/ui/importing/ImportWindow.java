package org.attrib.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.attrib.ui.widgets.SecondaryWindows;

/**
 * File > Import…: what to import (format, files or folders, brat label mapping or the W3C
 * articles' folder), where to, and after the import what could not be used. Every field is a
 * view-model property; the window only chooses files and shows.
 */
public final class ImportWindow {

    private final Stage stage = new Stage();
    private final ImportViewModel vm;
    private final Path startIn;

    /**
     * @param startIn the folder file choosers open in (the article's), or null
     * @param openFolder opens an imported folder in the main window
     */
    public ImportWindow(Window owner, ImportViewModel vm, Path startIn, Consumer<Path> openFolder) {
        this.vm = vm;
        this.startIn = startIn;
        stage.setTitle("Import — Attrib");

        ChoiceBox<ImportViewModel.Format> format = new ChoiceBox<>();
        format.setId("import-format");
        format.getItems().setAll(ImportViewModel.Format.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());

        ListView<Path> inputs = new ListView<>(vm.inputs());
        inputs.setId("import-inputs");
        inputs.setPrefHeight(110);
        inputs.setPlaceholder(new Label("Nothing yet: add files or folders."));
        Button addFiles = new Button("Add files…");
        addFiles.setOnAction(e -> addFiles());
        Button addFolder = new Button("Add folder…");
        addFolder.setOnAction(e -> chooseFolder("Add a folder of brat files", inputs.getScene().getWindow()).ifPresent(vm.inputs()::add));
        addFolder.disableProperty().bind(vm.formatProperty().isNotEqualTo(ImportViewModel.Format.BRAT));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> vm.inputs().removeAll(List.copyOf(inputs.getSelectionModel().getSelectedItems())));
        remove.disableProperty().bind(inputs.getSelectionModel().selectedItemProperty().isNull());
        VBox inputButtons = new VBox(6, addFiles, addFolder, remove);
        inputButtons.getChildren().forEach(b -> ((Button) b).setMaxWidth(Double.MAX_VALUE));

        TextArea mapping = new TextArea();
        mapping.setId("import-mapping");
        mapping.setPrefRowCount(3);
        mapping.setPromptText("Cue=ignore\nSource=speaker\nContent=content");
        mapping.textProperty().bindBidirectional(vm.mappingProperty());
        Label mappingHelp = help("LABEL=TARGET, one per line. Targets: " + String.join(", ", ImportViewModel.mappingTargets())
                + ". Attrib's own labels (Quote, Claim, Speaker, AttributedTo) need none.");

        TextField texts = new TextField();
        texts.setId("import-texts");
        texts.setPromptText("each file's own folder");
        texts.textProperty().bindBidirectional(vm.textsProperty());
        Button chooseTexts = new Button("Choose…");
        chooseTexts.setOnAction(e -> chooseFolder("The folder holding the articles", stage).ifPresent(p -> vm.textsProperty().set(p.toString())));
        TextField baseIri = new TextField();
        baseIri.setId("import-base-iri");
        baseIri.textProperty().bindBidirectional(vm.baseIriProperty());

        TextField out = new TextField();
        out.setId("import-out");
        out.textProperty().bindBidirectional(vm.outProperty());
        Button chooseOut = new Button("Choose…");
        chooseOut.setOnAction(e -> chooseFolder("Import into the folder", stage).ifPresent(p -> vm.outProperty().set(p.toString())));
        CheckBox force = new CheckBox(ImportViewModel.REPLACE + " (the old ones are kept as .bak)");
        force.selectedProperty().bindBidirectional(vm.forceProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields, new ColumnConstraints());
        form.addRow(0, new Label("Import"), format);
        form.addRow(1, new Label("Files"), inputs, inputButtons);
        Node[] brat = {new Label("Label mapping"), new VBox(4, mapping, mappingHelp)};
        form.addRow(2, brat);
        Node[] w3c = {new Label("Articles folder"), texts, chooseTexts};
        form.addRow(3, w3c);
        Node[] iri = {new Label("Base IRI"), baseIri};
        form.addRow(4, iri);
        form.addRow(5, new Label("Into folder"), out, chooseOut);
        form.add(force, 1, 6, 2, 1);
        showOnlyFor(ImportViewModel.Format.BRAT, brat);
        showOnlyFor(ImportViewModel.Format.W3C, w3c);
        showOnlyFor(ImportViewModel.Format.W3C, iri);

        Label problem = help("");
        problem.setId("import-problem");
        problem.textProperty().bind(vm.problemProperty());
        Button start = new Button("Import");
        start.setId("import-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canImportBinding().not());
        start.setOnAction(e -> vm.start());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox actions = new HBox(8, problem, start, close);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(problem, Priority.ALWAYS);
        problem.setMaxWidth(Double.MAX_VALUE);

        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        ListView<String> report = new ListView<>(vm.report());
        report.setId("import-report");
        report.setPlaceholder(new Label("What could not be imported is listed here, naming the file and line."));
        Button open = new Button("Open the imported folder");
        open.setId("import-open");
        open.disableProperty().bind(vm.importedProperty().isNull());
        open.setOnAction(e -> {
            openFolder.accept(vm.importedProperty().get());
            stage.close();
        });
        HBox result = new HBox(8, summary, open);
        result.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);

        VBox root = new VBox(10, form, actions, result, report);
        VBox.setVgrow(report, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ImportWindow.class.getResource("/org/attrib/ui/attrib.css").toExternalForm());
        stage.setScene(scene);
        SecondaryWindows.setUp(stage, owner, 760, 640);
        stage.setOnHidden(e -> vm.close());
    }

    public void open() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private void showOnlyFor(ImportViewModel.Format f, Node... row) {
        for (Node n : row) {
            n.visibleProperty().bind(vm.formatProperty().isEqualTo(f));
            n.managedProperty().bind(n.visibleProperty());
        }
    }

    private static Label help(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("help-text");
        return l;
    }

    private void addFiles() {
        FileChooser chooser = new FileChooser();
        boolean brat = vm.formatProperty().get() == ImportViewModel.Format.BRAT;
        chooser.setTitle(brat ? "Add brat files" : "Add Web Annotation files");
        chooser.getExtensionFilters().add(brat ? new FileChooser.ExtensionFilter("brat annotations", "*.ann")
                : new FileChooser.ExtensionFilter("Web Annotations", "*.jsonld", "*.json", "*.jsonl"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        initial().ifPresent(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            files.forEach(f -> vm.inputs().add(f.toPath()));
        }
    }

    private java.util.Optional<Path> chooseFolder(String title, Window over) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        initial().ifPresent(chooser::setInitialDirectory);
        File f = chooser.showDialog(over);
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private java.util.Optional<File> initial() {
        Path last = vm.inputs().isEmpty() ? startIn : vm.inputs().get(vm.inputs().size() - 1).toAbsolutePath().getParent();
        return java.util.Optional.ofNullable(last).map(Path::toFile).filter(File::isDirectory);
    }
}
