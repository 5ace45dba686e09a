package dev.allocbudget.core.model;

/** The JVM the figures were measured on, as the forked JVM reports it. */
public record Environment(String javaVersion, String javaVendor, String vmName, String gc, String pluginVersion) {

    /** The feature version, {@code "17"} for {@code 17.0.15}: the key of a baseline section. */
    public String javaFeature() {
        int end = 0;
        while (end < javaVersion.length() && Character.isDigit(javaVersion.charAt(end))) {
            end++;
        }
        return end == 0 ? javaVersion : javaVersion.substring(0, end);
    }
}
