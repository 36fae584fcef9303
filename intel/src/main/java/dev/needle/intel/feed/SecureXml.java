package dev.needle.intel.feed;

import dev.needle.intel.ImportException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML with the JDK's own parser, locked down against XML external entities
 * (XXE) and entity expansion: a document with a DOCTYPE is rejected outright, external entities
 * and DTDs are neither loaded nor resolved, and XInclude is off. Feeds such as OpenIOC need no
 * DTD, so nothing legitimate is lost.
 */
final class SecureXml {

    private static final Logger LOG = LoggerFactory.getLogger(SecureXml.class);

    private SecureXml() {
    }

    /** The document in {@code file}; malformed XML or a DOCTYPE is an error at line:column. */
    static Document parse(Path file) throws ImportException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(
                    new StringReader("")));
            builder.setErrorHandler(new Throwing());
            return builder.parse(file.toFile());
        } catch (SAXParseException e) {
            String place = file + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                LOG.warn("Refused XML with a DOCTYPE at {}; a DTD in a feed may be an XXE"
                        + " attempt", place);
            }
            throw new ImportException(place, message(e), e);
        } catch (SAXException e) {
            throw new ImportException(file.toString(), "malformed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw SourceFiles.unreadable(file, e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    private static String message(SAXParseException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("DOCTYPE")) {
            return "a DOCTYPE is not allowed; feeds need no DTD, and DTDs carry XML external"
                    + " entity (XXE) attacks";
        }
        return "malformed XML: " + text;
    }

    /** Turns every parser complaint into an exception instead of text on stderr. */
    private static final class Throwing implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a document unusable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
