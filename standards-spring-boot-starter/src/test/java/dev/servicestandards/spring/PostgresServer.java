package dev.servicestandards.spring;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: the one {@code STANDARDS_TEST_POSTGRES_URL} names
 * (a JDBC URL of a database whose user may create databases; user and password in
 * {@code STANDARDS_TEST_POSTGRES_USER} and {@code STANDARDS_TEST_POSTGRES_PASSWORD}), or else a
 * throwaway cluster started from the machine's PostgreSQL binaries (Debian's {@code postgresql}
 * package, which {@code .ci/run} installs) in a temporary folder, on a free port, stopped when
 * the test JVM ends. PostgreSQL refuses to run as root, so as root the cluster runs as the
 * {@code postgres} user the package creates. Each test gets a database of its own.
 */
final class PostgresServer {

    private static PostgresServer shared;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresServer(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** The server, started on first use. */
    static synchronized PostgresServer shared() {
        if (shared == null) {
            String url = System.getenv("STANDARDS_TEST_POSTGRES_URL");
            shared = url != null && !url.isBlank()
                    ? new PostgresServer(url, env("STANDARDS_TEST_POSTGRES_USER", "postgres"),
                            env("STANDARDS_TEST_POSTGRES_PASSWORD", ""))
                    : startCluster();
        }
        return shared;
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null ? otherwise : v;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** A new, empty database; its JDBC URL. */
    String newDatabase() {
        String name = "standards_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + adminUrl + ": " + e.getMessage(), e);
        }
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    private static PostgresServer startCluster() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("standards-pg");
            if (root) {
                UserPrincipal postgres;
                try {
                    postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                } catch (IOException e) {
                    throw new IllegalStateException("running as root, the test PostgreSQL needs the 'postgres' user that "
                            + "Debian's postgresql package creates", e);
                }
                Files.setOwner(dir, postgres);
            }
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path data = dir.resolve("data");
            Path work = dir;
            run(root, work, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "test",
                    "-E", "UTF8", "--locale=C", "--no-sync"));
            run(root, work, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off "
                            + "-c max_connections=60", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(root, work, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                } catch (RuntimeException e) {
                    // the JVM is ending; a leftover server dies with the machine's session
                }
                deleteTree(dir);
            }, "stop-test-postgres"));
            return new PostgresServer("jdbc:postgresql://localhost:" + port + "/postgres", "test", "");
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The folder of the newest PostgreSQL server binaries installed. */
    private static Path binaries() {
        Path base = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(base)) {
            try (Stream<Path> versions = Files.list(base)) {
                var newest = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get();
                }
            } catch (IOException e) {
                // fall through to the message below
            }
        }
        throw new IllegalStateException("the PostgreSQL tests need a PostgreSQL server: install Debian's postgresql "
                + "package (apt-get install postgresql, as .ci/run does) or set STANDARDS_TEST_POSTGRES_URL");
    }

    private static void run(boolean asPostgres, Path in, List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).directory(in.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", full) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
