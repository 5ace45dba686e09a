package dev.allocbudget.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A test that stands for what the engine cannot measure (a class path without the check's parts, a budget class
 * whose methods cannot be listed), so the run fails and says why instead of passing without it.
 */
final class SetupProblem extends AbstractTestDescriptor {
    static final String SEGMENT = "problem";

    private final String message;

    SetupProblem(UniqueId parent, String name, String message) {
        super(parent.append(SEGMENT, name), name);
        this.message = message;
    }

    String message() {
        return message;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
