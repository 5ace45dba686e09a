package dev.allocbudget.bench.differential;

import dev.allocbudget.AllocationBudget;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.nio.charset.StandardCharsets;

/**
 * Netty 4.1 ByteBuf: pooled and unpooled, heap and direct. Every buffer taken is released in the same call.
 *
 * <p>The leak detector is switched off: at its default level (SIMPLE) it wraps one allocation in 128, picked at
 * random, in a tracking object, which makes every allocating row a random mean. Production servers often run with
 * it off too ({@code -Dio.netty.leakDetection.level=disabled}).
 */
public class NettyBuffers {
    static {
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    }

    public final ByteBufAllocator pooled = new PooledByteBufAllocator(true);
    public final ByteBufAllocator unpooled = new UnpooledByteBufAllocator(true);
    public final ByteBuf reused = Unpooled.buffer(256);
    public final byte[] payload = "GET /index.html HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    public String text = "héllo, netty";
    public int value = 123_456_789;

    /** Pooled heap buffer of 256 B: write, read, release (the thread cache recycles the chunk). */
    @AllocationBudget
    public int pooledHeapWriteRelease() {
        ByteBuf b = pooled.heapBuffer(256);
        try {
            b.writeInt(value).writeLong(value * 31L).writeBytes(payload);
            return b.readInt() + b.readableBytes();
        } finally {
            b.release();
        }
    }

    /** Pooled direct buffer of 256 B. */
    @AllocationBudget
    public int pooledDirectWriteRelease() {
        ByteBuf b = pooled.directBuffer(256);
        try {
            b.writeInt(value).writeBytes(payload);
            return b.readInt() + b.readableBytes();
        } finally {
            b.release();
        }
    }

    /** Pooled buffer of 16 KiB (a normal-size allocation rather than a small one). */
    @AllocationBudget
    public int pooledLargeRelease() {
        ByteBuf b = pooled.heapBuffer(16 * 1024);
        try {
            b.writeInt(value);
            return b.capacity();
        } finally {
            b.release();
        }
    }

    /** Unpooled heap buffer of 256 B: the ByteBuf object and its byte[256]. */
    @AllocationBudget
    public int unpooledHeapWriteRelease() {
        ByteBuf b = unpooled.heapBuffer(256);
        try {
            b.writeInt(value).writeBytes(payload);
            return b.readInt() + b.readableBytes();
        } finally {
            b.release();
        }
    }

    /** Unpooled direct buffer of 256 B, freed on release (no Cleaner with Unsafe available). */
    @AllocationBudget
    public int unpooledDirectWriteRelease() {
        ByteBuf b = unpooled.directBuffer(256);
        try {
            b.writeInt(value).writeBytes(payload);
            return b.readInt() + b.readableBytes();
        } finally {
            b.release();
        }
    }

    /** Unpooled.wrappedBuffer of an existing byte[]: the wrapper only. */
    @AllocationBudget
    public int wrappedBuffer() {
        ByteBuf b = Unpooled.wrappedBuffer(payload);
        return b.getByte(3) + b.readableBytes();
    }

    /** A reused heap buffer: clear, write, read: 0 B. */
    @AllocationBudget
    public long reusedBufferWriteRead() {
        ByteBuf b = reused;
        b.clear();
        b.writeInt(value).writeLong(value * 31L).writeShort(7);
        return b.readInt() + b.readLong() + b.readShort();
    }

    /** ByteBufUtil.writeUtf8 into the reused buffer: 0 B. */
    @AllocationBudget
    public int writeUtf8Reused() {
        ByteBuf b = reused;
        b.clear();
        return ByteBufUtil.writeUtf8(b, text);
    }

    /** retainedSlice of a pooled buffer, both released: the pooled slice object is recycled. */
    @AllocationBudget
    public int pooledRetainedSlice() {
        ByteBuf b = pooled.heapBuffer(128);
        try {
            b.writeBytes(payload);
            ByteBuf s = b.retainedSlice(4, 10);
            try {
                return s.getByte(0);
            } finally {
                s.release();
            }
        } finally {
            b.release();
        }
    }

    /** A composite of two wrapped buffers, read and released. */
    @AllocationBudget
    public int compositeBuffer() {
        CompositeByteBuf c = unpooled.compositeHeapBuffer(4);
        try {
            c.addComponents(true, Unpooled.wrappedBuffer(payload, 0, 10), Unpooled.wrappedBuffer(payload, 10, 10));
            return c.getByte(12) + c.readableBytes();
        } finally {
            c.release();
        }
    }
}
