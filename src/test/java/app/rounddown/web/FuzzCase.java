package app.rounddown.web;

import static io.restassured.RestAssured.given;

import app.rounddown.pipeline.Stage;
import app.rounddown.support.Fixtures;
import app.rounddown.web.ApiFuzzTest.FuzzOperation;
import app.rounddown.web.ApiFuzzTest.FuzzRecords;
import app.rounddown.web.ApiFuzzTest.FuzzRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * One thing changed in an otherwise realistic request: the body, its Content-Type, one path or query parameter, or
 * one property of the body. The realistic request is built when the case is sent, from the records as they are then.
 */
record FuzzCase(String category, String what, Consumer<Draft> change) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "x".repeat(10_000);
    /** The HTTP server itself refuses a request line over 4,096 bytes (414, no body), before the app sees it. */
    private static final String LONG_IN_ADDRESS = "z".repeat(3_000);
    private static final String MEGABYTE = "y".repeat(1 << 20);
    /** Sent on every run: each of these once answered 500 (PostgreSQL text cannot hold NUL; a reason overflowed its column). */
    private static final String KEPT = "kept";

    FuzzRequest request(FuzzOperation operation, FuzzRecords records) {
        Draft draft = Draft.realistic(operation, records);
        change.accept(draft);
        return draft.request(operation);
    }

    @Override
    public String toString() {
        return "case: " + what;
    }

    /**
     * Every kept case (inputs that once broke the API), then up to {@code count} more, taken in turn from each
     * category so that every kind of change gets its share.
     */
    static List<FuzzCase> pick(List<FuzzCase> cases, Random random, int count) {
        Map<String, List<FuzzCase>> byCategory = new LinkedHashMap<>();
        cases.forEach(c -> byCategory.computeIfAbsent(c.category(), key -> new ArrayList<>()).add(c));
        List<FuzzCase> picked = new ArrayList<>(byCategory.getOrDefault(KEPT, List.of()));
        byCategory.remove(KEPT);
        byCategory.values().forEach(list -> Collections.shuffle(list, random));
        int wanted = picked.size() + count;
        for (int round = 0; picked.size() < wanted && picked.size() < cases.size(); round++) {
            for (List<FuzzCase> list : byCategory.values()) {
                if (round < list.size() && picked.size() < wanted) {
                    picked.add(list.get(round));
                }
            }
        }
        return picked;
    }

    static List<FuzzCase> allFor(FuzzOperation operation, FuzzRecords records) {
        List<FuzzCase> cases = new ArrayList<>();
        cases.add(new FuzzCase("as is", "the realistic request itself", draft -> {
        }));
        for (FuzzOperation.Param param : operation.pathParams()) {
            List<String> values = new ArrayList<>(List.of("0", "-1", "abc", "99999999999999999999", "1.5", "1e3",
                    "9223372036854775807", "-9223372036854775808", "2147483648", " 1", "\u0000", "\u202E1",
                    LONG_IN_ADDRESS, String.valueOf(records.opening()), String.valueOf(records.candidate()),
                    String.valueOf(records.assignment()), "999999999"));
            if (param.name().equals("stage")) {
                values.addAll(List.of("culture", "APPLIED", "HIRED", "NOT_A_STAGE", "SUPERDAY"));
            }
            values.forEach(value -> cases.add(new FuzzCase("path", "path " + param.name() + " = " + show(value),
                    draft -> draft.pathValues.put(param.name(), value))));
        }
        for (FuzzOperation.Param param : operation.queryParams()) {
            List<String> values = List.of("", "0", "-1", "abc", "2147483648", "9223372036854775808", "1.5", "NaN",
                    "1e308", "a\u0000b", "\u202Eevil", "a\r\nb", "NOT_A_VALUE", LONG_IN_ADDRESS, "%", "1'; drop table x;--");
            values.forEach(value -> cases.add(new FuzzCase(value.contains("\u0000") ? KEPT : "query",
                    "query " + param.name() + " = " + show(value), draft -> draft.query.put(param.name(), value))));
        }
        if (operation.hasBody()) {
            bodies(cases);
            Draft realistic = Draft.realistic(operation, records);
            for (String property : realistic.body.keySet()) {
                properties(cases, property, realistic.body.get(property));
            }
            cases.add(new FuzzCase("property", "an extra property fuzzExtra", draft -> draft.body.put("fuzzExtra", "x")));
            cases.add(new FuzzCase("property", "an extra id and createdAt", draft -> {
                draft.body.put("id", 1);
                draft.body.put("createdAt", "1970-01-01T00:00:00Z");
            }));
            cases.add(new FuzzCase("property", "an extra megabyte", draft -> draft.body.put("fuzzExtra", MEGABYTE)));
        }
        return cases;
    }

    private static void bodies(List<FuzzCase> cases) {
        Map<String, Consumer<Draft>> bodies = new LinkedHashMap<>();
        bodies.put("a body that is not JSON", draft -> draft.raw = "this is not JSON");
        bodies.put("truncated JSON", draft -> draft.raw = draft.json().substring(0, draft.json().length() / 2));
        bodies.put("an empty body", draft -> draft.raw = "");
        bodies.put("no body at all", draft -> draft.body = null);
        bodies.put("JSON null", draft -> draft.raw = "null");
        bodies.put("an empty object", draft -> draft.raw = "{}");
        bodies.put("an empty array", draft -> draft.raw = "[]");
        bodies.put("the object inside an array", draft -> draft.raw = "[" + draft.json() + "]");
        bodies.put("a string", draft -> draft.raw = "\"a string\"");
        bodies.put("a number", draft -> draft.raw = "42");
        bodies.put("true", draft -> draft.raw = "true");
        bodies.put("NaN, which JSON does not have", draft -> draft.raw = "{\"a\": NaN}");
        bodies.put("nested 5,000 deep", draft -> draft.raw = "[".repeat(5_000) + "]".repeat(5_000));
        bodies.put("an object nested 2,000 deep", draft -> draft.raw = "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000));
        bodies.put("a byte-order mark first", draft -> draft.raw = "\uFEFF" + draft.json());
        bodies.put("trailing garbage", draft -> draft.raw = draft.json() + "}}");
        bodies.put("a comment", draft -> draft.raw = "/* hi */" + draft.json());
        bodies.put("a duplicated key", draft -> draft.raw = draft.json().replaceFirst("\\{", "{\"fuzz\":1,\"fuzz\":2,"));
        bodies.forEach((what, change) -> cases.add(new FuzzCase("body", what, change)));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/json; charset=nope", "application/json; charset=UTF-16", "application/octet-stream",
                "application/jsonx", "*/*")) {
            cases.add(new FuzzCase("content type", "Content-Type " + type, draft -> draft.contentType = type));
        }
        cases.add(new FuzzCase("content type", "no Content-Type", draft -> draft.contentType = null));
    }

    private static void properties(List<FuzzCase> cases, String property, Object realistic) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("null", null);
        values.put("a string", "text");
        values.put("the empty string", "");
        values.put("blank", "   ");
        values.put("10,000 characters", LONG);
        values.put("a megabyte", MEGABYTE);
        values.put("0", 0);
        values.put("-1", -1);
        values.put("2^31", 2147483648L);
        values.put("2^63", BigInteger.TWO.pow(63));
        values.put("-2^63 - 1", BigInteger.TWO.pow(63).negate().subtract(BigInteger.ONE));
        values.put("1e308", new RawValue("1e308"));
        values.put("-1e308", new RawValue("-1e308"));
        values.put("1e-400", new RawValue("1e-400"));
        values.put("1.5", 1.5);
        values.put("\"NaN\"", "NaN");
        values.put("\"1\"", "1");
        values.put("true", true);
        values.put("an object", Map.of("a", 1));
        values.put("an empty object", Map.of());
        values.put("an array", List.of(1, "a"));
        values.put("an empty array", List.of());
        values.put("a NUL character", "a\u0000b");
        values.put("a lone surrogate", new RawValue("\"a\\ud800b\""));
        values.put("right-to-left marks", "\u202Eevil\u200F name");
        values.put("CR LF", "line\r\nInjected: yes");
        values.put("emoji and zero-width", "👩🏽‍💻\u200B\u0301");
        values.put("an unknown enum value", "NOT_A_VALUE");
        values.put("an instant beyond year 9999", "+1000000000-12-31T23:59:59Z");
        values.put("an instant before year 0", "-999999999-01-01T00:00:00Z");
        values.put("an instant in year 9999", "9999-12-31T23:59:59Z");
        values.put("February 30th", "2026-02-30T10:00:00Z");
        values.put("a time without a zone", "2026-01-05T10:00:00");
        values.put("an id nobody has", 999_999_999L);
        values.put("2^63 - 1", Long.MAX_VALUE);
        if (realistic instanceof String text && text.matches("[A-Z_]+")) {
            values.put("the value in lower case", text.toLowerCase());
        }
        boolean text = realistic instanceof String;
        values.forEach((what, value) -> cases.add(new FuzzCase(text && (what.equals("a NUL character")
                || what.equals("10,000 characters")) ? KEPT : "property", property + " = " + what,
                draft -> draft.body.put(property, value))));
        cases.add(new FuzzCase("property", property + " missing", draft -> draft.body.remove(property)));
    }

    private static String show(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "... (" + value.length() + " characters)"
                : "\"" + value.replace("\u0000", "\\u0000").replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    /** A request as it is being built: realistic first, then changed in one place. */
    static final class Draft {
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        String contentType;
        Map<String, Object> body;
        String raw;

        static Draft realistic(FuzzOperation operation, FuzzRecords records) {
            Draft draft = new Draft();
            for (FuzzOperation.Param param : operation.pathParams()) {
                draft.pathValues.put(param.name(), param.name().equals("stage") ? "CULTURE"
                        : String.valueOf(records.idFor(param.name(), operation.path())));
            }
            if (operation.hasBody()) {
                draft.contentType = "application/json";
                draft.body = body(operation, records, draft);
            }
            return draft;
        }

        private static Map<String, Object> body(FuzzOperation operation, FuzzRecords records, Draft draft) {
            Map<String, Object> body = new LinkedHashMap<>();
            JsonNode properties = operation.body().path("properties");
            if (operation.path().startsWith("/api/scorecards/") && (properties.isEmpty() || properties.has("nodeType"))) {
                // The scorecard operations read their body as a JSON tree, so the document has no properties of
                // the card (or JsonNode's own getters) for it.
                body.put("ratings", Map.of());
                body.put("overall", 3);
                body.put("takeaways", "Clear, curious and well prepared.");
                body.put("mildConcerns", "Talks fast.");
                body.put("askNext", "How they forecast.");
                if (operation.path().endsWith("/amendments")) {
                    body.put("amendReason", "I misread my notes.");
                }
                return body;
            }
            JsonNode current = operation.method().equals("PUT") ? current(operation, draft) : null;
            properties.fields().forEachRemaining(property -> {
                String name = property.getKey();
                JsonNode now = current == null ? null : current.get(name);
                body.put(name, now != null && !now.isNull() ? JSON.convertValue(now, Object.class)
                        : realistic(name, property.getValue(), records, operation.path()));
            });
            return body;
        }

        /** For a change, the record as it is now (its version and values), read through the API. */
        private static JsonNode current(FuzzOperation operation, Draft draft) {
            String path = operation.path();
            for (Map.Entry<String, String> value : draft.pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            var response = given().get(path);
            if (response.statusCode() != 200) {
                return null;
            }
            try {
                return JSON.readTree(response.asString());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Object realistic(String name, JsonNode schema, FuzzRecords records, String path) {
            if (name.equals("candidateId") && path.equals("/api/applications")) {
                // Someone not yet in the opening, so that the realistic request is one the API accepts.
                return Fixtures.candidate(Fixtures.unique("Fuzz Applicant"));
            }
            if (name.endsWith("Id")) {
                return records.idFor(name, path);
            }
            switch (name) {
                case "email":
                    return Fixtures.email();
                case "timeZone":
                case "candidateZone":
                    return "Europe/London";
                case "startsAt":
                    return "2026-01-05T10:00:00Z";
                case "seenStage":
                    return records.stage();
                case "seenStatus":
                    return records.status();
                case "to":
                    return Stage.valueOf(records.stage()).next().map(Enum::name).orElse("APPLIED");
                case "stage":
                    return "TECHNICAL";
                case "phone":
                    return "+44 20 7946 0000";
                case "linkedinUrl":
                case "cvUrl":
                    return "https://example.com/fuzz";
                case "superdayCurrency":
                    return "USD";
                case "durationMinutes":
                    return 45;
                case "version":
                    return 0;
                default:
                    break;
            }
            if (schema.has("enum") && !schema.get("enum").isEmpty()) {
                return schema.get("enum").get(0).asText();
            }
            return switch (FuzzOperation.type(schema)) {
                case "integer" -> 1;
                case "number" -> 100;
                case "boolean" -> true;
                case "array" -> List.of();
                case "object" -> Map.of();
                default -> "Fuzzed " + name;
            };
        }

        String json() {
            try {
                return body == null ? "" : JSON.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        FuzzRequest request(FuzzOperation operation) {
            String path = operation.path();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", ApiFuzzTest.encode(value.getValue()));
            }
            String text = raw != null || body == null ? raw : json();
            return new FuzzRequest(operation.method(), path, query, contentType, text);
        }
    }
}
