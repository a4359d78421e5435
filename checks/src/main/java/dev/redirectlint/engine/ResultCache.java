package dev.redirectlint.engine;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.io.AtomicFiles;
import dev.redirectlint.project.FileClosure;
import dev.redirectlint.project.FileFacts;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.zip.CRC32C;

/**
 * What one run leaves for the next: every file's size, modification time, content hash and lexical facts,
 * and for each analysed file its findings with everything the analysis read (files by content hash, and
 * its questions about the project's structure with their answers). The next run reuses a result only while
 * all of that is unchanged, so it finds exactly what a run without the cache would.
 *
 * <p>The file starts with a magic number and a key (the tool's version and the configuration's digest) and
 * ends with a checksum. Anything else (another version, another configuration, a truncated or altered file)
 * is not trusted: the run starts from nothing and says why. It is written atomically, so a build killed
 * while writing leaves the previous cache or none.
 */
public final class ResultCache implements CacheStore {

    private static final byte[] MAGIC = "RLCACHE\u0001".getBytes(StandardCharsets.ISO_8859_1);
    private static final int FORMAT = 7;
    private static final String BASE_TOKEN = "${base}";

    /**
     * A file as last seen.
     *
     * @param stored its lexical facts and closure findings, decoded when first asked for; {@code null} when it
     *     could not be read ({@code error})
     */
    public record CachedFile(Path path, boolean own, long size, long modified, String hash, StoredFacts stored,
            ProcessingError error) {

        /** Its lexical facts, or {@code null} when it could not be read. */
        public FileFacts facts() {
            return stored == null ? null : stored.facts();
        }

        /** What the closure found about it, or {@code null} when that run took no closure. */
        public FileClosure closure() {
            return stored == null ? null : stored.closure();
        }
    }

    /**
     * The analysis of one file.
     *
     * @param files the files it read, with their content hashes
     * @param answers its questions about the project's structure and their answers
     */
    public record CachedResult(Path path, List<Finding> findings, ProcessingError error, Map<Path, String> files,
            Map<String, String> answers) {}

    /**
     * @param settingsDigest the project-wide settings the results were computed under
     * @param settingsSources the files the settings were read from, with their content hashes, and the
     *     configuration files as last seen: while they are the same, so are the settings
     * @param settings where the application makes the homes' source settings ({@link ProjectSettings#sourceSettings()})
     * @param configStamp the configuration files as last seen (paths, sizes, modification times)
     */
    public record State(String settingsDigest, String settingsSources, Map<String, String> settings, String configStamp,
            Map<Path, CachedFile> files,
            Map<Path, CachedResult> results) {}

    private final Path file;
    private final Path base;

    /**
     * @param base the directory that paths in the cache are relative to (the project's), so that a copy of
     *     the cache serves a checkout elsewhere
     */
    ResultCache(Path file, Path base) {
        this.file = file;
        this.base = base;
    }

    /** The cache file. */
    Path file() {
        return file;
    }

    /** The directory paths in the cache are relative to. */
    Path base() {
        return base;
    }

    @Override
    public String describe() {
        return file.toString();
    }

    /** A file of the list differs from the cache's: the rest of the cache is not worth decoding. */
    private static final class Differs extends IOException {
        Differs() {
            super("a file differs");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // expected, and caught at once: no stack to record
        }
    }

    @Override
    public Optional<State> readIfDescribes(String key, List<String> warnings, BiPredicate<Path, CachedFile> sameFile,
            List<FileStat> files) {
        // The stamp walks every path: worked out only for a cache file of this version and configuration.
        if (!headerMatches(key, () -> stamp(files))) {
            return Optional.empty();
        }
        return read(key, warnings, sameFile, files.size());
    }

    /**
     * A digest of the files' paths (relative to the base, as stored), kinds, sizes and times, in any order.
     * Equal digests are only a hint that nothing changed (the entries are compared one by one after it); a
     * different one says at once that a file was edited, added or removed.
     */
    long stamp(List<FileStat> files) {
        Path root = base.toAbsolutePath().normalize();
        long sum = 0;
        for (FileStat file : files) {
            Path absolute = file.path().toAbsolutePath().normalize();
            String name = (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString();
            long h = name.hashCode() * 0x9E3779B97F4A7C15L + file.size() * 31 + (file.own() ? 1 : 0);
            h = mix(h ^ mix(file.modified()));
            sum += h;
        }
        return sum;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Whether the cache's header carries this key and this stamp, read without the rest of the file: when a file
     * changed, the run that follows reads the cache anyway, so reading all of it here would be twice the work.
     * Anything unreadable counts as a match, for {@link #read} to report.
     */
    private boolean headerMatches(String key, java.util.function.LongSupplier stamp) {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file), 512))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !key.equals(CacheCodec.string(in))) {
                return true;
            }
            return in.readLong() == stamp.getAsLong();
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** The cached state, or empty (with the reason in {@code warnings}, unless there is simply no cache yet). */
    @Override
    public Optional<State> read(String key, List<String> warnings) {
        return read(key, warnings, null, -1);
    }

