package dev.allocbudget.examples.buffers;

/**
 * A request as it arrives, already split into its parts (the parsing is not what these examples are about).
 *
 * @param method the HTTP method
 * @param path the request path
 * @param userId the authenticated user
 * @param tags the request's tags, in order
 * @param body the request body
 * @param session the caller's session object, the kind of reference a pooled request must not keep
 */
public record RawRequest(String method, String path, long userId, String[] tags, byte[] body, Object session) {
}
