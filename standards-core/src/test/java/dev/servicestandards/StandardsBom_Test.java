package dev.servicestandards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * standards-bom lists every published module of the reactor at the reactor's version, and nothing
 * else: a module added to the build without a line in the BOM, or a release that moves one version
 * and not the other, fails here. A module is published unless its pom sets
 * {@code maven.deploy.skip} (the examples and the benchmarks).
 */
class StandardsBom_Test {

    private static Path root;
    private static Element parent;
    private static Element bom;

    @BeforeAll
    static void readPoms() throws Exception {
        // surefire runs in the module's directory; the reactor's root is one up
        root = Path.of("").toAbsolutePath().getParent();
        parent = pom(root.resolve("pom.xml"));
        bom = pom(root.resolve("standards-bom/pom.xml"));
    }

    private static Element pom(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        return document.getDocumentElement();
    }

    /** The text of the direct child {@code name} of {@code element}, or null. */
    private static String child(Element element, String name) {
        Element found = childElement(element, name);
        return found == null ? null : found.getTextContent().strip();
    }

    private static Element childElement(Element element, String name) {
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element element, String name) {
        List<Element> out = new ArrayList<>();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> modules() {
        return children(childElement(parent, "modules"), "module").stream().map(m -> m.getTextContent().strip()).toList();
    }

    /** Module directory to artifactId, for the modules that are published. */
    private static Map<String, String> published() throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String module : modules()) {
            if (module.equals("standards-bom")) {
                continue;
            }
            Element pom = pom(root.resolve(module).resolve("pom.xml"));
            Element properties = childElement(pom, "properties");
            String skip = properties == null ? null : child(properties, "maven.deploy.skip");
            if (!"true".equals(skip)) {
                out.put(module, child(pom, "artifactId"));
            }
        }
        return out;
    }

    @Test
    void the_bom_is_the_first_module_of_the_reactor() {
        assertThat(modules()).first().isEqualTo("standards-bom");
    }

    @Test
    void the_bom_has_the_reactors_group_and_version_and_no_parent() {
        assertThat(child(bom, "groupId")).isEqualTo(child(parent, "groupId"));
        assertThat(child(bom, "version")).isEqualTo(child(parent, "version"));
        assertThat(child(bom, "packaging")).isEqualTo("pom");
        // a parent would bring its own pins (Drools, Jackson, JUnit) into every project that imports the BOM
        assertThat(childElement(bom, "parent")).isNull();
    }

    @Test
    void the_bom_lists_every_published_module_at_the_project_version_and_nothing_else() throws Exception {
        // GIVEN
        Map<String, String> published = published();
        // WHEN
        List<Element> managed = children(childElement(childElement(bom, "dependencyManagement"), "dependencies"), "dependency");
        // THEN
        assertThat(published).as("published modules").isNotEmpty().containsKeys("standards-core", "standards-rules");
        assertThat(managed).extracting(d -> child(d, "artifactId"))
                .containsExactlyInAnyOrderElementsOf(published.values());
        assertThat(managed).allSatisfy(d -> {
            assertThat(child(d, "groupId")).isEqualTo(child(parent, "groupId"));
            assertThat(child(d, "version")).isEqualTo("${project.version}");
            assertThat(child(d, "scope")).isNull();
            assertThat(child(d, "type")).isNull();
        });
    }

    @Test
    void every_module_inherits_the_reactors_version_and_it_is_a_release() throws Exception {
        String version = child(parent, "version");
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+").doesNotEndWith("-SNAPSHOT");
        for (String module : modules()) {
            if (module.equals("standards-bom")) {
                continue;
            }
            Element pom = pom(root.resolve(module).resolve("pom.xml"));
            assertThat(child(childElement(pom, "parent"), "version")).as(module).isEqualTo(version);
            assertThat(child(pom, "version")).as(module + " sets no version of its own").isNull();
        }
        assertThat(Files.isRegularFile(root.resolve("standards-bom/pom.xml"))).isTrue();
    }
}
