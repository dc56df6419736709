package io.claimcheck.reconciler.store;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimcheck.reconciler.domain.ConflictKind;
import io.claimcheck.reconciler.domain.Discrepancy;
import io.claimcheck.reconciler.domain.JudgedConflict;

/** Writes a discrepancy (as JSON) and its conflicts (as lines) into its row, and reads them back. */
@ApplicationScoped
public class DiscrepancyCodec {

    private static final char RATIO_BITS = 'x';

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

    /**
     * One line per conflict: the two claim ids, the kind and the ratio, separated by tabs. A story's stored conflicts
     * are read back on every addition to it, so the format is the plainest to read (claim ids hold no tab). The ratio
     * is written as the hexadecimal bits of the double after an {@code x}: exact, and read back without the slow
     * path decimal parsing takes for most ratios ("3.3333333333333335" needs big-integer arithmetic).
     */
    String writeConflicts(List<JudgedConflict> conflicts) {
        StringBuilder lines = new StringBuilder();
        for (JudgedConflict conflict : conflicts) {
            lines.append(conflict.higherClaimId()).append('\t').append(conflict.lowerClaimId()).append('\t')
                    .append(conflict.kind().name()).append('\t').append(RATIO_BITS)
                    .append(Long.toHexString(Double.doubleToLongBits(conflict.ratio()))).append('\n');
        }
        return lines.toString();
    }

    private static double ratio(String field) {
        if (field.isEmpty() || field.charAt(0) != RATIO_BITS) {
            throw new IllegalStateException("A stored ratio must be x and the bits of a double: " + field);
        }
        return Double.longBitsToDouble(Long.parseUnsignedLong(field, 1, field.length(), 16));
    }

    /** The conflicts a discrepancy rests on; empty when the row was written before they were kept. */
    List<JudgedConflict> readConflicts(String lines) {
        if (lines == null) {
            return List.of();
        }
        List<JudgedConflict> conflicts = new ArrayList<>();
        for (String line : lines.split("\n")) {
            String[] fields = line.split("\t");
            if (fields.length != 4) {
                throw new IllegalStateException("A stored conflict must have 4 fields: " + line);
            }
            conflicts.add(new JudgedConflict(fields[0], fields[1], ConflictKind.valueOf(fields[2]),
                    ratio(fields[3])));
        }
        return conflicts;
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
