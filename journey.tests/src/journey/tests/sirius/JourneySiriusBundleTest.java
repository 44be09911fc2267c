package journey.tests.sirius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

import journey.sirius.JourneySiriusPlugin;
import journey.sirius.JourneyViewpointIds;

/**
 * journey.sirius is what Sirius needs to find the viewpoint: a componentization extension naming
 * a class whose loading starts the bundle, an activator that registers the shipped specification,
 * every icon it names, and no build-time dependency on Sirius. (journey.sirius.tests checks the
 * rest in a real Sirius runtime.)
 */
class JourneySiriusBundleTest {

	private final Bundle bundle = FrameworkUtil.getBundle(JourneySiriusPlugin.class);

	@Test
	void theComponentizationExtensionNamesTheActivatorOfALazilyStartedBundle() throws IOException {
		String pluginXml = read("plugin.xml");
		assertTrue(pluginXml.contains("point=\"org.eclipse.sirius.componentization\""), pluginXml);
		assertTrue(pluginXml.contains("class=\"" + JourneySiriusPlugin.class.getName() + "\""), pluginXml);
		assertEquals(JourneySiriusPlugin.class.getName(), bundle.getHeaders().get(Constants.BUNDLE_ACTIVATOR));
		assertEquals(Constants.ACTIVATION_LAZY, bundle.getHeaders().get(Constants.BUNDLE_ACTIVATIONPOLICY));
		assertNotNull(bundle.getEntry(JourneyViewpointIds.ODESIGN_PATH));
	}

	@Test
	void everyIconTheSpecificationNamesIsInTheBundle() {
		Matcher paths = Pattern.compile("(?:imageExpression|iconPath)=\"/" + JourneyViewpointIds.PLUGIN_ID + "/([^\"]+)\"").matcher(Odesign.text());
		List<String> missing = new ArrayList<>();
		int found = 0;
		while (paths.find()) {
			found++;
			if (bundle.getEntry(paths.group(1)) == null) {
				missing.add(paths.group(1));
			}
		}
		assertTrue(found > 0);
		assertEquals(List.of(), missing);
	}

	@Test
	void theBundleNeedsNoSiriusToResolveAndReachesItsRegistryOnlyAtRunTime() {
		String required = bundle.getHeaders().get(Constants.REQUIRE_BUNDLE);
		assertFalse(required.contains("org.eclipse.sirius"), required);
		String imported = bundle.getHeaders().get(Constants.IMPORT_PACKAGE);
		assertTrue(imported == null || !imported.contains("org.eclipse.sirius"), imported);
		assertTrue(bundle.getHeaders().get(Constants.DYNAMICIMPORT_PACKAGE).contains("org.eclipse.sirius.business.api.componentization"));
	}

	private String read(String path) throws IOException {
		URL entry = bundle.getEntry(path);
		assertNotNull(entry, path);
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
