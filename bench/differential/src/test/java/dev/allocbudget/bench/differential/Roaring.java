package dev.allocbudget.bench.differential;

import dev.allocbudget.AllocationBudget;
import java.nio.ByteBuffer;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/** RoaringBitmap 1.3.0: membership, set algebra, iteration, serialization. */
public class Roaring {
    public int probe = 70_001;
    public final RoaringBitmap a = new RoaringBitmap();
    public final RoaringBitmap b = new RoaringBitmap();
    public final ByteBuffer out;

    public Roaring() {
        for (int i = 0; i < 100_000; i += 3) a.add(i);
        for (int i = 0; i < 100_000; i += 5) b.add(i);
        a.add(200_000, 210_000); // a run
        a.runOptimize();
        out = ByteBuffer.allocate(a.serializedSizeInBytes());
    }

    /** contains: 0 B. */
    @AllocationBudget
    public boolean contains() {
        return a.contains(probe);
    }

    /** RoaringBitmap.and of two bitmaps of ~33,000 and 20,000 values, cardinality returned. */
    @AllocationBudget
    public int andCardinality() {
        return RoaringBitmap.andCardinality(a, b);
    }

    /** RoaringBitmap.or, returned: a new bitmap. */
    @AllocationBudget
    public Object or() {
        return RoaringBitmap.or(a, b);
    }

    /** Iterating the first 64 values with an IntIterator. */
    @AllocationBudget
    public long iterateFirst64() {
        IntIterator it = b.getIntIterator();
        long r = 0;
        for (int i = 0; i < 64 && it.hasNext(); i++) r += it.next();
        return r;
    }

    /** serialize into a reused ByteBuffer: 0 B expected. */
    @AllocationBudget
    public int serialize() {
        out.clear();
        a.serialize(out);
        return out.position();
    }
}
