package journey.tests.sirius;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import journey.sirius.JourneyViewpointIds;
import journey.sirius.JourneySiriusPlugin;

/** Reads the viewpoint specification as the journey.sirius bundle ships it. */
final class Odesign {

	private Odesign() {
	}

	static String text() {
		Bundle bundle = FrameworkUtil.getBundle(JourneySiriusPlugin.class);
		URL entry = bundle == null ? null : bundle.getEntry(JourneyViewpointIds.ODESIGN_PATH);
		if (entry == null) {
			throw new IllegalStateException(JourneyViewpointIds.ODESIGN_PATH + " is not in bundle " + JourneyViewpointIds.PLUGIN_ID);
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
