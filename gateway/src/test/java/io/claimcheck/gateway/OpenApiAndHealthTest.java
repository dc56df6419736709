package io.claimcheck.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What operators and client generators read: health, the OpenAPI document, Swagger UI. */
@QuarkusTest
class OpenApiAndHealthTest {

    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void servesItsOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("claimcheck API"))
                .body("paths.'/api/v1/analyses'.post.operationId", equalTo("analyse"))
                .body("paths.'/api/v1/analyses'.post.responses.'400'.content.'application/problem+json'", notNullValue());
    }

    /** What a client generator needs of every public operation, checked for each, so a new one cannot skip it. */
    @Test
    void everyPublicOperationIsDocumentedForClientGenerators() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString()).get("paths");
        List<String> missing = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = method.getValue();
            for (String field : List.of("operationId", "summary", "description", "security")) {
                if (!operation.hasNonNull(field)) {
                    missing.add(where + ": no " + field);
                }
            }
            operation.get("responses").fields().forEachRemaining(response -> {
                boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                if (error && !response.getValue().path("content").has("application/problem+json")) {
                    missing.add(where + ": answer " + response.getKey() + " is not a problem document");
                }
            });
        }));
        assertEquals(List.of(), missing);
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void isLiveOnTheManagementPort() {
        given().when().get(liveness.toString()).then().statusCode(200).body("status", equalTo("UP"));
    }

    /** Health and metrics (with the breakers' states) are on the management interface only, never the public port. */
    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().when().get("/q/health/live").then().statusCode(404);
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get(metrics.toString()).then().statusCode(200);
    }
}
