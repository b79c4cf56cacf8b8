package dev.pims.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pims.shared.DataCategory;
import dev.pims.shared.Principals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The privacy officer may grant a handler every data category (the staff pages offer them all), and a grant becomes
 * the role {@code SCOPE_<CATEGORY>}. A page asks for it with {@code isUserInRole}, which answers only for a role the
 * application declares: a category added to {@link DataCategory} without its role in web.xml would be granted, recorded
 * in the rights history and still open nothing on a page.
 */
class ScopeRolesTest {

    @Test
    void webXmlDeclaresTheScopeRoleOfEveryDataCategory() throws Exception {
        List<String> declared = declaredRoles(ProjectRoot.path().resolve("web/src/main/webapp/WEB-INF/web.xml"));
        String[] scopeRoles =
                Arrays.stream(DataCategory.values()).map(Principals::scopeRole).toArray(String[]::new);

        assertThat(declared).contains(scopeRoles);
        assertThat(declared.stream().filter(role -> role.startsWith("SCOPE_")))
                .as("no scope role of a category that does not exist")
                .containsExactlyInAnyOrder(scopeRoles);
    }

    private static List<String> declaredRoles(Path webXml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList securityRoles =
                factory.newDocumentBuilder().parse(webXml.toFile()).getElementsByTagNameNS("*", "security-role");
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < securityRoles.getLength(); i++) {
            Element securityRole = (Element) securityRoles.item(i);
            roles.add(securityRole
                    .getElementsByTagNameNS("*", "role-name")
                    .item(0)
                    .getTextContent()
                    .trim());
        }
        return roles;
    }
}
