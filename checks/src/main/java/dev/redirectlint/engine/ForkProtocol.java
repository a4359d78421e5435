package dev.redirectlint.engine;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.api.Severity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run in another JVM is handed (configuration and sources) and hands back (the result), in the
 * cache's binary form. Both ends are the same build: the request starts with the version, and a child
 * from another build refuses it rather than misread it.
 */
final class ForkProtocol {

    /** A run's input, as the child reads it. */
    record Request(LintConfig config, ProjectSources sources) {}

    private final CacheCodec codec;

    /** @param base paths under it travel relative to it; both ends use the same */
    ForkProtocol(Path base) {
        this.codec = new CacheCodec(base);
    }

    void writeRequest(DataOutputStream out, LintConfig config, ProjectSources sources) throws IOException {
        CacheCodec.string(out, RedirectLint.version());
        CacheCodec.strings(out, List.copyOf(config.enabledRules()));
        for (String rule : config.enabledRules()) {
            out.writeByte(config.severityOf(rule).ordinal());
        }
        out.writeInt(config.preferredStatus());
        CacheCodec.string(out, config.encoding().name());
        out.writeInt(config.threads());
        out.writeInt(config.libraryVersions().size());
        for (Map.Entry<String, String> library : config.libraryVersions().entrySet()) {
            CacheCodec.string(out, library.getKey());
            CacheCodec.string(out, library.getValue());
        }
        out.writeLong(config.fileTimeout().toMillis());
        out.writeLong(config.maxFileSize());
        out.writeBoolean(config.analyseEveryFile());

        paths(out, sources.own());
        paths(out, sources.context());
        paths(out, sources.configFiles());
        ResultCache cache = sources.cache().map(ForkProtocol::fileCache).orElse(null);
        out.writeBoolean(cache != null);
        if (cache != null) {
            codec.path(out, cache.file());
            codec.path(out, cache.base());
        }
        out.writeInt(sources.stamps().size());
        for (Map.Entry<Path, FileStamp> stamp : sources.stamps().entrySet()) {
            codec.path(out, stamp.getKey());
            out.writeLong(stamp.getValue().size());
            out.writeLong(stamp.getValue().modified());
        }
    }

    Request readRequest(DataInputStream in) throws IOException {
        String version = CacheCodec.string(in);
        if (!RedirectLint.version().equals(version)) {
            throw new IOException("the request comes from redirect-lint " + version + ", this is "
                    + RedirectLint.version());
        }
        List<String> enabled = CacheCodec.strings(in);
        LintConfig.Builder config = LintConfig.builder();
        if (enabled.isEmpty()) {
            config.disabledRules(RedirectLint.rules().stream().map(RuleInfo::id).toList());
        } else {
            config.rules(enabled);
        }
        for (String rule : enabled) {
            config.severity(rule, Severity.values()[in.readByte()]);
        }
        config.preferredStatus(in.readInt())
                .encoding(Charset.forName(CacheCodec.string(in)))
                .threads(in.readInt());
        int libraryCount = CacheCodec.count(in);
        for (int i = 0; i < libraryCount; i++) {
            config.libraryVersion(CacheCodec.string(in), CacheCodec.string(in));
        }
        config.fileTimeout(Duration.ofMillis(in.readLong()))
                .maxFileSize(in.readLong())
                .analyseEveryFile(in.readBoolean());

        List<Path> own = paths(in);
        List<Path> context = paths(in);
        List<Path> configFiles = paths(in);
        ProjectSources sources = ProjectSources.of(own).withContext(context).withConfigFiles(configFiles);
        if (in.readBoolean()) {
            sources = sources.withCache(codec.path(in), codec.path(in));
        }
        int stampCount = CacheCodec.count(in);
        Map<Path, FileStamp> stamps = new LinkedHashMap<>();
        for (int i = 0; i < stampCount; i++) {
            stamps.put(codec.path(in), new FileStamp(in.readLong(), in.readLong()));
        }
        return new Request(config.build(), sources.withStamps(stamps));
    }

    void writeResult(DataOutputStream out, LintResult result) throws IOException {
        codec.findings(out, result.findings());
        out.writeInt(result.errors().size());
        for (ProcessingError error : result.errors()) {
            codec.error(out, error);
        }
        out.writeInt(result.filesAnalyzed());
        CacheCodec.strings(out, result.notes());
        CacheCodec.strings(out, result.warnings());
    }

    LintResult readResult(DataInputStream in) throws IOException {
        var findings = codec.findings(in);
        int errorCount = CacheCodec.count(in);
        List<ProcessingError> errors = new ArrayList<>(errorCount);
        for (int i = 0; i < errorCount; i++) {
            errors.add(codec.error(in));
        }
        int files = in.readInt();
        return new LintResult(findings, errors, files, CacheCodec.strings(in), CacheCodec.strings(in));
    }

    private static ResultCache fileCache(CacheStore store) {
        if (store instanceof ResultCache file) {
            return file;
        }
        throw new IllegalArgumentException("a forked run keeps its cache in a file, not in " + store.describe());
    }

    private void paths(DataOutputStream out, List<Path> paths) throws IOException {
        out.writeInt(paths.size());
        for (Path path : paths) {
            codec.path(out, path);
        }
    }

    private List<Path> paths(DataInputStream in) throws IOException {
        int count = CacheCodec.count(in);
        List<Path> paths = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            paths.add(codec.path(in));
        }
        return paths;
    }
}
