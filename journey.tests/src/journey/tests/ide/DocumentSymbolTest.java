package journey.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outline: journey > stage > step > touchpoint > pain and KPI, process > activity, and the catalogue. */
class DocumentSymbolTest {

	@TempDir
	Path root;

	private String outline(String text) {
		StringBuilder out = new StringBuilder();
		print(LspTestClient.start(root, "model.journey", text).documentSymbols("model.journey"), "", out);
		return out.toString();
	}

	private static void print(List<DocumentSymbol> symbols, String indent, StringBuilder out) {
		for (DocumentSymbol symbol : symbols) {
			out.append(indent).append(symbol.getName()).append(" : ").append(symbol.getKind())
					.append(" (").append(symbol.getDetail()).append(")\n");
			if (symbol.getChildren() != null) {
				print(symbol.getChildren(), indent + "  ", out);
			}
		}
	}

	@Test
	void aJourneyIsOutlinedStageByStepByTouchpoint() {
		assertEquals("""
				Buy "Buy a trip" : Module (journey)
				  Look "Looking" : Namespace (stage)
				    Browse "Browses" : Function (step)
				      Home "Home page" : Interface (touchpoint via Web)
				        Slow "Loads slowly" : Event (pain point)
				        Ctr : Number (KPI ctr)
				      Lost : Event (pain point)
				  Found : String (insight)
				  Faster : Key (opportunity)
				  Cdn "Content delivery network" : Method (solution)
				""", outline("""
				package shop
				channel Web
				journey Buy "Buy a trip" {
					stage Look "Looking" {
						step Browse "Browses" {
							touchpoint Home "Home page" via Web {
								pain Slow "Loads slowly" severity high
								kpi Ctr ctr target 30%
							}
							pain Lost
							next Browse
						}
					}
					insight Found
					opportunity Faster { relieves Slow }
					solution Cdn "Content delivery network"
				}
				""").replace("Web : Enum (channel)\n", ""));
	}

	@Test
	void theCatalogueIsOutlinedWithActivitiesUnderTheirProcess() {
		assertEquals("""
				Explorer "Explorer, 34" : TypeParameter (persona)
				Website "Agency website" : Enum (channel)
				Phone "Phone" : Enum (channel)
				WebTeam "Web team" : Struct (team)
				Sales "Sales" : Struct (team)
				Ines "Ines Bakker" : Object (person)
				Cms "Content management system" : Package (system)
				MaintainSite "Maintain the website" : Class (process)
				  PublishTours "Publish tour pages" : Method (frontstage activity)
				  HostSite "Host the website" : Method (support activity)
				BookTrips "Book trips" : Class (process)
				  TakeBooking "Take the booking" : Method (frontstage activity)
				""", outline(Catalogue.TEXT));
	}

	@Test
	void stageGroupsAndTheBuyingGroupsMembersAreOutlined() {
		String outline = outline("""
				package shop
				customer role Subscriber
				journey Buy {
					buying group {
						member Anna role decider
					}
					group See spans Look
					stage Look {
						step Browse
					}
				}
				""");
		assertTrue(outline.contains("Subscriber : TypeParameter (customer role)"), outline);
		assertTrue(outline.contains("  Anna : Object (decider, customer side)"), outline);
		assertTrue(outline.contains("  See : Package (stage group of 1 stage)"), outline);
	}
}
