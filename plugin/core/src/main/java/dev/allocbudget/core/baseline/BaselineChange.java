package dev.allocbudget.core.baseline;

import dev.allocbudget.core.model.BaselineEntry;
import dev.allocbudget.runner.protocol.MethodId;

/**
 * One entry of the baseline file changed by {@link BaselineUpdate}.
 *
 * @param before the entry before, {@code null} when it was added
 * @param after  the entry after, {@code null} when it was removed
 */
public record BaselineChange(Kind kind, MethodId id, BaselineEntry before, BaselineEntry after) {
    public enum Kind {
        /** A method new to the file. */
        ADDED,
        /** A method recorded with other figures. */
        CHANGED,
        /** An entry whose method is gone. */
        REMOVED,
        /** An entry the ratchet lowered to an improved figure. */
        TIGHTENED
    }
}
