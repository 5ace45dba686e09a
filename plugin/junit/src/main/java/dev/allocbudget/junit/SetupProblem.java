package dev.allocbudget.junit;

import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * A test that stands for the budget methods of a class the engine cannot measure (a class path without the check's
 * parts, methods that cannot be linked), so the run fails and says why instead of passing without them.
 */
final class SetupProblem extends AbstractTestDescriptor {
    static final String SEGMENT = "problem";
    private static final String NAME = "budget methods";

    private final String message;

    /**
     * A test named "budget methods" under the class whose budget methods cannot be measured. Its source names the
     * class and that name, which is how Surefire's XML names a test case.
     */
    SetupProblem(UniqueId parentClass, Class<?> type, String message) {
        this(parentClass, type.getName(), message);
    }

    SetupProblem(UniqueId parentClass, String className, String message) {
        super(parentClass.append(SEGMENT, NAME), NAME, MethodSource.from(className, NAME));
        this.message = message;
    }

    /** Started and failed with its message, as an error. */
    void report(EngineExecutionListener junit) {
        junit.executionStarted(this);
        junit.executionFinished(this, TestExecutionResult.failed(new NotMeasured(message)));
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
