package org.attrib.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A file or folder nobody may change, for as long as the test holds it: for an ordinary user its
 * permissions; for root, who ignores permissions, the immutable attribute ({@code chattr +i}),
 * which also stops renaming a file over it. Where neither works the test is skipped.
 */
public final class WriteProtection implements AutoCloseable {

    private final Path path;
    private final boolean immutable;
    private final Set<PosixFilePermission> before;

    private WriteProtection(Path path, boolean immutable, Set<PosixFilePermission> before) {
        this.path = path;
        this.immutable = immutable;
        this.before = before;
    }

    public static WriteProtection of(Path path) throws IOException, InterruptedException {
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
        Path folder = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        if (!Unprivileged.runningAsRoot(folder)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
            return new WriteProtection(path, false, before);
        }
        assumeTrue(run("chattr", "+i", path.toString()) == 0, "running as root where chattr +i does not work");
        return new WriteProtection(path, true, before);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            if (run("chattr", "-i", path.toString()) != 0) {
                throw new IllegalStateException("cannot undo chattr +i on " + path);
            }
        } else {
            Files.setPosixFilePermissions(path, before);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
