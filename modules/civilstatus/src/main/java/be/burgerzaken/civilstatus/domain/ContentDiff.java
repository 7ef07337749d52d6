package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.FieldChange;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields an amended act changes: both contents flattened to paths ({@code child.givenNames},
 * {@code parents[1].person.birthDate}) with their values as text, then compared. The paths are the JSON member
 * names of the act's content (record component names).
 */
public final class ContentDiff {
    private ContentDiff() {
    }

    public static List<FieldChange> diff(Object before, Object after) {
        Map<String, String> a = flatten(before);
        Map<String, String> b = flatten(after);
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            String x = a.get(path);
            String y = b.get(path);
            if (!Objects.equals(x, y)) {
                changes.add(new FieldChange(path, x, y));
            }
        }
        return changes;
    }

    /** Path to value (as text) of every non-empty leaf. */
    public static Map<String, String> flatten(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", value, out);
        return out;
    }

    private static void flatten(String path, Object value, Map<String, String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                flatten(path.isEmpty() ? c.getName() : path + "." + c.getName(), read(c, r), out);
            }
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                flatten(path + "[" + i++ + "]", item, out);
            }
        } else if (value instanceof String s && s.isBlank()) {
            // an empty text is no value
        } else {
            out.put(path, value.toString());
        }
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
