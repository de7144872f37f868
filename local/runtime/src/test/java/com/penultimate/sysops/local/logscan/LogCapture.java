package com.penultimate.sysops.local.logscan;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Everything the JVM writes to {@code System.out} and {@code System.err} while it is open, still passed through.
 * The functions' logback console appenders (one per function class loader) look {@code System.out} up on every
 * write, so their JSON lines land here too.
 */
public final class LogCapture implements AutoCloseable {
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private LogCapture() {
        System.setOut(new PrintStream(new Tee(originalOut), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr), true, StandardCharsets.UTF_8));
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<String> lines() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private final class Tee extends OutputStream {
        private final PrintStream passThrough;

        Tee(PrintStream passThrough) {
            this.passThrough = passThrough;
        }

        @Override
        public void write(int b) {
            synchronized (captured) {
                captured.write(b);
            }
            passThrough.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (captured) {
                captured.write(b, off, len);
            }
            passThrough.write(b, off, len);
        }
    }
}
