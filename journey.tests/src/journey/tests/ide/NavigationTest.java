package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go to definition, find references and rename across files, through Xtext's default services. */
class NavigationTest {

	@TempDir
	Path root;

	private static final String SHOP = """
			package shop
			import catalog.*
			journey Buy {
				stage Look {
					step Browse {
						touchpoint Home via Website { supported by MaintainSite.PublishTours }
						touchpoint Form via catalog.Website
					}
				}
			}
			""";

	private static final String SUPPORT = """
			package support
			import catalog.*
			journey Help { stage Ask { step Call { touchpoint Desk via Website } } }
			""";

	private LspTestClient start() {
		return LspTestClient.start(root, Map.of(Catalogue.FILE, Catalogue.TEXT, "shop.journey", SHOP, "support/help.journey", SUPPORT));
	}

	private static String describe(LspTestClient ls, List<? extends Location> locations) {
		return locations.stream().sorted(Comparator.comparing(Location::getUri).thenComparing(l -> l.getRange().getStart().getLine()))
				.map(l -> Path.of(java.net.URI.create(l.getUri())).getFileName() + " " + l.getRange().getStart().getLine() + ":"
						+ l.getRange().getStart().getCharacter() + "-" + l.getRange().getEnd().getCharacter())
				.collect(Collectors.joining("\n"));
	}

	@Test
	void goToDefinitionOpensTheCatalogueElementInItsFile() {
		LspTestClient ls = start();
		assertEquals("catalog.journey 4:8-15", describe(ls, ls.definition("shop.journey", ls.positionOf("shop.journey", "via Website", 5))));
	}

	@Test
	void goToDefinitionOfAnActivityOpensItInsideItsProcess() {
		LspTestClient ls = start();
		assertEquals("catalog.journey 11:10-22",
				describe(ls, ls.definition("shop.journey", ls.positionOf("shop.journey", "PublishTours", 2))));
	}

	@Test
	void findReferencesListsEveryUseInEveryFile() {
		LspTestClient ls = start();
		assertEquals("""
				shop.journey 5:23-30
				shop.journey 6:23-38
				help.journey 2:59-66""", describe(ls, ls.references(Catalogue.FILE, ls.positionOf(Catalogue.FILE, "Website", 1), false)));
	}

	@Test
	void renamingAChannelUpdatesEveryReferenceInEveryFile() {
		// Xtext writes the shortest name that still resolves, so the qualified use becomes simple under the import
		LspTestClient ls = start();
		Map<String, String> changed = ls.apply(ls.rename(Catalogue.FILE, ls.positionOf(Catalogue.FILE, "Website", 1), "Site"));
		assertEquals(Catalogue.TEXT.replace("channel Website", "channel Site"), changed.get(Catalogue.FILE));
		assertEquals(SHOP.replace("via Website", "via Site").replace("catalog.Website", "Site"), changed.get("shop.journey"));
		assertEquals(SUPPORT.replace("via Website", "via Site"), changed.get("support/help.journey"));
	}

	@Test
	void renamingAProcessUpdatesTheQualifiedActivityReferences() {
		LspTestClient ls = start();
		Map<String, String> changed = ls.apply(ls.rename(Catalogue.FILE, ls.positionOf(Catalogue.FILE, "MaintainSite", 1), "RunSite"));
		assertEquals(SHOP.replace("MaintainSite.PublishTours", "RunSite.PublishTours"), changed.get("shop.journey"));
	}

	@Test
	void renamingFromAReferenceRenamesTheDeclarationToo() {
		LspTestClient ls = start();
		Map<String, String> changed = ls.apply(ls.rename("support/help.journey", ls.positionOf("support/help.journey", "via Website", 5), "Web"));
		assertEquals(Catalogue.TEXT.replace("channel Website", "channel Web"), changed.get(Catalogue.FILE));
		assertEquals(SUPPORT.replace("via Website", "via Web"), changed.get("support/help.journey"));
	}
}
