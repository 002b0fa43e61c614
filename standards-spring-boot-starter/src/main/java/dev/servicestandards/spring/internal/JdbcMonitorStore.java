package dev.servicestandards.spring.internal;

import static java.util.Objects.requireNonNull;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import dev.servicestandards.rules.api.Escalation;
import dev.servicestandards.rules.api.LiveEvent;

/**
 * The monitor's store in the application's database, through JDBC, in the application's
 * transactions. The tables (docs/spring-boot.md) are created and migrated by Flyway with a
 * history table of their own, {@code standards_schema_history}, so they never mix with the
 * application's migrations. Every instance of the application works on a monitor while holding
 * its row in {@code standards_monitor} ({@code SELECT ... FOR UPDATE}). Tested on PostgreSQL
 * and H2. Thread-safe. Internal.
 */
public final class JdbcMonitorStore implements MonitorStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcMonitorStore.class);

    /** The Flyway history table of the starter's own migrations. */
    public static final String HISTORY_TABLE = "standards_schema_history";

    private final String name;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    /**
     * @param initializeSchema whether to create and migrate the tables
     * @param now              the monitor's time if it starts for the first time
     */
    public JdbcMonitorStore(DataSource dataSource, PlatformTransactionManager transactionManager, String name,
            boolean initializeSchema, Instant now) {
        this.name = requireNonNull(name, "name");
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.transactions = new TransactionTemplate(transactionManager);
        if (initializeSchema) {
            migrate(dataSource);
        }
        warnIfNotDurable(dataSource);
        try {
            transactions.executeWithoutResult(s -> {
                Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM standards_monitor WHERE monitor = ?", Integer.class, name);
                if (rows == null || rows == 0) {
                    jdbc.update("INSERT INTO standards_monitor (monitor, monitor_time, checkpoint_seq, checkpoint_time, "
                            + "checkpoint_taken) VALUES (?, ?, 0, ?, ?)", name, at(now), at(now), at(now));
                }
            });
        } catch (DuplicateKeyException e) {
            // another instance created the row at the same moment: it is there, which is all that counts
        }
    }

    /**
     * H2 in memory forgets everything when the application stops; H2 on file keeps commits in
     * memory for its write delay (500 ms by default), so a crash loses them. Both are said once,
     * at start.
     */
    private void warnIfNotDurable(DataSource dataSource) {
        try {
            String url = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getURL);
            if (url == null || !url.startsWith("jdbc:h2:")) {
                return;
            }
            if (url.startsWith("jdbc:h2:mem:")) {
                LOG.warn("standards: the monitor keeps its state in an in-memory H2 database ({}): a restart loses it; "
                        + "use a file or server database to keep it", url);
                return;
            }
            List<String> delays = jdbc.queryForList("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'WRITE_DELAY'", String.class);
            String delay = delays.isEmpty() ? null : delays.get(0);
            if (delay != null && !"0".equals(delay.trim())) {
                LOG.warn("standards: H2 writes commits to {} only after {} ms (WRITE_DELAY): a crash loses the events "
                        + "and escalations of that time; add ;WRITE_DELAY=0 to the URL to keep them", url, delay.trim());
            }
        } catch (MetaDataAccessException | org.springframework.dao.DataAccessException e) {
            LOG.debug("standards: could not read the database's settings: {}", e.toString());
        }
    }

    /** Creates or migrates the tables (Flyway, history table {@value #HISTORY_TABLE}). */
    public static void migrate(DataSource dataSource) {
        String vendor = vendor(dataSource);
        Flyway.configure(JdbcMonitorStore.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations("classpath:dev/servicestandards/spring/db/" + vendor)
                // a database with the application's tables in it: start our history at version 0
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private static String vendor(DataSource dataSource) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the monitor's tables go into: " + e.getMessage(), e);
        }
        String p = String.valueOf(product).toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return "postgresql";
        }
        if (p.equals("h2")) {
            return "h2";
        }
        throw new IllegalStateException("the standards starter has tables for PostgreSQL and H2, not " + product
                + ": create them by hand (docs/spring-boot.md lists them) and set standards.monitor.initialize-schema=false");
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isDurable() {
        return true;
    }

    @Override
    public <T> T locked(Function<Session, T> work) {
        return transactions.execute(status -> {
            JdbcSession session = jdbc.queryForObject("SELECT monitor_time, checkpoint_seq FROM standards_monitor "
                    + "WHERE monitor = ? FOR UPDATE", (rs, n) -> new JdbcSession(status, instant(rs, "monitor_time"),
                            rs.getLong("checkpoint_seq")), name);
            return work.apply(requireNonNull(session, "monitor row"));
        });
    }

    private final class JdbcSession implements Session {
        private final TransactionStatus status;
        private Instant time;
        private long checkpointSeq;

        JdbcSession(TransactionStatus status, Instant time, long checkpointSeq) {
            this.status = status;
            this.time = time;
            this.checkpointSeq = checkpointSeq;
        }

        @Override
        public long checkpointSeq() {
            return checkpointSeq;
        }

        @Override
        public Instant time() {
            return time;
        }

        @Override
        public void time(Instant t) {
            if (t.isAfter(time)) {
                jdbc.update("UPDATE standards_monitor SET monitor_time = ? WHERE monitor = ?", at(t), name);
                time = t;
            }
        }

        @Override
        public Checkpoint checkpoint() {
            Map<String, Snapshot> snapshots = new HashMap<>();
            jdbc.query("SELECT revision, content_hash, snapshot FROM standards_monitor_snapshot WHERE monitor = ?",
                    rs -> {
                        snapshots.put(rs.getString("revision"), new Snapshot(rs.getString("revision"),
                                rs.getString("content_hash"), rs.getString("snapshot")));
                    }, name);
            return jdbc.queryForObject("SELECT checkpoint_seq, checkpoint_time, checkpoint_taken FROM standards_monitor "
                    + "WHERE monitor = ?", (rs, n) -> new Checkpoint(rs.getLong("checkpoint_seq"),
                            instant(rs, "checkpoint_time"), snapshots, instant(rs, "checkpoint_taken")), name);
        }

        @Override
        public void checkpoint(long seq, Instant at, Map<String, Snapshot> snapshots, Instant takenAt, boolean retainEvents) {
            jdbc.update("UPDATE standards_monitor SET checkpoint_seq = ?, checkpoint_time = ?, checkpoint_taken = ? "
                    + "WHERE monitor = ?", seq, at(at), at(takenAt), name);
            checkpointSeq = seq;
            // snapshots of revisions no longer loaded stay: they come back into use with their file
            for (Snapshot s : new TreeMap<>(snapshots).values()) {
                int updated = jdbc.update("UPDATE standards_monitor_snapshot SET content_hash = ?, snapshot = ? "
                        + "WHERE monitor = ? AND revision = ?", s.contentHash(), s.json(), name, s.revision());
                if (updated == 0) {
                    jdbc.update("INSERT INTO standards_monitor_snapshot (monitor, revision, content_hash, snapshot) "
                            + "VALUES (?, ?, ?, ?)", name, s.revision(), s.contentHash(), s.json());
                }
            }
            if (!retainEvents) {
                jdbc.update("DELETE FROM standards_monitor_event WHERE monitor = ? AND seq <= ?", name, seq);
            }
        }

        @Override
        public OptionalLong append(LiveEvent event, Instant monitorTime, Instant receivedAt) {
            Integer same = jdbc.queryForObject("SELECT COUNT(*) FROM standards_monitor_event WHERE monitor = ? AND fact = ? "
                    + "AND name = ? AND occurred_at = ?", Integer.class, name, event.fact(), event.event().name(),
                    at(event.event().at()));
            if (same != null && same > 0) {
                return OptionalLong.empty();
            }
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                var ps = c.prepareStatement("INSERT INTO standards_monitor_event (monitor, fact, name, occurred_at, "
                        + "monitor_time, received_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"seq"});
                ps.setString(1, name);
                ps.setString(2, event.fact());
                ps.setString(3, event.event().name());
                ps.setObject(4, at(event.event().at()));
                ps.setObject(5, at(monitorTime));
                ps.setObject(6, at(receivedAt));
                ps.setString(7, EventCodec.write(event));
                return ps;
            }, key);
            return OptionalLong.of(requireNonNull(key.getKey(), "generated seq").longValue());
        }

        @Override
        public void eventsAfter(long seq, Consumer<StoredEvent> action) {
            jdbc.query("SELECT seq, monitor_time, payload FROM standards_monitor_event WHERE monitor = ? AND seq > ? "
                    + "ORDER BY seq", rs -> {
                        action.accept(new StoredEvent(rs.getLong("seq"), EventCodec.read(rs.getString("payload")),
                                instant(rs, "monitor_time")));
                    }, name, seq);
        }

        @Override
        public Map<String, String> routes(String fact) {
            Map<String, String> routes = new TreeMap<>();
            jdbc.query("SELECT standard, version FROM standards_monitor_route WHERE monitor = ? AND fact = ?",
                    rs -> {
                        routes.put(rs.getString("standard"), rs.getString("version"));
                    }, name, fact);
            return routes;
        }

        @Override
        public void route(String fact, String standard, String version) {
            jdbc.update("INSERT INTO standards_monitor_route (monitor, fact, standard, version) VALUES (?, ?, ?, ?)",
                    name, fact, standard, version);
        }

        @Override
        public OptionalLong record(Escalation e, Instant firedAt, boolean deliver) {
            List<Long> known = jdbc.queryForList("SELECT id FROM standards_escalation WHERE monitor = ? AND standard = ? "
                    + "AND version = ? AND clause = ? AND fact = ? AND tier = ?", Long.class, name, e.standard(), e.version(),
                    e.clause(), e.fact(), e.tier());
            if (!known.isEmpty()) {
                return OptionalLong.empty();
            }
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                var ps = c.prepareStatement("INSERT INTO standards_escalation (monitor, standard, version, clause, fact, tier, "
                        + "due_at, fired_at, delivery, attempts, next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                        new String[] {"id"});
                ps.setString(1, name);
                ps.setString(2, e.standard());
                ps.setString(3, e.version());
                ps.setString(4, e.clause());
                ps.setString(5, e.fact());
                ps.setString(6, e.tier());
                ps.setObject(7, at(e.at()));
                ps.setObject(8, at(firedAt));
                ps.setString(9, deliver ? "PENDING" : "NONE");
                ps.setObject(10, deliver ? at(firedAt) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                return ps;
            }, key);
            return OptionalLong.of(requireNonNull(key.getKey(), "generated id").longValue());
        }

        @Override
        public Optional<RuntimeException> isolated(Runnable action) {
            Object savepoint = status.createSavepoint();
            try {
                action.run();
                status.releaseSavepoint(savepoint);
                return Optional.empty();
            } catch (RuntimeException e) {
                status.rollbackToSavepoint(savepoint);
                return Optional.of(e);
            }
        }
    }

    @Override
    public List<Outgoing> dueForDelivery(Instant now, int max) {
        return jdbc.query("SELECT id, standard, version, clause, fact, tier, due_at, fired_at, attempts, next_attempt "
                + "FROM standards_escalation WHERE monitor = ? AND delivery = 'PENDING' AND next_attempt <= ? "
                + "ORDER BY next_attempt, id FETCH FIRST " + Math.max(1, max) + " ROWS ONLY",
                (rs, n) -> new Outgoing(rs.getLong("id"), new Escalation(instant(rs, "due_at"), rs.getString("standard"),
                        rs.getString("version"), rs.getString("clause"), rs.getString("fact"), rs.getString("tier")),
                        instant(rs, "fired_at"), rs.getInt("attempts"), instant(rs, "next_attempt")), name, at(now));
    }

    @Override
    public boolean claim(long id, Instant expected, Instant leaseUntil) {
        return jdbc.update("UPDATE standards_escalation SET next_attempt = ? WHERE id = ? AND delivery = 'PENDING' "
                + "AND next_attempt = ?", at(leaseUntil), id, at(expected)) == 1;
    }

    @Override
    public void delivered(long id, int attempts, Instant when) {
        jdbc.update("UPDATE standards_escalation SET delivery = 'DELIVERED', attempts = ?, delivered_at = ?, "
                + "next_attempt = NULL, last_error = NULL WHERE id = ?", attempts, at(when), id);
    }

    @Override
    public void retry(long id, int attempts, Instant next, String error) {
        jdbc.update("UPDATE standards_escalation SET attempts = ?, next_attempt = ?, last_error = ? WHERE id = ?",
                attempts, at(next), truncate(error), id);
    }

    @Override
    public void failed(long id, int attempts, String error) {
        jdbc.update("UPDATE standards_escalation SET delivery = 'FAILED', attempts = ?, next_attempt = NULL, "
                + "last_error = ? WHERE id = ?", attempts, truncate(error), id);
    }

    private static String truncate(String error) {
        return error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    @Override
    public DeliveryCounts deliveryCounts() {
        long[] counts = new long[2];
        jdbc.query("SELECT delivery, COUNT(*) AS n FROM standards_escalation WHERE monitor = ? "
                + "AND delivery IN ('PENDING', 'FAILED') GROUP BY delivery", rs -> {
                    counts["PENDING".equals(rs.getString("delivery")) ? 0 : 1] = rs.getLong("n");
                }, name);
        return new DeliveryCounts(counts[0], counts[1]);
    }
}
