package dev.redirectlint.io;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;

/**
 * The JDK's SAX parser as the tool reads a project's XML (Faces views and faces-config files, struts.xml): nothing
 * outside the file is read, no DTD (their doctypes name one on the web), no external entity or schema, and the
 * JDK's limits on entity expansion hold.
 */
public final class SecureXml {

    private SecureXml() {}

    /** A new parser; {@code namespaceAware} for documents whose elements are told apart by namespace. */
    public static SAXParser parser(boolean namespaceAware) throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
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
