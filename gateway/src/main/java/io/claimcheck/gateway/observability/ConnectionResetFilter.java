package io.claimcheck.gateway.observability;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Drops Vert.x's ERROR "Connection reset" for a connection whose peer went away (a service behind the gateway that
 * died mid-call, a client that hung up). The failure that matters is logged already, once, with the request's id: the
 * call's 503 by the problem mappers. Left in, it is noise that hides real failures (a burst of them under load).
 */
@LoggingFilter(name = "connection-reset")
public final class ConnectionResetFilter implements Filter {

    static final String CONNECTION_LOGGER = "io.vertx.core.net.impl.ConnectionBase";

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(CONNECTION_LOGGER.equals(record.getLoggerName()) && record.getMessage() != null
                && record.getMessage().startsWith("Connection reset"));
    }
}
