package io.claimcheck.http;

/** A request a service turns down itself: the kind of problem, its title and status, and what to fix. */
public class ProblemException extends RuntimeException {

    private final String kind;
    private final String title;
    private final int status;

    public ProblemException(String kind, String title, int status, String detail) {
        super(detail);
        this.kind = kind;
        this.title = title;
        this.status = status;
    }

    public Problem toProblem() {
        return Problem.of(kind, title, status, getMessage());
    }
}
