/**
 * A feedback store on plain JDBC (H2 or PostgreSQL) with its schema kept by Flyway.
 *
 * <p>Flyway has no module name of its own: it is read as the automatic module {@code flyway.core}
 * (from its file name). It reads the migrations from {@code io/github/otklik/jdbc/migration}, which
 * is opened for that, and logs through SLF4J. The JDBC drivers are found by {@link
 * java.sql.DriverManager} as services: put the driver of your database on the module path.
 */
module io.github.otklik.jdbc {
    requires transitive io.github.otklik.metrics;
    requires transitive java.sql;
    requires flyway.core;
    requires org.slf4j;

    exports io.github.otklik.jdbc;

    // Flyway finds the SQL migrations here as resources.
    opens io.github.otklik.jdbc.migration;
}
