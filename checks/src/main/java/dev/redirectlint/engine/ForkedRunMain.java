package dev.redirectlint.engine;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.source.ParserFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child of a {@link ForkedRun}: started before its request is written, it gets ready, waits to be told the
 * request file is whole, reads it, runs the analysis, writes the result file. Not a command for people;
 * anything it prints goes back to the parent's log.
 */
public final class ForkedRunMain {

    /** The line on the standard input that says the request is whole. */
    static final String GO = "go";
    /** The line that calls the run off: the cache answered, or the parent failed. */
    static final String STOP = "stop";

    private ForkedRunMain() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ForkedRunMain <request file> <result file>");
            System.exit(2);
        }
        Path request = Path.of(args[0]);
        Path response = Path.of(args[1]);
        getReady();
        if (!GO.equals(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine())) {
            return; // called off, or the parent is gone (its end of the pipe closed)
        }
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

    /**
     * What every run does first, done while the parent still lists the sources: the homes are found and the
     * parser's tables built (their class initialisers), and one tiny file parsed.
     */
    private static void getReady() {
        FrameworkHome.installed();
        ParserFactory.parse("class Ready { void run() { go(\"now\"); } }");
    }
}
