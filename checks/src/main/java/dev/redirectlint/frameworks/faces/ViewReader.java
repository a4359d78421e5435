package dev.redirectlint.frameworks.faces;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a Facelets view with the JDK's XML parser, namespace-aware. Nothing outside the file is read: no DTD
 * (an XHTML doctype is common), no external entity. A file that is not well-formed (an HTML entity such as
 * {@code &nbsp;} without its DTD, a stray {@code <}) is left to {@link ViewScanner}.
 */
final class ViewReader {

    private ViewReader() {}

    /**
     * Adds the file's calls; false if it is not well-formed XML. The tags before the error are added then: read
     * again by pattern, they give the same calls, or full postbacks where a wrapping f:ajax is not seen.
     */
    static boolean read(Path file, byte[] content, ViewContext view) throws IOException {
        try {
            FacesXml.parse(file, content, new Tags(view));
        } catch (SAXException e) {
            return false;
        }
        return true;
    }

    /**
     * Each element on the way down: a command is recorded when it ends, once its children (a nested
     * {@code f:ajax}) are known; a wrapping {@code f:ajax} makes every command inside it Ajax.
     */
    private static final class Tags extends DefaultHandler {
        private final ViewContext view;
        private final Deque<Element> open = new ArrayDeque<>();

        Tags(ViewContext view) {
            this.view = view;
        }

        private static final class Element {
            final String library;
            final String local;
            final Map<String, String> attributes;
            final boolean insideAjax;
            boolean ajaxChild;

            Element(String library, String local, Map<String, String> attributes, boolean insideAjax) {
                this.library = library;
                this.local = local;
                this.attributes = attributes;
                this.insideAjax = insideAjax;
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Map<String, String> attributes = new HashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                attributes.put(atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i), atts.getValue(i));
            }
            String local = localName.isEmpty() ? qName : localName;
            Element parent = open.peek();
            if (parent != null) {
                view.templates().param(uri == null ? "" : uri, local, attributes, parent.library, parent.local,
                        parent.attributes);
            }
            boolean behaviour = ViewTags.isActionBehaviour(local, attributes);
            if (behaviour && parent != null) {
                parent.ajaxChild = true;
            }
            boolean insideAjax = parent != null && (parent.insideAjax || ViewTags.isActionBehaviour(parent.local,
                    parent.attributes));
            open.push(new Element(uri == null ? "" : uri, local, attributes, insideAjax));
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Element element = open.pop();
            ViewTags.record(element.library, element.local, element.attributes,
                    element.ajaxChild || element.insideAjax, view);
        }
    }
}
