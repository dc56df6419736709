package io.claimcheck.http;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** What a body that could not be read got wrong, and where: {@code at claims[2].lower}. */
public final class JsonFaults {

    private JsonFaults() {
    }

    public static String describe(JsonProcessingException e) {
        String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " (at " + pathOf(mapping) + ")"
                : "";
        return "The body is not the JSON this operation takes" + where + ": " + e.getOriginalMessage();
    }

    private static String pathOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(step -> step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
