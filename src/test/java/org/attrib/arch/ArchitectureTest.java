package org.attrib.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.attrib.core.model.AnnotatedDocument;

/** Keeps the layers honest: a UI-free core, views that never touch files, edits only through commands. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.attrib");
    }

    @Test
    void coreIsFreeOfJavaFxAndOfTheUi() {
        ArchRule rule = noClasses().that().resideInAPackage("org.attrib.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "com.sun.javafx..", "org.fxmisc..", "org.controlsfx..", "org.attrib.ui..", "org.attrib.cli..")
                .because("the core is used by the command line and tests without a display");
        rule.check(classes);
    }

    @Test
    void commandLineRunsHeadless() {
        noClasses().that().resideInAPackage("org.attrib.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "org.attrib.ui..")
                .because("every command must run without a display")
                .check(classes);
    }

    @Test
    void viewsNeverReachIntoFiles() {
        views().should().dependOnClassesThat().resideInAnyPackage("org.attrib.core.io..", "org.attrib.core.format..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .because("views bind to view-models' properties; only view-models use the core's files")
                .check(classes);
    }

    @Test
    void onlyViewModelsEditDocuments() {
        views().should().dependOnClassesThat().resideInAnyPackage("org.attrib.core.edit..")
                .because("views call view-model actions; only view-models build and run undoable edits")
                .check(classes);
    }

    /** The JavaFX layer's views: every UI class but the view-models and the application shell. */
    private static com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction views() {
        return noClasses().that().resideInAPackage("org.attrib.ui..")
                .and().haveNameNotMatching(".*ViewModel(\\$.*)?")
                .and().resideOutsideOfPackage("org.attrib.ui.app..")
                .and().doNotHaveFullyQualifiedName("org.attrib.ui.document.SaveState");
    }

    @Test
    void documentsChangeOnlyThroughUndoableEditsOrLoading() {
        noClasses().that().resideOutsideOfPackages("org.attrib.core.edit..", "org.attrib.core.model..", "org.attrib.core.format..")
                .should().callMethod(AnnotatedDocument.class, "put", org.attrib.core.model.Annotation.class)
                .orShould().callMethod(AnnotatedDocument.class, "remove", String.class)
                .orShould().callMethod(AnnotatedDocument.class, "putEntity", org.attrib.core.model.Entity.class)
                .orShould().callMethod(AnnotatedDocument.class, "removeEntity", String.class)
                .orShould().callMethod(AnnotatedDocument.class, "setStatus", org.attrib.core.model.DocumentStatus.class)
                .orShould().callMethod(AnnotatedDocument.class, "addOrphan", org.attrib.core.model.StoredAnnotation.class)
                .orShould().callMethod(AnnotatedDocument.class, "removeOrphan", String.class)
                .because("every change to annotations is an undoable command (files build documents when loading)")
                .check(classes);
    }

    @Test
    void theCoresFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("org.attrib.core.(*)..").should().beFreeOfCycles()
                .because("each feature of the core can be understood and tested from the features below it")
                .check(classes);
    }

    @Test
    void theWindowsFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("org.attrib.ui.(*)..").should().beFreeOfCycles()
                .because("a feature of the window (its view and view-model) is found, read and changed in one package")
                .check(classes);
    }

    @Test
    void theWindowNeverRunsTheCommandLine() {
        noClasses().that().resideInAPackage("org.attrib.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.attrib.cli..")
                .because("both faces call the core's use cases; the window never runs a command and parses its output")
                .check(classes);
    }
}
