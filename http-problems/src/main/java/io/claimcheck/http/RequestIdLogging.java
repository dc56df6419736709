package io.claimcheck.http;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Tags this request's log lines with the gateway's {@code X-Request-Id}, so one id follows a call everywhere. */
public class RequestIdLogging {

    @ServerRequestFilter(preMatching = true)
    public void tag(ContainerRequestContext request) {
        String id = request.getHeaderString("X-Request-Id");
        if (id != null) {
            MDC.put("requestId", id);
        }
    }

    @ServerResponseFilter
    public void untag() {
        MDC.remove("requestId");
    }
}
