package io.claimcheck.gateway.problems;

/** A request the gateway turns down itself, with the kind of problem and the status to answer with. */
public class InvalidRequestException extends RuntimeException {

    private final ProblemType type;
    private final int status;

    public InvalidRequestException(ProblemType type, int status, String detail) {
        super(detail);
        this.type = type;
        this.status = status;
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return status;
    }
}
