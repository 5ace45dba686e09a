package dev.allocbudget.examples.buffers;

/** Reading a message into a buffer and digesting it: the work both buffer strategies share. */
public final class Messages {
    private Messages() {
    }

    /**
     * Copies the first {@code length} bytes of {@code source} into {@code buffer} and digests them there: one byte
     * of every 64 and the last one (a cheap digest, so that the copy and the buffer dominate).
     */
    public static long readAndDigest(byte[] source, int length, byte[] buffer) {
        System.arraycopy(source, 0, buffer, 0, length);
        long h = length;
        for (int i = 0; i < length; i += 64) {
            h = 31 * h + buffer[i];
        }
        return length == 0 ? h : 31 * h + buffer[length - 1];
    }
}
