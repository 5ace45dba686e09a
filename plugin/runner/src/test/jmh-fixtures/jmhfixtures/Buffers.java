package jmhfixtures;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A @State class taken as a parameter, with a @Param of its own and helpers inherited from ZBase. */
@State(Scope.Thread)
public class Buffers extends ZBase {
    @Param({"8", "64"})
    public int length;

    public byte[] data;

    @Setup
    public void fill() {
        data = new byte[length];
        Log.add("Buffers.fill length=" + length);
    }

    @TearDown
    public void clear() {
        data = null;
        Log.add("Buffers.clear");
    }
}
