package io.claimcheck.extractor.parties;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A story's own parties, as a request brings them: party name to its aliases
 * ({@code "Armenia": ["Karabakh", "Artsakh"]}). Added on top of the built-in gazetteer.
 */
public record PartyTable(Map<String, List<String>> aliases) {

    public static final PartyTable EMPTY = new PartyTable(Map.of());

    /** Copies what the caller sent, dropping blank names and null aliases rather than failing on them. */
    public PartyTable {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        if (aliases != null) {
            aliases.forEach((party, names) -> {
                if (party != null && !party.isBlank()) {
                    clean.put(party, names == null ? List.of()
                            : names.stream().filter(Objects::nonNull).filter(n -> !n.isBlank()).toList());
                }
            });
        }
        aliases = Collections.unmodifiableMap(clean);
    }
}
