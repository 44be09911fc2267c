package journey.tests.sirius;

import com.google.inject.Inject;

import journey.dsl.model.JourneyModel;

/**
 * The models the viewpoint's services are tested on: a catalogue, a package the journey does not
 * import, a shop journey with every kind of element, and a journey on a seven-point scale.
 */
public class ServiceModels {

	static final String CATALOGUE = """
			package cat
			channel Web "Website" online website
			channel Phone offline phone
			team Sales "Sales team"
			team Ops
			person Ann "Ann" in Sales
			system Shop "Shop platform"
			system Crm
			process Sell owner Ops {
				activity Show "Show products" frontstage owner Ann uses Shop
				activity Pack backstage uses Crm
				activity Host support owner Ops uses Shop
			}
			""";

	static final String OTHER_PACKAGE = """
			package elsewhere
			team Hidden
			channel Fax offline other
			""";

	static final String JOURNEY = """
			package shop
			import cat.*
			journey Buy "Buy something" {
				kpi Nps nps target 30 actual 20 reviewed quarterly by Sales
				stage Look "Look around" {
					kpi Visits visits target 1000 actual 1200
					step Browse "Browses" as visitor reached 500 {
						feels -2
						touchpoint Catalogue "Product page" via Web {
							feels 1
							key moment
							evidence "Product photos", "Reviews"
							supported by Sell.Show, Sell.Pack
							pain Slow "Pages load slowly" severity high
							kpi Ctr ctr target 35% actual 38% reviewed weekly by Ops
						}
						next Pay 40%
						drops 60% because "Too expensive"
					}
				}
				stage Checkout {
					step Pay {
						touchpoint Call via Phone
					}
				}
				insight Slowness "Pages are slow" from analytics { about Catalogue }
				opportunity Faster is underused { from Slowness relieves Slow }
				solution Cdn "Use a CDN" { status planned addresses Faster owner Ops stakeholders Sales, Ann measured by Ctr }
			}
			""";

	static final String SEVEN_POINT = """
			package b2b
			scale Seven from 1 to 7 { 1 "awful" 4 "so-so" 7 "great" }
			journey J { scale Seven stage S { step A { feels 2 } step B { feels 4 } step C { feels 7 } step D } }
			""";

	@Inject
	private Models models;

	/** The shop journey, parsed after the catalogue and the package it does not import. */
	JourneyModel shop() {
		return models.parse(CATALOGUE, OTHER_PACKAGE, JOURNEY);
	}

	JourneyModel parse(String... texts) {
		return models.parse(texts);
	}
}
