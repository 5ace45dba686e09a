package dev.allocbudget.core.model;

/** What a limit holds: bytes per call, objects per call, or (for the time gate) time per call. */
public enum Quantity {
    BYTES, OBJECTS, TIME
}
