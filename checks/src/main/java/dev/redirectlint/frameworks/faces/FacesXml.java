package dev.redirectlint.frameworks.faces;

import dev.redirectlint.io.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The JDK's XML parser as the Faces home uses it, namespace-aware, for views and faces-config files alike:
 * nothing outside the file is read, no DTD (a view's XHTML doctype, an old faces-config's) and no external
 * entity; an entity that is still asked for resolves to nothing.
 */
final class FacesXml {

    private FacesXml() {}

    /** Parses the file into the handler; a file that is not well-formed throws a SAXParseException. */
    static void parse(Path file, DefaultHandler handler) throws IOException, SAXException {
        try (InputStream in = Files.newInputStream(file)) {
            parse(file, in, handler);
        }
    }

    /** Parses the file's content, already read, into the handler. */
    static void parse(Path file, byte[] content, DefaultHandler handler) throws IOException, SAXException {
        parse(file, new ByteArrayInputStream(content), handler);
    }

    private static void parse(Path file, InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            SAXParser parser = SecureXml.parser(true);
            parser.getXMLReader().setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            parser.getXMLReader().setContentHandler(handler);
            parser.getXMLReader().setErrorHandler(handler);
            parser.getXMLReader().parse(source);
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }
}
