package dev.servicestandards.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.servicestandards.model.Event;
import dev.servicestandards.api.Standards;
import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.LiveEvent;
import dev.servicestandards.rules.api.LiveMonitor;
import dev.servicestandards.rules.api.RuleSet;
import dev.servicestandards.rules.api.RuleSets;

/**
 * Kills the application with SIGKILL in the middle of a stream of events, restarts it on the
 * same database, and checks that it fired exactly the escalations the library's own
 * monitor fires on the same stream without interruption: none lost, none twice, each heard once
 * by the application's listener. The stream is a seeded script of callback requests, calls,
 * clock steps and ticks; after each kill the client sends again every command it had no answer
 * for, as a CRM would.
 */
class EscalationMonitor_crash_Test {

    private static final long SEED = 20261201L;

    static List<Supplier<Database>> databases() {
        return List.of(new Supplier<>() {
            @Override
            public Database get() {
                return null; // an H2 file in the test's folder, made by the test
            }

            @Override
            public String toString() {
                return "H2 file";
            }
        }, Database.both().get(1));
    }

    /** One command of the script: {@code clock INSTANT}, {@code event JSON} or {@code tick}. */
    record Command(String verb, String argument) {
        String line(int index) {
            return index + " " + verb + (argument.isEmpty() ? "" : " " + argument);
        }
    }

    /**
     * Twelve callbacks over a working day: the clock moves 7 minutes a step (and the monitor
     * ticks), requests come in 13 s past a minute, so no tier (30 m, 1 h, 2 h after) falls due at
     * a whole-minute clock reading and no order of tick and event decides a tie.
     */
    static List<Command> script() {
        Random random = new Random(SEED);
        List<Command> script = new ArrayList<>();
        Instant clock = Instant.parse("2025-03-03T08:00:00Z");
        List<String> open = new ArrayList<>();
        int next = 1;
        for (int step = 0; step < 60; step++) {
            clock = clock.plus(Duration.ofMinutes(7));
            script.add(new Command("clock", clock.toString()));
            if (next <= 12 && random.nextInt(3) > 0) {
                String fact = String.format("T-%02d", next++);
                Instant at = clock.minusSeconds(60L * random.nextInt(5) + 47);
                script.add(new Command("event", "{\"fact\":\"" + fact + "\",\"type\":\"ticket\",\"kind\":\"callback\","
                        + "\"event\":{\"name\":\"requested\",\"at\":\"" + at + "\"}}"));
                open.add(fact);
            }
            if (!open.isEmpty() && random.nextInt(4) == 0) {
                String fact = open.remove(random.nextInt(open.size()));
                Instant at = clock.minusSeconds(60L * random.nextInt(3) + 1);
                script.add(new Command("event", "{\"fact\":\"" + fact + "\",\"type\":\"ticket\",\"event\":{\"name\":"
                        + "\"called\",\"at\":\"" + at + "\"}}"));
            }
            script.add(new Command("tick", ""));
        }
        return script;
    }

    /** What the library's monitor fires on the script, uninterrupted, as {@code fact clause tier at}. */
    static List<String> oracle(List<Command> script) {
        RuleSet rules = RuleSets.compile(Standards.load(Path.of("src/test/resources/callbacks/callback-1.0.0.yaml")));
        List<String> fired = new ArrayList<>();
        Instant now = Instant.parse("2025-03-03T08:00:00Z");
        try (LiveMonitor monitor = rules.monitor(Clock.fixed(now, ZoneOffset.UTC), e -> fired.add(line(e)))) {
            for (Command c : script) {
                switch (c.verb()) {
                    case "clock" -> now = Instant.parse(c.argument());
                    case "tick" -> monitor.advanceTo(now);
                    case "event" -> {
                        // as the durable monitor takes an event arriving at 'now'
                        monitor.advanceTo(now.minusMillis(1));
                        monitor.accept(parse(c.argument()));
                        monitor.advanceTo(now);
                    }
                    default -> throw new IllegalStateException(c.verb());
                }
            }
        }
        return fired.stream().sorted().toList();
    }

