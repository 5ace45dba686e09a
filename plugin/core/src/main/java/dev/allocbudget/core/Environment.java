package dev.allocbudget.core;

/** The JVM the figures were measured on, as the forked JVM reports it. */
public record Environment(String javaVersion, String javaVendor, String vmName, String gc, String pluginVersion) {}
