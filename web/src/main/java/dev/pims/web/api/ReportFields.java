package dev.pims.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of one report of the main service, a JSON object, read by name. Every field found wrong is remembered, so
 * that one 422 answer names them all ({@code {"error": "invalid", "fields": [...]}}); a reader returns null for a
 * wrong field, and the resource records nothing once {@link #answerIfInvalid} has found one.
 */
final class ReportFields {

    static final int UNPROCESSABLE = 422;

    private final JsonObject report;
    private final Validator validator;
    private final Set<String> invalid = new TreeSet<>();

    private ReportFields(JsonObject report, Validator validator) {
        this.report = report;
        this.validator = validator;
    }

    /** @throws WebApplicationException 400 {@code malformed} when the body is no JSON object */
    static ReportFields of(String body, Validator validator) {
        try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            return new ReportFields(reader.readObject(), validator);
        } catch (JsonException | IllegalStateException malformed) {
            throw InternalCalls.answer(Response.Status.BAD_REQUEST.getStatusCode(), "malformed");
        }
    }

    /** The member the report is about: a positive whole number. */
    Long memberId() {
        return positiveWhole("memberId");
    }

    /** A positive whole number that fits a long, else null. */
    Long positiveWhole(String name) {
        if (report.get(name) instanceof JsonNumber number && number.isIntegral()) {
            try {
                long value = number.longValueExact();
                if (value > 0) {
                    return value;
                }
            } catch (ArithmeticException tooLarge) {
                // named below, as any other wrong value
            }
        }
        return wrong(name);
    }

    /** One of the constants by its exact name, else null. */
    <E extends Enum<E>> E constant(String name, Class<E> type) {
        if (report.get(name) instanceof JsonString text) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text.getString())) {
                    return constant;
                }
            }
        }
        return wrong(name);
    }

    /** A string; null when the field is absent or JSON null (the record's own constraints say whether it may be). */
    String text(String name) {
        JsonValue value = report.getOrDefault(name, JsonValue.NULL);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        return value.getValueType() == JsonValue.ValueType.NULL ? null : wrong(name);
    }

    /** The record as read, each of its constraint violations naming its field. */
    <T> T checked(T record) {
        for (ConstraintViolation<T> violation : validator.validate(record)) {
            invalid.add(violation.getPropertyPath().toString());
        }
        return record;
    }

    /** @throws WebApplicationException 422 naming every wrong field, if there is one */
    void answerIfInvalid() {
        if (!invalid.isEmpty()) {
            throw invalidAnswer(invalid);
        }
    }

    /** The fields found wrong so far, in the order of their names. */
    Set<String> invalid() {
        return Collections.unmodifiableSet(invalid);
    }

    /** The 422 answer naming the fields, also for a field the recording service refused (e.g. a method not theirs). */
    static WebApplicationException invalidAnswer(Set<String> fields) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        new TreeSet<>(fields).forEach(names::add);
        return new WebApplicationException(Response.status(UNPROCESSABLE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder()
                        .add("error", "invalid")
                        .add("fields", names)
                        .build()
                        .toString())
                .build());
    }

    private <T> T wrong(String name) {
        invalid.add(name);
        return null;
    }
}
