package io.claimcheck.reconciler.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.reconciler.domain.Discrepancy;
import io.claimcheck.reconciler.domain.JudgedConflict;

/** Writes a discrepancy and its conflicts into its row, and reads them back, as JSON. */
@ApplicationScoped
public class DiscrepancyCodec {

    private static final TypeReference<List<JudgedConflict>> CONFLICTS = new TypeReference<>() {
    };

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

    String writeConflicts(List<JudgedConflict> conflicts) {
        try {
            return json.writeValueAsString(conflicts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A conflict is plain data and always serialisable", e);
        }
    }

    /** The conflicts a discrepancy rests on; empty when the row was written before they were kept. */
    List<JudgedConflict> readConflicts(DiscrepancyEntity row) {
        if (row.conflicts == null) {
            return List.of();
        }
        try {
            return json.readValue(row.conflicts, CONFLICTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Discrepancy " + row.discrepancyId + " has unreadable conflicts", e);
        }
    }

    public Discrepancy read(DiscrepancyEntity row) {
        return read(row.body);
    }

    Discrepancy read(String body) {
        try {
            return json.readValue(body, Discrepancy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored discrepancy has an unreadable body", e);
        }
    }
}
