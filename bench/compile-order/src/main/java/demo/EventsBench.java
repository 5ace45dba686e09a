package demo;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

@State(Scope.Thread)
public class EventsBench {
    Events events = new Events();

    // -Dpreload=true: the class JDK 25's C2 finds unloaded when it compiles writeEvent under -Xbatch, loaded (not
    // initialised) before the first call
    static {
        if (Boolean.getBoolean("preload")) {
            try {
                Class.forName("com.fasterxml.jackson.core.ObjectCodec", false, EventsBench.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Benchmark
    public int writeEvent() throws IOException {
        return events.writeEvent();
    }
}
