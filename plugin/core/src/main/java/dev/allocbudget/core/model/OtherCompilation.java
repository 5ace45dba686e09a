package dev.allocbudget.core.model;

/**
 * A method's figure in the compile order that did not decide its verdict.
 *
 * @param order      that order
 * @param bytesPerOp its figure; {@code null} when the method could not be measured in it
 * @param problem    why it could not, or {@code null}
 */
public record OtherCompilation(CompileOrder order, Double bytesPerOp, Problem problem) {

    /** The order whose figure decided. */
    public CompileOrder decided() {
        return order == CompileOrder.CALLEES_FIRST ? CompileOrder.METHOD_FIRST : CompileOrder.CALLEES_FIRST;
    }

    /** True when the two orders gave different figures: the method has two compilations that allocate differently. */
    public boolean differs(double decidedBytesPerOp) {
        return bytesPerOp != null && bytesPerOp != decidedBytesPerOp;
    }
}