    /**
     * @param describes if not null, each file entry must pass it, and there must be {@code fileCount} of
     *     them, or the state is empty
     */
    private Optional<State> read(String key, List<String> warnings, BiPredicate<Path, CachedFile> describes,
            int fileCount) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            warnings.add("redirect-lint: ignoring the cache " + file + ": cannot read it (" + e.getMessage() + ")");
            return Optional.empty();
        }
        try {
            return Optional.of(decode(bytes, key, describes, fileCount));
        } catch (Differs e) {
            return Optional.empty();
        } catch (StaleCacheException e) {
            return Optional.empty(); // another version or configuration: silently rebuilt
        } catch (IOException | RuntimeException e) {
            warnings.add("redirect-lint: ignoring the cache " + file + ": it is not a valid cache file ("
                    + e.getMessage() + "); it will be rebuilt");
            return Optional.empty();
        }
    }

    @Override
    public void write(String key, State state) throws IOException {
        // Streamed to the file (AtomicFiles creates its directory): on a large tree the cache is larger than what a small heap has to spare.
        AtomicFiles.write(file, target -> {
            CRC32C crc = new CRC32C();
            DataOutputStream out = new DataOutputStream(new java.util.zip.CheckedOutputStream(target, crc));
            encode(out, key, state);
            out.flush();
            new DataOutputStream(target).writeLong(crc.getValue());
        });
    }

    private void encode(DataOutputStream out, String key, State state) throws IOException {
        CacheCodec codec = new CacheCodec(base);
        out.write(MAGIC);
        out.writeInt(FORMAT);
        CacheCodec.string(out, key);
        out.writeLong(stamp(state.files().values().stream()
                .map(f -> new FileStat(f.path(), f.own(), f.size(), f.modified())).toList()));
        CacheCodec.string(out, state.settingsDigest());
        CacheCodec.string(out, relative(state.settingsSources()));
        Map<String, String> settings = new LinkedHashMap<>();
        state.settings().forEach((name, where) -> settings.put(name, relative(where)));
        CacheCodec.map(out, settings);
        CacheCodec.string(out, state.configStamp());
        out.writeInt(state.files().size());
        for (CachedFile cached : state.files().values()) {
            codec.path(out, cached.path());
            out.writeBoolean(cached.own());
            out.writeLong(cached.size());
            out.writeLong(cached.modified());
            CacheCodec.string(out, cached.hash());
            out.writeBoolean(cached.stored() != null);
            if (cached.stored() != null) {
                byte[] stored = cached.stored().bytes();
                out.writeInt(stored.length);
                out.write(stored);
            }
            codec.error(out, cached.error());
        }
        out.writeInt(state.results().size());
        for (CachedResult result : state.results().values()) {
            codec.path(out, result.path());
            codec.findings(out, result.findings());
            codec.error(out, result.error());
            out.writeInt(result.files().size());
            for (Map.Entry<Path, String> read : result.files().entrySet()) {
                codec.path(out, read.getKey());
                CacheCodec.string(out, read.getValue());
            }
            Map<String, String> answers = new LinkedHashMap<>();
            result.answers().forEach((question, answer) -> answers.put(relative(question), relative(answer)));
            CacheCodec.map(out, answers);
        }
    }

    private State decode(byte[] bytes, String key, BiPredicate<Path, CachedFile> describes, int expectedFiles)
            throws IOException {
        if (bytes.length < MAGIC.length + 12 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IOException("no redirect-lint cache header");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (crc.getValue() != stored) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length - MAGIC.length - 8));
        if (in.readInt() != FORMAT || !key.equals(CacheCodec.string(in))) {
            throw new StaleCacheException();
        }
        in.readLong(); // the files' stamp: only for a quick look at the header (readIfDescribes)
        CacheCodec codec = new CacheCodec(base);
        String settings = CacheCodec.string(in);
        String settingsSources = absolute(CacheCodec.string(in));
        Map<String, String> settingsValue = new LinkedHashMap<>();
        CacheCodec.map(in).forEach((name, where) -> settingsValue.put(name, absolute(where)));
        String configStamp = CacheCodec.string(in);
        int fileCount = CacheCodec.count(in);
        if (describes != null && fileCount != expectedFiles) {
            throw new Differs();
        }
        Map<Path, CachedFile> files = new LinkedHashMap<>();
        for (int i = 0; i < fileCount; i++) {
            Path path = codec.path(in);
            boolean own = in.readBoolean();
            long size = in.readLong();
            long modified = in.readLong();
            String hash = CacheCodec.string(in);
            StoredFacts facts = in.readBoolean() ? StoredFacts.encoded(CacheCodec.bytes(in, "entry")) : null;
            ProcessingError error = codec.error(in);
            CachedFile cached = new CachedFile(path, own, size, modified, hash, facts, error);
            if (describes != null && !describes.test(path, cached)) {
                throw new Differs();
            }
            files.put(path, cached);
        }
        int resultCount = CacheCodec.count(in);
        Map<Path, CachedResult> results = new LinkedHashMap<>();
        for (int i = 0; i < resultCount; i++) {
            Path path = codec.path(in);
            List<Finding> findings = codec.findings(in);
            ProcessingError error = codec.error(in);
            int readCount = CacheCodec.count(in);
            Map<Path, String> read = new LinkedHashMap<>();
            for (int r = 0; r < readCount; r++) {
                read.put(codec.path(in), CacheCodec.string(in));
            }
            Map<String, String> answers = new LinkedHashMap<>();
            CacheCodec.map(in).forEach((question, answer) -> answers.put(absolute(question), absolute(answer)));
            results.put(path, new CachedResult(path, findings, error, read, answers));
        }
        return new State(settings, settingsSources, settingsValue, configStamp, files, results);
    }

    private String relative(String text) {
        String prefix = base.toAbsolutePath().normalize() + java.io.File.separator;
        return text == null ? null : text.replace(prefix, BASE_TOKEN);
    }

    private String absolute(String text) {
        String prefix = base.toAbsolutePath().normalize() + java.io.File.separator;
        return text == null ? null : text.replace(BASE_TOKEN, prefix);
    }

    /** A cache of another version or configuration: valid, but not for this run. */
    private static final class StaleCacheException extends IOException {
        StaleCacheException() {
            super("stale");
        }
    }
}
