package io.claimcheck.reconciler.store;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.reconciler.domain.Discrepancy;

/** Writes a discrepancy into its row's body, and reads it back, as JSON. */
@ApplicationScoped
public class DiscrepancyCodec {

    private final ObjectMapper json;

    DiscrepancyCodec(ObjectMapper json) {
        this.json = json;
    }

    String write(Discrepancy discrepancy) {
        try {
            return json.writeValueAsString(discrepancy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A discrepancy is plain data and always serialisable", e);
        }
    }

    public Discrepancy read(DiscrepancyEntity row) {
        try {
            return json.readValue(row.body, Discrepancy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Discrepancy " + row.discrepancyId + " has an unreadable body", e);
        }
    }
}
