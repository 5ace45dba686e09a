package demo;

import dev.allocbudget.AllocationBudget;

public class WorkBudget {
    public byte[] data = new byte[128];

    public WorkBudget() {
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 37 + 11);
        }
    }

    /** The same code in v1 and v2: the time gate must never call it regressed. */
    @AllocationBudget(bytes = 0)
    public long same() {
        return Work.same(data);
    }

    /** 2x the time in v2. */
    @AllocationBudget(bytes = 0)
    public long twiceAsSlow() {
        return Work.twiceAsSlow(data);
    }

    /** 1.3x the time in v2. */
    @AllocationBudget(bytes = 0)
    public long slower30() {
        return Work.slower30(data);
    }
}
