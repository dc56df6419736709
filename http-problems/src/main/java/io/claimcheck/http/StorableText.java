package io.claimcheck.http;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every string a request body brings is text a database can store alike on PostgreSQL and H2: no NUL (PostgreSQL
 * refuses it in text, H2 keeps it) and no lone surrogate (stored as {@code ?}, or refused, by the encoder). Such a
 * string is refused while the body is read, naming its field, rather than cleaned: removing a character would move
 * every span after it.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new Checked()));
    }

    /** The first reason the text cannot be stored, or null when it can. */
    public static String whyNotStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "holds a NUL character at " + i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "holds a lone surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") at " + i;
            }
        }
        return null;
    }

    private static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser json, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(json, context);
            String why = text == null ? null : whyNotStorable(text);
            if (why != null) {
                // the message names the fault, not the text: that may be long, and is the caller's own
                throw InvalidFormatException.from(json, "the text " + why, null, String.class);
            }
            return text;
        }
    }
}
