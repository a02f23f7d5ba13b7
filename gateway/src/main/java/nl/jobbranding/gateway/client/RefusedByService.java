package nl.jobbranding.gateway.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service refused a read of a composed view with a 4xx problem (an invalid cursor, say): the caller gets that same
 * problem, not a 503, because the service did answer.
 */
public class RefusedByService extends RuntimeException {

    private final int status;
    private final transient ObjectNode problem;

    public RefusedByService(int status, ObjectNode problem) {
        super(problem.path("detail").asText("refused with " + status));
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The service's problem document. */
    public ObjectNode problem() {
        return problem;
    }
}
