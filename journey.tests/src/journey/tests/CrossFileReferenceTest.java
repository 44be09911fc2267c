package journey.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.tests.JourneyInjectorProvider;
import com.google.inject.Provider;

import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Touchpoint;

/** One catalogue serves many journeys: names resolve across files, folders and packages. */
@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class CrossFileReferenceTest {

	private static final String CATALOGUE = """
			package shared.catalog
			persona Shopper
			channel Web online website
			team WebTeam
			process Site owner WebTeam {
				activity Publish frontstage owner WebTeam
			}
			""";

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Test
	void aWildcardImportMakesACatalogueInAnotherFolderVisible() throws IOException {
		XtextResourceSet set = resourceSets.get();
		load(set, "inmemory:/catalogue/catalog.journey", CATALOGUE);
		Resource journeyFile = load(set, "inmemory:/journeys/sub/shop.journey", """
				package shop
				import shared.catalog.*
				journey Buy {
					persona Shopper
					stage Look {
						step Browse {
							touchpoint Home via Web {
								supported by Site.Publish
								owner WebTeam
							}
						}
					}
				}
				""");
		EcoreUtil.resolveAll(set);
		assertEquals(List.of(), journeyFile.getErrors());
		Journey journey = ((JourneyModel) journeyFile.getContents().get(0)).getJourneys().get(0);
		Touchpoint home = journey.getStages().get(0).getSteps().get(0).getTouchpoints().get(0);
		assertEquals("Shopper", journey.getPersona().getName());
		assertEquals("Web", home.getChannel().getName());
		assertEquals("Publish", home.getSupportedBy().get(0).getName());
		assertFalse(home.getSupportedBy().get(0).eIsProxy());
		assertEquals("catalog.journey", home.getChannel().eResource().getURI().lastSegment());
	}

	/** As in Java: Xtext's text of a name has a space where white space or a comment stood, and no name holds one. */
	@Test
	void whiteSpaceAndCommentsBetweenThePartsOfANameAreNotPartOfIt() throws IOException {
		XtextResourceSet set = resourceSets.get();
		Resource catalogue = load(set, "inmemory:/catalogue/catalog.journey", CATALOGUE.replace("package shared.catalog", "package shared. catalog"));
		Resource journeyFile = load(set, "inmemory:/journeys/shop.journey", """
				package shop
				import shared /* the catalogue */ .catalog
					.*
				journey Buy {
					persona Shopper
					stage Look {
						step Browse {
							touchpoint Home via shared.catalog. Web {
								supported by Site . Publish
							}
						}
					}
				}
				""");
		EcoreUtil.resolveAll(set);
		assertEquals(List.of(), journeyFile.getErrors());
		assertEquals("shared.catalog", ((JourneyModel) catalogue.getContents().get(0)).getName());
		assertEquals("shared.catalog.*", ((JourneyModel) journeyFile.getContents().get(0)).getImports().get(0).getImportedNamespace());
		Touchpoint home = ((JourneyModel) journeyFile.getContents().get(0)).getJourneys().get(0).getStages().get(0).getSteps().get(0).getTouchpoints().get(0);
		assertEquals("Web", home.getChannel().getName());
		assertEquals("Publish", home.getSupportedBy().get(0).getName());
	}

	@Test
	void fullyQualifiedNamesWorkWithoutAnImport() throws IOException {
		XtextResourceSet set = resourceSets.get();
		load(set, "inmemory:/catalogue/catalog.journey", CATALOGUE);
		Resource journeyFile = load(set, "inmemory:/other/shop.journey", """
				journey Buy {
					persona shared.catalog.Shopper
					stage Look { step Browse { touchpoint Home via shared.catalog.Web } }
				}
				""");
		EcoreUtil.resolveAll(set);
		assertEquals(List.of(), journeyFile.getErrors());
		assertEquals("Shopper", ((JourneyModel) journeyFile.getContents().get(0)).getJourneys().get(0).getPersona().getName());
	}

	@Test
	void aNameFromAnUnimportedPackageDoesNotResolveAndTheErrorNamesIt() throws IOException {
		XtextResourceSet set = resourceSets.get();
		load(set, "inmemory:/catalogue/catalog.journey", CATALOGUE);
		Resource journeyFile = load(set, "inmemory:/other/shop.journey", """
				journey Buy {
					persona Shopper
				}
				""");
		EcoreUtil.resolveAll(set);
		assertEquals(1, journeyFile.getErrors().size(), journeyFile.getErrors().toString());
		assertTrue(journeyFile.getErrors().get(0).getMessage().contains("Shopper"), journeyFile.getErrors().get(0).getMessage());
	}

	@Test
	void elementsOfAnotherJourneyAreReferencedThroughTheJourneyName() throws IOException {
		XtextResourceSet set = resourceSets.get();
		load(set, "inmemory:/catalogue/catalog.journey", CATALOGUE);
		Resource file = load(set, "inmemory:/j/two.journey", """
				package two
				import shared.catalog.*
				journey Current {
					persona Shopper
					state current
					stage Look { step Browse { touchpoint Home via Web } }
				}
				journey Future {
					persona Shopper
					state future
					baseline Current
					insight Seen from survey { about Current.Home }
				}
				""");
		EcoreUtil.resolveAll(set);
		assertEquals(List.of(), file.getErrors());
		Journey future = ((JourneyModel) file.getContents().get(0)).getJourneys().get(1);
		assertEquals("Current", future.getBaseline().getName());
		assertEquals("Home", future.getInsights().get(0).getTouchpoints().get(0).getName());
	}

	private static Resource load(XtextResourceSet set, String uri, String text) throws IOException {
		Resource resource = set.createResource(URI.createURI(uri));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return resource;
	}
}
