package io.claimcheck.ingest.sources;

/** A source that cannot be read at all: a missing file, a feed that is no RSS or Atom, a line that is no JSON. */
public final class SourceException extends Exception {

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }

    public SourceException(String message) {
        super(message);
    }
}
