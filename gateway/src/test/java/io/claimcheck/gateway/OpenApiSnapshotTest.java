package io.claimcheck.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The OpenAPI document in the repository ({@code src/main/openapi/}, written by the build) is the one the gateway
 * serves, so every change to the public API shows up in review. After an intended change, build once
 * ({@code ./mvnw package -DskipTests -pl gateway}) and commit the rewritten document.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    private static final Path COPY = Path.of("src", "main", "openapi", "openapi.json");

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        JsonNode committed = json.readTree(Files.readString(COPY));
        assertEquals(committed, served, "The served OpenAPI document differs from " + COPY
                + ": the public API changed. Build the gateway to rewrite the copy, review it and commit it.");
    }
}
