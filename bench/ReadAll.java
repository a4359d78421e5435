import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor for any source-only checker: start a JVM, walk the tree, read and decode every .java file as
 * UTF-8, and do nothing else. One thread, no parsing.
 *
 * <pre>java bench/ReadAll.java /work/trees/spring-framework</pre>
 *
 * The benchmark compiles this file once and runs the class, so the floor does not include the source
 * launcher's compile step.
 */
public class ReadAll {

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).toList();
        }
        // Strict decoding, as a checker must do to report files that are not valid UTF-8.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        long bytes = 0;
        long chars = 0;
        int malformed = 0;
        for (Path file : files) {
            byte[] data = Files.readAllBytes(file);
            bytes += data.length;
            try {
                CharBuffer text = decoder.reset().decode(ByteBuffer.wrap(data));
                chars += text.length();
            } catch (CharacterCodingException e) {
                malformed++;
            }
        }
        System.out.printf("read-all: %d files, %d bytes, %d chars, %d not valid UTF-8%n",
                files.size(), bytes, chars, malformed);
    }
}
