package demo;

public class Codec {
    public byte[] encode() {
        return new byte[16]; // 32 B with its header
    }
}
