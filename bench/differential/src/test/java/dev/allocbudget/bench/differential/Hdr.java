package dev.allocbudget.bench.differential;

import dev.allocbudget.AllocationBudget;
import java.nio.ByteBuffer;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** HdrHistogram 2.2.2: recording (zero-allocation by design), percentiles, copies, interval recorders, encoding. */
public class Hdr {
    public long value = 1_234_567;
    public final Histogram histogram = new Histogram(3_600_000_000L, 3);
    public final Histogram small = new Histogram(1_000_000L, 2);
    public final ConcurrentHistogram concurrent = new ConcurrentHistogram(3_600_000_000L, 3);
    public final Recorder recorder = new Recorder(3_600_000_000L, 3);
    public Histogram recycled;
    public final ByteBuffer encodeBuffer;
    public long step;

    public Hdr() {
        for (int i = 1; i <= 10_000; i++) {
            histogram.recordValue(i * 97L);
            small.recordValue(i * 37L);
        }
        encodeBuffer = ByteBuffer.allocate(small.getNeededByteBufferCapacity());
    }

    /** Histogram.recordValue: 0 B. */
    @AllocationBudget
    public long recordValue() {
        histogram.recordValue(value + (step++ & 1023));
        return histogram.getTotalCount();
    }

    /** ConcurrentHistogram.recordValue: 0 B on the calling thread (a writer-reader phaser, no allocation). */
    @AllocationBudget
    public long concurrentRecordValue() {
        concurrent.recordValue(value);
        return step++;
    }

    /** Recorder.recordValue: 0 B. */
    @AllocationBudget
    public long recorderRecordValue() {
        recorder.recordValue(value);
        return step++;
    }

    /** getValueAtPercentile(99.9) on 10,000 values. */
    @AllocationBudget
    public long valueAtPercentile() {
        return histogram.getValueAtPercentile(99.9);
    }

    /** getMean: iterates with the histogram's own reused iterator. */
    @AllocationBudget
    public double mean() {
        return small.getMean();
    }

    /** Recorder.getIntervalHistogram with a recycled histogram: swaps, after the first call no new histogram. */
    @AllocationBudget
    public long intervalHistogramRecycled() {
        recorder.recordValue(value);
        recycled = recorder.getIntervalHistogram(recycled);
        return recycled.getTotalCount();
    }

    /** Histogram.copy of a small histogram (2 significant digits, max 1e6), returned. */
    @AllocationBudget
    public Object copySmall() {
        return small.copy();
    }

    /** encodeIntoByteBuffer of the small histogram into a reused buffer. */
    @AllocationBudget
    public int encodeIntoBuffer() {
        encodeBuffer.clear();
        return small.encodeIntoByteBuffer(encodeBuffer);
    }
}
