package io.claimcheck.gateway.observability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

class ConnectionResetFilterTest {

    private final ConnectionResetFilter filter = new ConnectionResetFilter();

    @Test
    void dropsVertxsConnectionResetOnly() {
        assertFalse(filter.isLoggable(record(ConnectionResetFilter.CONNECTION_LOGGER, "Connection reset")));
        assertFalse(filter.isLoggable(record(ConnectionResetFilter.CONNECTION_LOGGER, "Connection reset by peer")));
        assertTrue(filter.isLoggable(record(ConnectionResetFilter.CONNECTION_LOGGER, "Unhandled exception")));
        assertTrue(filter.isLoggable(record("io.claimcheck.gateway.problems.ProblemMappers", "Connection reset")));
    }

    private static LogRecord record(String logger, String message) {
        LogRecord record = new LogRecord(Level.SEVERE, message);
        record.setLoggerName(logger);
        return record;
    }
}
