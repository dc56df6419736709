package io.claimcheck.http;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;

/**
 * A client that hung up mid-request: the connection closed or was reset under a request being read or answered. That
 * is the client's doing and no failure of ours, so it is logged at DEBUG, not as an ERROR that hides real ones.
 */
public final class HangUps {

    private static final String[] CLOSED = { "connection was closed", "connection reset", "broken pipe",
            "closed channel" };

    private HangUps() {
    }

    public static boolean isHangUp(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClosedChannelException) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            boolean transport = t instanceof IOException || t.getClass().getName().startsWith("io.vertx.")
                    || t.getClass().getName().startsWith("io.netty.");
            for (String closed : CLOSED) {
                if (transport && message.contains(closed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
