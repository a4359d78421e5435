package dev.redirectlint.frameworks.faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
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
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            SAXParser parser = parser();
            parser.getXMLReader().setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            parser.getXMLReader().setContentHandler(handler);
            parser.getXMLReader().setErrorHandler(handler);
            parser.getXMLReader().parse(source);
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }
}
