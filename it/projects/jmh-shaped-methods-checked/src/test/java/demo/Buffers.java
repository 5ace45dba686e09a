package demo;

import java.util.Arrays;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A @State class a benchmark takes as a parameter: public, with a public no-argument constructor. */
@State(Scope.Thread)
public class Buffers {
    public byte[] data;

    @Setup
    public void fill() {
        data = new byte[64];
        Arrays.fill(data, (byte) 'x');
        Helpers.log("Buffers.fill");
    }

    @TearDown
    public void release() {
        data = null;
        Helpers.log("Buffers.release");
    }
}
