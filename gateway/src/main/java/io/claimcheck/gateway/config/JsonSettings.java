package io.claimcheck.gateway.config;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Numbers in the public API are written as a person would: {@code 2300}, not {@code 2300.0} or {@code 2.3E+3},
 * whichever service they came from.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("plain-decimals").addSerializer(BigDecimal.class, new PlainDecimal()));
    }

    private static final class PlainDecimal extends StdSerializer<BigDecimal> {

        PlainDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
            BigDecimal plain = value.stripTrailingZeros();
            if (plain.scale() <= 0) {
                json.writeNumber(plain.toBigIntegerExact());
            } else {
                json.writeNumber(plain.toPlainString());
            }
        }
    }
}
