package dev.redirectlint.engine;

import dev.redirectlint.project.FileClosure;
import dev.redirectlint.project.FileFacts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A file's lexical facts and what the closure found about it, as the cache holds them: the encoded bytes
 * are decoded only when a run needs them. A run in which nothing changed needs none; one after an edit
 * needs them all but encodes none again.
 */
final class StoredFacts {

    /** The decoded form. */
    record Details(FileFacts facts, FileClosure closure) {}

    private byte[] encoded;
    private Details details;

    private StoredFacts(byte[] encoded, Details details) {
        this.encoded = encoded;
        this.details = details;
    }

    static StoredFacts of(FileFacts facts, FileClosure closure) {
        return new StoredFacts(null, new Details(facts, closure));
    }

    static StoredFacts encoded(byte[] bytes) {
        return new StoredFacts(bytes, null);
    }

    synchronized FileFacts facts() {
        return details().facts();
    }

    /** The closure's findings about the file, or {@code null} when the run that stored them took none. */
    synchronized FileClosure closure() {
        return details().closure();
    }

    private Details details() {
        if (details == null) {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded));
                FileFacts facts = CacheCodec.facts(in);
                FileClosure closure = in.readBoolean() ? CacheCodec.closure(in, facts) : null;
                details = new Details(facts, closure);
            } catch (IOException e) {
                throw new UncheckedIOException("a corrupted cache entry", e);
            }
        }
        return details;
    }

    synchronized byte[] bytes() {
        if (encoded == null) {
            try {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
                DataOutputStream out = new DataOutputStream(buffer);
                CacheCodec.facts(out, details.facts());
                out.writeBoolean(details.closure() != null);
                if (details.closure() != null) {
                    CacheCodec.closure(out, details.closure());
                }
                out.flush();
                encoded = buffer.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return encoded;
    }
}
