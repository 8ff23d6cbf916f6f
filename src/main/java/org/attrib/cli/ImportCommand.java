package org.attrib.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attrib import brat|w3c ...}: turns other formats into Attrib annotation files. */
@Command(name = "import",
        header = "Import brat standoff or W3C Web Annotations as Attrib annotation files.",
        mixinStandardHelpOptions = true,
        description = "Imports annotations from another format as Attrib annotation files (format version 2).",
        subcommands = {ImportBratCommand.class, ImportW3cCommand.class})
final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say what to import from: attrib import brat ... or attrib import w3c ...");
    }
}
