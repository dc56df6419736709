package io.claimcheck.reconciler.store;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver the datasource is built with: it hands a {@code jdbc:postgresql:} URL to the PostgreSQL driver
 * and a {@code jdbc:h2:} URL to the embedded H2 engine.
 *
 * <p>Quarkus fixes the driver class at build time; routing on the URL is what lets one build run on the production
 * PostgreSQL and, for the local run, on an embedded database under {@code ./data/} (see ARCHITECTURE.md).
 */
public final class UrlRoutingDriver implements Driver {

    private final Driver postgresql = new org.postgresql.Driver();
    private final Driver h2 = new org.h2.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver target = target(url);
        return target == null ? null : target.connect(url, info);
    }

    @Override
    public boolean acceptsURL(String url) {
        return target(url) != null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver target = target(url);
        return target == null ? new DriverPropertyInfo[0] : target.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgresql.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgresql.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgresql.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("UrlRoutingDriver logs through the driver it routes to");
    }

    private Driver target(String url) {
        if (url == null) {
            return null;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return postgresql;
        }
        if (url.startsWith("jdbc:h2:")) {
            return h2;
        }
        return null;
    }
}
