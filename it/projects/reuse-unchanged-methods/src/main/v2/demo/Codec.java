package demo;

/** Encodes into a fresh buffer twice the size: a byte[32] (48 B) per call. */
public final class Codec {
    public byte[] encode(long value) {
        byte[] out = new byte[32];
        out[0] = (byte) value;
        return out;
    }
}
