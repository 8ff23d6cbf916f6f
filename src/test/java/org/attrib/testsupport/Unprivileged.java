package org.attrib.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link LoadProbe} as a user without privileges, so that file permissions hold. Tests run
 * as root here, and root reads any file whatever its mode; {@code setpriv} starts the probe as
 * user {@code nobody} instead. When the tests do not run as root, permissions hold in-process.
 */
public final class Unprivileged {

    private Unprivileged() {
    }

    public static boolean runningAsRoot(Path anyDir) throws IOException {
        Path probe = Files.createTempFile(anyDir, "uid", ".probe");
        try {
            return ((Integer) Files.getAttribute(probe, "unix:uid")) == 0;
        } finally {
            Files.delete(probe);
        }
    }

    public static boolean canDropPrivileges() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "setpriv"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the probe as user {@code nobody}, with copies of the class path that it may read in
     * {@code scratch} (a folder the test owns, made readable by all; the folders above it must be
     * traversable); returns the probe's line.
     */
    public static String probe(Path scratch, String mode, Path target) throws IOException, InterruptedException {
        Path cp = scratch.resolve("classpath");
        Files.createDirectories(cp);
        List<String> entries = new ArrayList<>();
        int i = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (Files.isDirectory(from)) {
                Path to = cp.resolve("dir" + i++);
                copyTree(from, to);
                entries.add(to.toString());
            } else if (Files.isRegularFile(from) && from.getFileName().toString().startsWith("jackson-")) {
                // The probe needs Attrib's classes and Jackson, nothing else.
                Path to = cp.resolve(i++ + "-" + from.getFileName());
                Files.copy(from, to);
                entries.add(to.toString());
            }
        }
        openUp(cp);
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                java, "-Xshare:off", "-cp", String.join(File.pathSeparator, entries), LoadProbe.class.getName(), mode,
                target.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the probe did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    /** Lets everyone read and traverse the copied class path. */
    private static void openUp(Path dir) throws IOException {
        try (var all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
