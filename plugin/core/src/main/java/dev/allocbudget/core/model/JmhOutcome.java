package dev.allocbudget.core.model;

/** What JMH gave for a method: its figures, or why it gave none. */
public sealed interface JmhOutcome permits JmhResult, JmhFailure {}
