package dev.allocbudget.junit;

import dev.allocbudget.runner.protocol.MethodId;
import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * A class with budget methods: a container whose tests are its methods' rows.
 *
 * @param classRoot the class-path directory the class was compiled into: the check's test-classes directory, or
 *                  {@code null} when the class comes from elsewhere (a jar), where the check cannot list it
 */
final class BudgetClassDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "class";

    private final Class<?> type;
    private final String className;
    private final Path classRoot;

    BudgetClassDescriptor(UniqueId parent, Class<?> type, Path classRoot) {
        super(parent.append(SEGMENT, type.getName()), type.getSimpleName(), ClassSource.from(type));
        this.type = type;
        this.className = type.getName();
        this.classRoot = classRoot;
    }

    /**
     * A class known by its name only, not loaded (its type is {@code null}): a container for a {@link SetupProblem}
     * about a class the launcher did not select ({@link UnrunBudgetClasses}).
     */
    BudgetClassDescriptor(UniqueId parent, String className) {
        super(parent.append(SEGMENT, className), className.substring(className.lastIndexOf('.') + 1),
                ClassSource.from(className));
        this.type = null;
        this.className = className;
        this.classRoot = null;
    }

    Class<?> type() {
        return type;
    }

    Path classRoot() {
        return classRoot;
    }

    @Override
    public String getLegacyReportingName() {
        return className;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** The row with that id, when it is already a child. */
    boolean hasRow(MethodId id) {
        return getChildren().stream().anyMatch(c -> ((BudgetRowDescriptor) c).id().equals(id));
    }

    /** Adds the row unless it is a child already (a method selected twice, or its class too). */
    void addRow(BudgetRowDescriptor row) {
        if (!hasRow(row.id())) {
            addChild(row);
        }
    }
}
