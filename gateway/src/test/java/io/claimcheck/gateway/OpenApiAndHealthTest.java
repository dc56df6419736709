package io.claimcheck.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What operators and client generators read: health, the OpenAPI document, Swagger UI. */
@QuarkusTest
class OpenApiAndHealthTest {

    @Test
    void servesItsOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("claimcheck API"))
                .body("paths.'/api/v1/analyses'.post.operationId", equalTo("analyse"))
                .body("paths.'/api/v1/analyses'.post.responses.'400'.content.'application/problem+json'", notNullValue());
    }

    @Test
    void servesSwaggerUi() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void isLive() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
