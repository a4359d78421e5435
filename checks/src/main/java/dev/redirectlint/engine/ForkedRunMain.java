package dev.redirectlint.engine;

import dev.redirectlint.api.LintResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child of a {@link ForkedRun}: reads the request file, runs the analysis, writes the result file. Not
 * a command for people; anything it prints goes back to the parent's log.
 */
public final class ForkedRunMain {

    private ForkedRunMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ForkedRunMain <request file> <result file>");
            System.exit(2);
        }
        Path request = Path.of(args[0]);
        Path response = Path.of(args[1]);
        ForkProtocol protocol = new ForkProtocol(request.toAbsolutePath().getParent());
        ForkProtocol.Request input;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(request)))) {
            input = protocol.readRequest(in);
        }
        LintResult result = new RedirectLint(input.config()).lint(input.sources());
        Path partial = response.resolveSibling(response.getFileName() + ".part");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            protocol.writeResult(out, result);
        }
        // Renamed when complete: a result file that exists is a whole one.
        Files.move(partial, response);
    }
}
