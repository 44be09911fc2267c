package journey.tests.ide;

/** The small catalogue that the ide tests' journeys import: one of each kind of catalogue element. */
final class Catalogue {

	static final String FILE = "catalog/catalog.journey";

	static final String TEXT = """
			package catalog
			/* The catalogue:
			   who and what stands behind the journeys. */
			persona Explorer "Explorer, 34" description "Plans one big trip a year."
			channel Website "Agency website" online website
			channel Phone "Phone" offline phone
			team WebTeam "Web team"
			team Sales "Sales"
			person Ines "Ines Bakker" in Sales
			system Cms "Content management system" owner WebTeam
			process MaintainSite "Maintain the website" owner WebTeam {
				activity PublishTours "Publish tour pages" frontstage uses Cms
				activity HostSite "Host the website" support owner Sales
			}
			process BookTrips "Book trips" owner Sales {
				activity TakeBooking "Take the booking" frontstage
			}
			""";

	private Catalogue() {
	}
}
