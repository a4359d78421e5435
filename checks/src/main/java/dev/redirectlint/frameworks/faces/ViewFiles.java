package dev.redirectlint.frameworks.faces;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The project's Facelets views: where a build finds them, and the calls they make once read. */
final class ViewFiles {

    /**
     * A web application's document root (Maven's, and Eclipse's {@code WebContent}, which Maven builds keep as
     * the war plugin's {@code warSourceDirectory}), and the resources of a jar (a Faces library's views, Spring
     * Boot's JoinFaces): Faces serves views from each.
     */
    static final List<String> PATTERNS = List.of("src/main/webapp/**/*.xhtml", "WebContent/**/*.xhtml",
            "src/main/resources/META-INF/resources/**/*.xhtml");

    private ViewFiles() {}

    /** The views' calls; nothing when no view invokes a bean method (then the views tell nothing). */
    static Optional<FacesViews> read(List<Path> files) {
        FacesViews.Builder calls = new FacesViews.Builder();
        CompositeComponents components = new CompositeComponents();
        TemplateParams templates = new TemplateParams();
        for (Path file : files) {
            Optional<String> component = CompositeComponents.definedBy(file);
            // a template is found by its path below the document root, a composite component's file too
            TemplateParams.View names = templates.view(viewId(file));
            ViewContext view = new ViewContext(component, calls, components,
                    component.isPresent() ? Optional.empty() : viewId(file), names);
            try {
                byte[] content = Files.readAllBytes(file);
                // ISO-8859-1 maps every byte: EL names and tags are ASCII whatever the file's encoding
                String text = new String(content, StandardCharsets.ISO_8859_1);
                names.bareNames(calls.addNames(text));
                if (!ViewReader.read(file, content, view)) {
                    names.notParsed();
                    ViewScanner.scan(text, view);
                }
                names.read();
            } catch (IOException | RuntimeException e) {
                // An unreadable view invokes nothing that can be seen; its methods keep the default. Read in part,
                // it is no template a bean's members can be told by, and hands no bean to one.
                names.notParsed();
            }
        }
        templates.resolve(calls);
        components.resolve(calls);
        return calls.isEmpty() ? Optional.empty() : Optional.of(calls.build());
    }

    /** The file's path below the document root it was found in, with a leading slash, as Faces names views. */
    static Optional<String> viewId(Path file) {
        // A leading slash lets a relative path's first directory match as a root, as an absolute path's does.
        String path = "/" + file.toString().replace('\\', '/');
        for (String root : List.of("/META-INF/resources/", "/src/main/webapp/", "/WebContent/")) {
            int at = path.lastIndexOf(root);
            if (at >= 0) {
                return Optional.of(path.substring(at + root.length() - 1));
            }
        }
        return Optional.empty();
    }
}
