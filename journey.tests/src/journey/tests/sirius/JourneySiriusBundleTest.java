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

import journey.sirius.JourneyViewpointIds;
import journey.sirius.services.JourneyServices;

/** journey.sirius registers its specification with Sirius, ships every file it names, and needs no Sirius to resolve. */
class JourneySiriusBundleTest {

	private final Bundle bundle = FrameworkUtil.getBundle(JourneyServices.class);

	@Test
	void theComponentizationExtensionPointsAtTheShippedSpecification() throws IOException {
		String pluginXml = read("plugin.xml");
		assertTrue(pluginXml.contains("point=\"org.eclipse.sirius.componentization\""), pluginXml);
		assertTrue(pluginXml.contains("resourcePath=\"/" + JourneyViewpointIds.PLUGIN_ID + "/" + JourneyViewpointIds.ODESIGN_PATH + "\""), pluginXml);
		assertNotNull(bundle.getEntry(JourneyViewpointIds.ODESIGN_PATH));
	}

	@Test
	void everyIconTheSpecificationNamesIsInTheBundle() {
		Matcher paths = Pattern.compile("(?:decoratorPath|workspacePath|iconPath)=\"/" + JourneyViewpointIds.PLUGIN_ID + "/([^\"]+)\"").matcher(Odesign.text());
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
	void theBundleRequiresOnlyTheLanguageAndEmfNotSirius() {
		String required = bundle.getHeaders().get(Constants.REQUIRE_BUNDLE);
		assertFalse(required.contains("org.eclipse.sirius"), required);
		assertEquals(List.of("journey.dsl", "org.eclipse.emf.ecore", "org.eclipse.emf.common"),
				List.of(required.split(",")).stream().map(s -> s.split(";")[0].trim()).toList());
	}

	private String read(String path) throws IOException {
		URL entry = bundle.getEntry(path);
		assertNotNull(entry, path);
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
