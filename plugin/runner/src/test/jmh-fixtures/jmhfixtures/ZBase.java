package jmhfixtures;

import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/** A superclass whose name sorts after its subclass's: JMH orders helpers by qualified name, not by hierarchy. */
public abstract class ZBase {
    @Setup
    public void aPrepare() {
        Log.add("ZBase.aPrepare");
    }

    @TearDown
    public void zRelease() {
        Log.add("ZBase.zRelease");
    }
}
