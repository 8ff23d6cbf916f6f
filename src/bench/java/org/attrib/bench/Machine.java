package org.attrib.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** What the benchmark ran on, for the report. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime rt = Runtime.getRuntime();
        long memory = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return String.format("%s; %d cores (%s), %.0f GiB; %s %s (%s); JDK %s (%s); load average %.1f when the report was written",
                LocalDate.now(), rt.availableProcessors(), cpuModel(), memory / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the model is not told.
        }
        return "unknown CPU";
    }
}
