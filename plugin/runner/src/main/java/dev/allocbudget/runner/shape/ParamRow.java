package dev.allocbudget.runner.shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One combination of {@code @Param} values, by parameter name, as written in the annotations. Its {@link #suffix}
 * makes the method id of the row: {@code demo.CodecBench#encode[kind=ascii,size=16]}, names sorted.
 */
public record ParamRow(SortedMap<String, String> values) {
    /** The one row of a method without {@code @Param} fields; its id is the method's id. */
    static final ParamRow NONE = new ParamRow(new TreeMap<>());

    public ParamRow {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** {@code [a=1,b=x]}, or the empty string for {@link #NONE}. */
    String suffix() {
        if (values.isEmpty()) {
            return "";
        }
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "[", "]"));
    }

    /**
     * Every combination of the values of each name: names sorted, the first name varying slowest, each name's
     * values in the order written. No names give the single row {@link #NONE}; a name without values gives none.
     */
    static List<ParamRow> combinations(SortedMap<String, List<String>> space) {
        List<ParamRow> rows = new ArrayList<>(List.of(NONE));
        for (Map.Entry<String, List<String>> name : space.entrySet()) {
            List<ParamRow> longer = new ArrayList<>();
            for (ParamRow row : rows) {
                for (String value : name.getValue()) {
                    SortedMap<String, String> values = new TreeMap<>(row.values());
                    values.put(name.getKey(), value);
                    longer.add(new ParamRow(values));
                }
            }
            rows = longer;
        }
        return rows;
    }
}
