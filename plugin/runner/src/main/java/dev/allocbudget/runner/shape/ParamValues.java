package dev.allocbudget.runner.shape;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@code @Param} value, as written, into a value of its field's type, by JMH's rules: primitives and their
 * wrappers (parsed as {@code Integer.parseInt} etc. do; booleans only {@code true} or {@code false}; a char from a
 * one-character string), {@code String} as it is, enums by constant name.
 */
final class ParamValues {
    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(
            Boolean.class, boolean.class, Byte.class, byte.class, Character.class, char.class,
            Short.class, short.class, Integer.class, int.class, Long.class, long.class,
            Float.class, float.class, Double.class, double.class);

    private ParamValues() {}

    /** True for the types JMH accepts for a {@code @Param} field. */
    static boolean acceptable(Class<?> type) {
        return type.isPrimitive() && type != void.class || WRAPPERS.containsKey(type) || type == String.class
                || type.isEnum();
    }

    /**
     * Why {@code text} is no value of {@code type}, or null when it is one. Runs no user code: an enum's constants
     * are read from its fields, without initialising it.
     */
    static String problem(Class<?> type, String text) {
        if (type.isEnum()) {
            return enumConstants(type).contains(text) ? null : "not a constant of " + type.getName();
        }
        try {
            convert(type, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The value of {@code text} for a field of {@code type}; throws IllegalArgumentException when there is none. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object convert(Class<?> type, String text) {
        if (type == String.class) {
            return text;
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class) type, text);
        }
        Class<?> primitive = WRAPPERS.getOrDefault(type, type);
        try {
            if (primitive == boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new IllegalArgumentException("not a boolean (true or false)");
                }
                return Boolean.valueOf(text);
            }
            if (primitive == char.class) {
                if (text.length() != 1) {
                    throw new IllegalArgumentException("not a char (one character)");
                }
                return text.charAt(0);
            }
            if (primitive == byte.class) return Byte.parseByte(text);
            if (primitive == short.class) return Short.parseShort(text);
            if (primitive == int.class) return Integer.parseInt(text);
            if (primitive == long.class) return Long.parseLong(text);
            if (primitive == float.class) return Float.parseFloat(text);
            if (primitive == double.class) return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not " + article(primitive.getName()) + " " + primitive.getName());
        }
        throw new IllegalArgumentException("a @Param field of type " + type.getName() + " takes no values");
    }

    /** The names of an enum's constants, in declaration order, without initialising the enum. */
    static List<String> enumConstants(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.isEnumConstant()) {
                names.add(f.getName());
            }
        }
        return names;
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
