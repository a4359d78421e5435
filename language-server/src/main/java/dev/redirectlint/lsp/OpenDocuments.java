package dev.redirectlint.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** The documents the editor has open: their text and version, which the analysis uses instead of the disk. */
final class OpenDocuments {

    /** An open document, under the URI the client named it by. */
    record Document(String uri, Path path, int version, String text) {}

    private final Map<Path, Document> byPath = new LinkedHashMap<>();

    /** The path of a {@code file:} URI, or empty for another scheme (an unsaved buffer, a jar entry). */
    static Optional<Path> path(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equalsIgnoreCase(parsed.getScheme())
                    ? Optional.of(Path.of(parsed).toAbsolutePath().normalize()) : Optional.empty();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    synchronized Optional<Document> open(String uri, int version, String text) {
        return path(uri).map(path -> {
            Document document = new Document(uri, path, version, text);
            byPath.put(path, document);
            return document;
        });
    }

    /** Applies the changes in order: a change without a range replaces the whole text. */
    synchronized Optional<Document> change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        Optional<Path> path = path(uri);
        if (path.isEmpty() || !byPath.containsKey(path.get())) {
            return Optional.empty();
        }
        String text = byPath.get(path.get()).text();
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                text = change.getText();
            } else {
                TextPositions positions = new TextPositions(text);
                int start = positions.offset(change.getRange().getStart());
                int end = Math.max(start, positions.offset(change.getRange().getEnd()));
                text = text.substring(0, start) + change.getText() + text.substring(end);
            }
        }
        Document document = new Document(uri, path.get(), version, text);
        byPath.put(path.get(), document);
        return Optional.of(document);
    }

    synchronized void close(String uri) {
        path(uri).ifPresent(byPath::remove);
    }

    synchronized Optional<Document> get(Path path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** The URI to publish a file's diagnostics under: the client's own for an open document. */
    synchronized String uri(Path path) {
        Document document = byPath.get(path);
        return document != null ? document.uri() : path.toUri().toString();
    }

    synchronized Map<Path, String> texts() {
        Map<Path, String> texts = new LinkedHashMap<>();
        byPath.forEach((path, document) -> texts.put(path, document.text()));
        return texts;
    }

    synchronized Map<Path, Integer> versions() {
        Map<Path, Integer> versions = new LinkedHashMap<>();
        byPath.forEach((path, document) -> versions.put(path, document.version()));
        return versions;
    }
}
