package dev.allocbudget.core;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where the tests find their fixtures' classes. */
public final class TestPaths {
    private TestPaths() {}

    /** The directory or jar a class was loaded from. */
    public static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
