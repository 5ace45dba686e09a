package dev.allocbudget.examples.codec;

/** The body of a JSON response: {@code {"id":1042,"name":"Ada","balance":-1250,"active":true}}. */
public record Account(long id, String name, long balance, boolean active) {}
