package dev.servicestandards.spring;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** A database for a test of the JDBC store: an embedded H2, or a database of a real PostgreSQL. */
record Database(String kind, String url, String user, String password) {

    /** An H2 in-memory database that outlives its connections, as an application restart needs. */
    static Database h2() {
        return new Database("H2", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** A new database on the test PostgreSQL server. */
    static Database postgres() {
        PostgresServer server = PostgresServer.shared();
        return new Database("PostgreSQL", server.newDatabase(), server.user(), server.password());
    }

    /** Both kinds, for parameterized tests (each test makes its own database). */
    static List<Supplier<Database>> both() {
        return List.of(named("H2", Database::h2), named("PostgreSQL", Database::postgres));
    }

    private static Supplier<Database> named(String name, Supplier<Database> make) {
        return new Supplier<>() {
            @Override
            public Database get() {
                return make.get();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** Spring properties that point an application at this database. */
    String[] properties() {
        return new String[] {"spring.datasource.url=" + url, "spring.datasource.username=" + user,
                "spring.datasource.password=" + password};
    }

    @Override
    public String toString() {
        return kind;
    }
}
