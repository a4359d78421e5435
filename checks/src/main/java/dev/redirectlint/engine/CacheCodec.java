package dev.redirectlint.engine;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.RelatedLocation;
import dev.redirectlint.api.Severity;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.project.FileClosure;
import dev.redirectlint.project.FileFacts;
import dev.redirectlint.project.MemberFact;
import dev.redirectlint.project.TypeFact;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the cache's values in a plain binary form. Paths are written relative to a base
 * directory when under it, so a cache made in one checkout serves another at a different place (a CI
 * cache); reading resolves them against the current base.
 */
final class CacheCodec {

    private final Path base;

    /** @param base the directory paths are written relative to: the project's */
    CacheCodec(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    // ---------------------------------------------------------------- paths and small values

    void path(DataOutputStream out, Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        boolean relative = absolute.startsWith(base);
        out.writeBoolean(relative);
        out.writeUTF((relative ? base.relativize(absolute) : absolute).toString().replace('\\', '/'));
    }

    Path path(DataInputStream in) throws IOException {
        boolean relative = in.readBoolean();
        String text = in.readUTF();
        return relative ? base.resolve(text) : Path.of(text);
    }

    static void string(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    static String string(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new String(bytes(in, "string"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A length and that many bytes, as written for a string or a stored entry; a bad length is an error. */
    static byte[] bytes(DataInputStream in, String what) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("bad " + what + " length " + length);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("truncated");
        }
        return bytes;
    }

    static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    static void longs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long value : values) {
            out.writeLong(value);
        }
    }

    static long[] longs(DataInputStream in) throws IOException {
        long[] values = new long[count(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readLong();
        }
        return values;
    }

    static List<String> strings(DataInputStream in) throws IOException {
        int count = count(in);
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(string(in));
        }
        return values;
    }

    static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 10_000_000) {
            throw new IOException("bad count " + count);
        }
        return count;
    }

    // ---------------------------------------------------------------- facts

    static void facts(DataOutputStream out, FileFacts facts) throws IOException {
        string(out, facts.packageName());
        strings(out, facts.imports());
        out.writeBoolean(facts.marked());
        out.writeBoolean(facts.mentionsSetting());
        out.writeBoolean(facts.structured());
        out.writeInt(facts.types().size());
        for (TypeFact type : facts.types()) {
            string(out, type.name());
            out.writeByte(type.kind().ordinal());
            out.writeBoolean(type.isAbstract());
            strings(out, type.supertypes());
            string(out, type.superclass());
            out.writeBoolean(type.annotated());
            longs(out, type.memberAnnotations());
            out.writeInt(type.members().size());
            for (MemberFact member : type.members()) {
                string(out, member.name());
                out.writeByte(member.kind().ordinal());
                out.writeInt(member.arity());
                out.writeByte((member.varargs() ? 1 : 0) | (member.hasBody() ? 2 : 0) | (member.isStatic() ? 4 : 0)
                        | (member.isPrivate() ? 8 : 0) | (member.redirects() ? 16 : 0));
            }
        }
    }

    static FileFacts facts(DataInputStream in) throws IOException {
        String packageName = string(in);
        List<String> imports = strings(in);
        boolean marked = in.readBoolean();
        boolean setting = in.readBoolean();
        boolean structured = in.readBoolean();
        int typeCount = count(in);
        List<TypeFact> types = new ArrayList<>(typeCount);
        for (int t = 0; t < typeCount; t++) {
            String name = string(in);
            TypeFact.Kind kind = TypeFact.Kind.values()[in.readByte()];
            boolean isAbstract = in.readBoolean();
            List<String> supertypes = strings(in);
            String superclass = string(in);
            boolean annotated = in.readBoolean();
            long[] memberAnnotations = longs(in);
            int memberCount = count(in);
            List<MemberFact> members = new ArrayList<>(memberCount);
            for (int m = 0; m < memberCount; m++) {
                String memberName = string(in);
                MemberFact.Kind memberKind = MemberFact.Kind.values()[in.readByte()];
                int arity = in.readInt();
                int flags = in.readByte();
                members.add(new MemberFact(memberName, memberKind, arity, (flags & 1) != 0, (flags & 2) != 0,
                        (flags & 4) != 0, (flags & 8) != 0, (flags & 16) != 0));
            }
            types.add(new TypeFact(name, kind, isAbstract, supertypes, superclass, members, annotated,
                    memberAnnotations));
        }
        return new FileFacts(packageName, imports, types, marked, setting, structured);
    }

    /** A file's closure findings: its flags, then per type its flag and its members' flags as bits. */
    static void closure(DataOutputStream out, FileClosure closure) throws IOException {
        out.writeBoolean(closure.candidate());
        out.writeInt(closure.types().length);
        for (int t = 0; t < closure.types().length; t++) {
            out.writeBoolean(closure.types()[t]);
            boolean[] members = closure.members()[t];
            out.writeInt(members.length);
            for (int from = 0; from < members.length; from += 8) {
                int bits = 0;
                for (int m = from; m < Math.min(members.length, from + 8); m++) {
                    bits |= members[m] ? 1 << (m - from) : 0;
                }
                out.writeByte(bits);
            }
        }
    }

    static FileClosure closure(DataInputStream in, FileFacts facts) throws IOException {
        boolean candidate = in.readBoolean();
        int typeCount = count(in);
        if (typeCount != facts.types().size()) {
            throw new IOException("closure of " + typeCount + " types for " + facts.types().size());
        }
        boolean[] types = new boolean[typeCount];
        boolean[][] members = new boolean[typeCount][];
        for (int t = 0; t < typeCount; t++) {
            types[t] = in.readBoolean();
            int memberCount = count(in);
            if (memberCount != facts.types().get(t).members().size()) {
                throw new IOException("closure of " + memberCount + " members for " + facts.types().get(t).members().size());
            }
            members[t] = new boolean[memberCount];
            for (int from = 0; from < memberCount; from += 8) {
                int bits = in.readUnsignedByte();
                for (int m = from; m < Math.min(memberCount, from + 8); m++) {
                    members[t][m] = (bits & 1 << (m - from)) != 0;
                }
            }
        }
        return new FileClosure(types, members, candidate);
    }

    // ---------------------------------------------------------------- results

    void findings(DataOutputStream out, List<Finding> findings) throws IOException {
        out.writeInt(findings.size());
        for (Finding finding : findings) {
            string(out, finding.ruleId());
            out.writeByte(finding.severity().ordinal());
            string(out, finding.message());
            string(out, finding.messageKey());
            strings(out, finding.messageArgs());
            path(out, finding.file());
            region(out, finding.region());
            string(out, finding.handler());
            string(out, finding.mechanism());
            out.writeInt(finding.related().size());
            for (RelatedLocation related : finding.related()) {
                path(out, related.file());
                region(out, related.region());
                string(out, related.message());
            }
            out.writeInt(finding.fixes().size());
            for (Fix fix : finding.fixes()) {
                string(out, fix.description());
                out.writeInt(fix.status());
                out.writeBoolean(fix.file() != null);
                if (fix.file() != null) {
                    path(out, fix.file());
                }
                out.writeBoolean(fix.changesReturnTypeOf() != null);
                if (fix.changesReturnTypeOf() != null) {
                    string(out, fix.changesReturnTypeOf());
                }
                out.writeInt(fix.edits().size());
                for (TextEdit edit : fix.edits()) {
                    out.writeInt(edit.startOffset());
                    out.writeInt(edit.endOffset());
                    string(out, edit.replacement());
                }
            }
            string(out, finding.fingerprintBasis());
            out.writeBoolean(finding.handlerRegion() != null);
            if (finding.handlerRegion() != null) {
                region(out, finding.handlerRegion());
            }
            strings(out, finding.exposedBy());
            out.writeBoolean(finding.noFixReason() != null);
            if (finding.noFixReason() != null) {
                string(out, finding.noFixReason());
            }
        }
    }

    List<Finding> findings(DataInputStream in) throws IOException {
        int count = count(in);
        List<Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String ruleId = string(in);
            Severity severity = Severity.values()[in.readByte()];
            String message = string(in);
            String key = string(in);
            List<String> args = strings(in);
            Path file = path(in);
            Region region = region(in);
            String handler = string(in);
            String mechanism = string(in);
            int relatedCount = count(in);
            List<RelatedLocation> related = new ArrayList<>(relatedCount);
            for (int r = 0; r < relatedCount; r++) {
                related.add(new RelatedLocation(path(in), region(in), string(in)));
            }
            int fixCount = count(in);
            List<Fix> fixes = new ArrayList<>(fixCount);
            for (int f = 0; f < fixCount; f++) {
                String description = string(in);
                int status = in.readInt();
                Path fixFile = in.readBoolean() ? path(in) : null;
                String changesReturnTypeOf = in.readBoolean() ? string(in) : null;
                int editCount = count(in);
                List<TextEdit> edits = new ArrayList<>(editCount);
                for (int e = 0; e < editCount; e++) {
                    edits.add(new TextEdit(in.readInt(), in.readInt(), string(in)));
                }
                fixes.add(new Fix(description, status, edits, fixFile, changesReturnTypeOf));
            }
            String basis = string(in);
            Region handlerRegion = in.readBoolean() ? region(in) : null;
            List<String> exposedBy = strings(in);
            String noFixReason = in.readBoolean() ? string(in) : null;
            findings.add(new Finding(ruleId, severity, message, key, args, file, region, handler, mechanism, related,
                    fixes, basis, handlerRegion, exposedBy, noFixReason));
        }
        return findings;
    }

    void error(DataOutputStream out, ProcessingError error) throws IOException {
        out.writeBoolean(error != null);
        if (error != null) {
            path(out, error.file());
            out.writeInt(error.line());
            out.writeInt(error.column());
            string(out, error.reason());
        }
    }

    ProcessingError error(DataInputStream in) throws IOException {
        return in.readBoolean() ? new ProcessingError(path(in), in.readInt(), in.readInt(), string(in)) : null;
    }

    static void region(DataOutputStream out, Region region) throws IOException {
        out.writeInt(region.startLine());
        out.writeInt(region.startColumn());
        out.writeInt(region.endLine());
        out.writeInt(region.endColumn());
        out.writeInt(region.startOffset());
        out.writeInt(region.endOffset());
    }

    static Region region(DataInputStream in) throws IOException {
        return new Region(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }

    static void map(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> entry : map.entrySet()) {
            string(out, entry.getKey());
            string(out, entry.getValue());
        }
    }

    static Map<String, String> map(DataInputStream in) throws IOException {
        int count = count(in);
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            map.put(string(in), string(in));
        }
        return map;
    }
}
