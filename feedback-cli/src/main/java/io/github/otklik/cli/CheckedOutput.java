package io.github.otklik.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that remembers its first write failure, so that a run whose standard output
 * cannot be written (a full disk, {@code > /dev/full}, a closed pipe) ends with a message naming
 * the operating system's reason and a non-zero exit code, although {@code PrintWriter} swallows it.
 */
final class CheckedOutput extends FilterOutputStream {
    private IOException failure;

    CheckedOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** The first failure, or {@code null}. */
    IOException failure() {
        return failure;
    }
}
