package org.supervision.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the platform started in its own process, with its output in a log file.
 * Stopping it also stops everything it started (shell wrappers such as kc.sh fork a JVM).
 *
 * <p>Every live child is also known to one JVM shutdown hook, which stops them newest first when
 * the JVM is asked to exit (Ctrl-C, SIGTERM, a test JVM ending), so nothing outlives the launcher,
 * not even a server that was still starting.
 */
public final class ChildProcess {

    private static final Deque<ChildProcess> LIVE = new ArrayDeque<>();
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static boolean hookInstalled;

    private final String name;
    private final Process process;
    private final Path log;
    private final String stopSignal;

    private ChildProcess(String name, Process process, Path log, String stopSignal) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopSignal = stopSignal;
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                     Path workingDirectory, Path log) {
        return start(name, command, environment, workingDirectory, log, "TERM");
    }

    /** @param stopSignal the signal that asks this server to stop (PostgreSQL: INT, its fast shutdown) */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                     Path workingDirectory, Path log, String stopSignal) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(inOwnSession(command))
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            synchronized (LIVE) {
                ChildProcess child = new ChildProcess(name, builder.start(), log, stopSignal);
                LIVE.push(child);
                installShutdownHook();
                return child;
            }
        } catch (IOException e) {
            throw new PlatformException("cannot start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    /**
     * Ctrl-C in a terminal signals the whole foreground process group at once. In their own session
     * the servers hear only the launcher, which stops them in order (services before Kafka and
     * PostgreSQL). setsid execs the command in place, so the pid stays the server's.
     */
    private static List<String> inOwnSession(List<String> command) {
        if (!Files.isExecutable(SETSID)) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(command.size() + 1);
        wrapped.add(SETSID.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    /** Runs a short command to completion, failing with its output when it does not exit 0. */
    public static void runToCompletion(String name, List<String> command, Map<String, String> environment,
                                       Path workingDirectory, Path log, Duration timeout) {
        ChildProcess child = start(name, command, environment, workingDirectory, log);
        try {
            if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                child.stop(Duration.ofSeconds(2));
                throw new PlatformException(name + " did not finish within " + timeout + "\n" + child.tail(30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.stop(Duration.ofSeconds(2));
            throw new PlatformException(name + " was interrupted", e);
        }
        if (child.process.exitValue() != 0) {
            throw new PlatformException(name + " failed with exit code " + child.process.exitValue() + "\n" + child.tail(30));
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Asks politely (its stop signal; SIGTERM to its descendants), then kills whatever is left after the grace period. */
    public void stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        if ("TERM".equals(stopSignal)) {
            tree.forEach(ProcessHandle::destroy); // wrapper scripts (kc.sh) do not pass the signal on
        } // else the server stops its own workers (PostgreSQL's postmaster)
        signal(stopSignal);
        tree.add(process.toHandle());
        awaitExit(tree, grace);
        synchronized (LIVE) {
            LIVE.remove(this);
        }
    }

    /**
     * kill -9 of the server and everything it started, as a crash or an OOM killer would: no shutdown
     * hooks, no goodbye to Kafka's group coordinator, open transactions left to the database to roll back.
     * For the fault suite (deploy/faults).
     */
    public void kill() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Linux
        awaitExit(tree, Duration.ofSeconds(10));
        synchronized (LIVE) {
            LIVE.remove(this);
        }
    }

    private void signal(String signal) {
        if (!process.isAlive()) {
            return;
        }
        if ("TERM".equals(signal)) {
            process.destroy();
            return;
        }
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void installShutdownHook() {
        if (hookInstalled) {
            return;
        }
        hookInstalled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<ChildProcess> children;
            synchronized (LIVE) {
                children = new ArrayList<>(LIVE); // newest first: services before the servers they use
            }
            children.forEach(child -> child.stop(Duration.ofSeconds(15)));
        }, "local-platform-stop"));
    }

    private static void awaitExit(List<ProcessHandle> tree, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            }
        }
    }

    /** The last lines of the log, for error messages that say why a server did not come up. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
