package be.burgerzaken.kernel.rest;

import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * --- training / elections polish (issues 5 and 7) --- When JSON-B cannot read a JSON body into the operation's
 * record (or string map) and does not say which property failed (an unknown enum constant, an id that is no UUID, an
 * array or object where a value belongs), this names it: the first component whose value does not convert becomes a
 * 400 problem on that field ({@code ranges[0].from} inside lists of records), with what the value should be. Bodies
 * up to 1 MB are kept for the diagnosis (no copy: a marked buffer); larger ones fall back to the problem on "body".
 */
@Provider
public class JsonFieldReader implements ReaderInterceptor {
    private static final int LIMIT = 1 << 20;
    private static volatile Jsonb jsonb;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        BufferedInputStream buffered = new BufferedInputStream(context.getInputStream(), 8192);
        buffered.mark(LIMIT);
        context.setInputStream(new FilterInputStream(buffered) {
            @Override
            public void close() {
                // the parser closes its stream on failure; keep it readable for the diagnosis
            }
        });
        try {
            return context.proceed();
        } catch (RuntimeException failure) {
            if (failure instanceof DomainException) {
                throw failure;
            }
            ValidationException named = null;
            try {
                buffered.reset();
                named = diagnose(buffered.readNBytes(LIMIT), context.getGenericType());
            } catch (IOException | RuntimeException unreadable) {
                // the body is gone or not JSON at all: the mapper answers on "body"
            }
            if (named != null) {
                throw named;
            }
            throw failure;
        }
    }

    static ValidationException diagnose(byte[] body, Type target) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            value = reader.readValue();
        }
        String field = field(value, target, "");
        return field == null ? null : new ValidationException(field.substring(field.indexOf('|') + 1),
                "invalid", field.substring(0, field.indexOf('|')));
    }

    /** "message|path" of the first value that does not convert, or null. */
    private static String field(JsonValue value, Type target, String path) {
        Class<?> raw = raw(target);
        if (value.getValueType() == JsonValue.ValueType.OBJECT && raw != null && raw.isRecord()) {
            JsonObject object = value.asJsonObject();
            for (RecordComponent c : raw.getRecordComponents()) {
                JsonValue v = object.get(c.getName());
                if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                    continue;
                }
                String p = path.isEmpty() ? c.getName() : path + "." + c.getName();
                String nested = nested(v, c.getGenericType(), p);
                if (nested != null) {
                    return nested;
                }
                if (!converts(v, c.getGenericType())) {
                    return expected(v, c.getGenericType()) + "|" + p;
                }
            }
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT && raw != null && Map.class.isAssignableFrom(raw)
                && target instanceof ParameterizedType pt) {
            for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                if (e.getValue().getValueType() != JsonValue.ValueType.NULL
                        && !converts(e.getValue(), pt.getActualTypeArguments()[1])) {
                    String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                    return expected(e.getValue(), pt.getActualTypeArguments()[1]) + "|" + p;
                }
            }
        }
        return null;
    }

    /** Records inside a list: the element and its component, e.g. ranges[0].from. */
    private static String nested(JsonValue v, Type type, String path) {
        Class<?> raw = raw(type);
        if (v.getValueType() == JsonValue.ValueType.ARRAY && raw != null && Collection.class.isAssignableFrom(raw)
                && type instanceof ParameterizedType pt && raw(pt.getActualTypeArguments()[0]) != null
                && raw(pt.getActualTypeArguments()[0]).isRecord()) {
            JsonArray array = v.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String inner = field(array.get(i), pt.getActualTypeArguments()[0], path + "[" + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
        } else if (v.getValueType() == JsonValue.ValueType.OBJECT && raw != null && raw.isRecord()) {
            return field(v, type, path);
        }
        return null;
    }

    /**
     * Whether the value converts to the type, as leniently as JSON-B (text for strings, numbers or numeric text for
     * numbers, any text for booleans); records, maps and other types are left to JSON-B itself.
     */
    static boolean converts(JsonValue v, Type type) {
        Class<?> raw = raw(type);
        JsonValue.ValueType t = v.getValueType();
        boolean structured = t == JsonValue.ValueType.ARRAY || t == JsonValue.ValueType.OBJECT;
        String text = t == JsonValue.ValueType.STRING ? ((JsonString) v).getString() : null;
        if (raw == null) {
            return true;
        }
        try {
            if (raw == String.class) {
                return !structured;
            } else if (raw.isEnum()) {
                return text != null && Arrays.stream(raw.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(text));
            } else if (raw == UUID.class) {
                return text != null && UUID.fromString(text) != null;
            } else if (raw == LocalDate.class) {
                return text != null && LocalDate.parse(text) != null;
            } else if (raw == LocalDateTime.class) {
                return text != null && LocalDateTime.parse(text) != null;
            } else if (Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class) {
                return t == JsonValue.ValueType.NUMBER || text != null && new java.math.BigDecimal(text.strip()) != null;
            } else if (raw == Boolean.class || raw == boolean.class) {
                return !structured;
            } else if (Collection.class.isAssignableFrom(raw)) {
                if (t != JsonValue.ValueType.ARRAY) {
                    return false;
                }
                Type element = type instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : Object.class;
                return v.asJsonArray().stream().allMatch(e -> e.getValueType() == JsonValue.ValueType.NULL
                        || converts(e, element));
            }
        } catch (RuntimeException e) {
            return false;
        }
        try {
            jsonb().fromJson(v.toString(), type);
            return true;
        } catch (RuntimeException | LinkageError e) {
            return true; // no verdict: do not blame this field
        }
    }

    private static Jsonb jsonb() {
        if (jsonb == null) {
            jsonb = JsonbBuilder.create();
        }
        return jsonb;
    }

    private static String expected(JsonValue v, Type type) {
        Class<?> raw = raw(type);
        String what;
        if (raw == null) {
            what = "a valid value";
        } else if (raw.isEnum()) {
            what = "one of " + Arrays.stream(raw.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        } else if (raw == UUID.class) {
            what = "an id (UUID)";
        } else if (raw == LocalDate.class) {
            what = "a date (yyyy-mm-dd)";
        } else if (raw == LocalDateTime.class) {
            what = "a date and time (yyyy-mm-ddThh:mm)";
        } else if (Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class) {
            what = "a whole number";
        } else if (raw == Boolean.class || raw == boolean.class) {
            what = "true or false";
        } else if (raw == String.class) {
            what = "text";
        } else if (Collection.class.isAssignableFrom(raw)) {
            what = "a list";
        } else {
            what = "a " + raw.getSimpleName();
        }
        String shown = v.toString();
        return shown.length() > 60 ? shown.substring(0, 60) + "… is not " + what : shown + " is not " + what;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
