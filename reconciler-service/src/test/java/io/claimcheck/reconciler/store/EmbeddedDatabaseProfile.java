package io.claimcheck.reconciler.store;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The reconciler as the local run starts it: same build, embedded H2 in PostgreSQL mode instead of PostgreSQL. */
public class EmbeddedDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:h2:mem:claimcheck;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "quarkus.datasource.username", "sa",
                "quarkus.hibernate-orm.database.version-check.enabled", "false",
                "quarkus.flyway.schemas", "public");
    }
}
