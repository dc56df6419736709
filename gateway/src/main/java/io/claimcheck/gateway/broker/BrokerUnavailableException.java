package io.claimcheck.gateway.broker;

/** The broker did not confirm a message in time, or refused it: nothing of the request is queued; try again. */
public class BrokerUnavailableException extends RuntimeException {

    BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
