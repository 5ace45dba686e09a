package demo;

/** Encodes into a fresh buffer: 16 bytes of payload, a byte[16] (32 B) per call. */
public final class Codec {
    public byte[] encode(long value) {
        byte[] out = new byte[16];
        out[0] = (byte) value;
        return out;
    }
}