    private static LiveEvent parse(String json) {
        List<LiveEvent> one = new ArrayList<>();
        try {
            dev.servicestandards.rules.api.LiveEvents.readJsonLines(new java.io.StringReader(json), one::add, r -> {
                        throw new IllegalArgumentException(r.reason());
                    });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return one.get(0);
    }

    private static String line(Escalation e) {
        return e.fact() + " " + e.clause() + " " + e.tier() + " " + e.at();
    }

    /** A running application in a JVM of its own. */
    private static final class Child implements AutoCloseable {
        final Process process;
        final BlockingQueue<Integer> acks = new LinkedBlockingQueue<>();
        final PrintWriter in;

        Child(Database db, Instant clock, Path log) throws IOException {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CrashTestApplication.class.getName(), "--crash.clock=" + clock, "--standards.catalog=classpath:callbacks",
                    "--standards.monitor.tick-interval=0", "--standards.monitor.checkpoint-events=5",
                    "--standards.monitor.checkpoint-interval=1d", "--standards.reload.enabled=false",
                    "--logging.level.root=WARN", "--logging.level.dev.servicestandards=INFO",
                    "--spring.main.banner-mode=off"));
            for (String p : db.properties()) {
                command.add("--" + p);
            }
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            in = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
            Writer logFile = Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8)); logFile) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        logFile.write(line + "\n");
                        if (line.startsWith("ack ")) {
                            acks.add(Integer.parseInt(line.substring(4).trim()));
                        }
                    }
                } catch (IOException e) {
                    // the process died: that is what this test does to it
                }
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        void send(String line) {
            in.println(line);
        }

        /** Waits for the answer to command {@code index}; fails if the child dies or takes too long. */
        void awaitAck(int index, Path log) throws InterruptedException, IOException {
            while (true) {
                Integer ack = acks.poll(120, TimeUnit.SECONDS);
                if (ack == null) {
                    throw new AssertionError("no answer to command " + index + "; the application's log:\n"
                            + Files.readString(log));
                }
                if (ack == index) {
                    return;
                }
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint, no commit of work in flight
            process.waitFor(60, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                kill();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void a_killed_application_loses_no_event_and_fires_no_escalation_twice(Supplier<Database> database,
            @TempDir Path dir) throws Exception {
        // GIVEN the script and what the library's monitor fires on it
        Database db = database.get() != null ? database.get()
                : new Database("H2 file", "jdbc:h2:file:" + dir.resolve("crm") + ";FILE_LOCK=FS;WRITE_DELAY=0", "sa", "");
        List<Command> script = script();
        List<String> expected = oracle(script);
        assertThat(expected).as("the script makes the monitor fire").hasSizeGreaterThan(10);
        Path log = Files.createDirectories(Path.of("target")).resolve("crash-" + db.kind().replace(' ', '-') + ".log");
        Files.deleteIfExists(log);

        // WHEN the application runs it, killed in the middle of a burst of commands
        int kill = script.size() / 2;
        // the script's clock as each command runs: a restart starts at the clock of the last command answered
        List<Instant> clockAt = new ArrayList<>();
        Instant clock = Instant.parse("2025-03-03T08:00:00Z");
        for (Command c : script) {
            clock = c.verb().equals("clock") ? Instant.parse(c.argument()) : clock;
            clockAt.add(clock);
        }
        int acked = -1;
        int kills = 0;
        while (acked < script.size() - 1) {
            Instant start = acked < 0 ? Instant.parse("2025-03-03T08:00:00Z") : clockAt.get(acked);
            try (Child child = new Child(db, start, log)) {
                for (int i = acked + 1; i < script.size(); i++) {
                    if (kills == 0 && i == kill) {
                        // a burst the client does not wait for: the kill lands while it is being worked on
                        int last = Math.min(script.size() - 1, i + 12);
                        for (int j = i; j <= last; j++) {
                            child.send(script.get(j).line(j));
                        }
                        child.awaitAck(i + 1, log);
                        child.kill();
                        kills++;
                        acked = i + 1;
                        // answers read before the kill count as done; the rest are sent again
                        for (Integer a : child.acks) {
                            acked = Math.max(acked, a);
                        }
                        break;
                    }
                    child.send(script.get(i).line(i));
                    child.awaitAck(i, log);
                    acked = i;
                }
                if (acked == script.size() - 1) {
                    child.send(script.size() + " quit");
                    child.awaitAck(script.size(), log);
                    child.process.waitFor(60, TimeUnit.SECONDS);
                }
            }
        }

        // THEN the database holds exactly the oracle's escalations
        assertThat(kills).isEqualTo(1);
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            assertThat(lines(s, "SELECT fact, clause, tier, due_at FROM standards_escalation")).isEqualTo(expected);
            List<String> heard = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT line FROM crash_notified ORDER BY line")) {
                while (rs.next()) {
                    heard.add(rs.getString(1));
                }
            }
            assertThat(heard).as("each escalation heard once by the application's listener").isEqualTo(expected);
            long events = script.stream().filter(cmd -> cmd.verb().equals("event")).count();
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM standards_monitor_event")) {
                rs.next();
                assertThat(rs.getLong(1)).as("each event stored once").isEqualTo(events);
            }
        }
    }

    private static List<String> lines(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getObject(4, OffsetDateTime.class).toInstant());
            }
        }
        return out.stream().sorted().toList();
    }
}
