package journey.tests.bpmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import journey.tests.Examples;
import journey.tests.Golden;
import journey.tests.cli.CliRun;

/**
 * `journey import --format bpmn` turns a process modeller's file into a catalogue: pools and lanes
 * into teams, tasks and sub-processes into activities in the blueprint lane the rules give them,
 * flows into triggers, service implementations and data stores into systems; a re-import changes
 * only what the BPMN file changed and keeps what journeys still refer to; bad input says where and why.
 */
class BpmnImportTest {

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private static Path orderHandling() {
		return Examples.folder().resolve("imports/order-handling.bpmn");
	}

	@Test
	void theOrderHandlingOfAModellerBecomesTheGoldenCatalogueWithASummary() throws IOException {
		Path catalogue = dir.resolve("catalog.journey");
		assertEquals(0, cli.run("import", "--format", "bpmn", orderHandling().toString(), "-o", catalogue.toString()), cli.err());
		Golden.assertMatches("import/bpmn/catalog.journey", Files.readString(catalogue));
		Golden.assertMatches("import/bpmn/summary.txt", cli.err().replace(catalogue.toString(), "catalog.journey"));
		assertEquals(0, cli.run("validate", catalogue.toString()), cli.out() + cli.err());
	}

	/** Checked by hand against the BPMN file: what each default puts where. */
	@Test
	void theDefaultLanesFollowTheTaskTypesAndTheMessagesToTheCustomer() throws IOException {
		String catalogue = imported();
		assertTrue(catalogue.contains("activity CheckTheOrder \"Check the order\" backstage owner Sales"), "a user task is backstage");
		assertTrue(catalogue.contains("activity ConfirmTheOrder \"Confirm the order\" frontstage owner Sales uses MailService"),
				"a send task to the customer's pool is frontstage, and its delegate expression is a system");
		assertTrue(catalogue.contains("activity CreateTheInvoice \"Create the invoice\" support owner Finance uses InvoiceDelegate"),
				"a service task is support, and its Java class is a system");
		assertTrue(catalogue.contains("triggers CreateTheInvoice, ApologiseForTheDelay"),
				"a boundary event's flow is a trigger of the task it is attached to");
		assertTrue(catalogue.contains("team Warehouse part of Operations"), "a lane within a lane is part of its team");
		assertTrue(catalogue.contains("process HandleAnOrder \"Handle an order\" owner WebshopCompany"), "the pool owns the process");
	}

	@Test
	void laneRulesPutTheActivitiesOfALaneOrATaskTypeInTheirBlueprintLane() throws IOException {
		String catalogue = imported("--lane", "Sales=frontstage", "--lane", "serviceTask=backstage");
		assertTrue(catalogue.contains("activity CheckTheOrder \"Check the order\" frontstage"), catalogue);
		assertTrue(catalogue.contains("activity CreateTheInvoice \"Create the invoice\" backstage"), catalogue);
	}

	@Test
	void aRuleForALaneThatTheFileDoesNotHaveIsRefusedNamingTheLanesItHas() {
		Path catalogue = dir.resolve("catalog.journey");
		assertEquals(2, cli.run("import", "--format", "bpmn", orderHandling().toString(), "-o", catalogue.toString(), "--lane", "Sale=frontstage"));
		assertTrue(cli.err().contains("the BPMN file has no lane called 'Sale'; its lanes are: Customer service, Finance, Operations, Sales, Warehouse"),
				cli.err());
		assertEquals(2, cli.run("import", "--format", "bpmn", orderHandling().toString(), "-o", catalogue.toString(), "--lane", "Sales=front"));
		assertTrue(cli.err().contains("'front' is not a blueprint lane; write frontstage, backstage or support"), cli.err());
		assertFalse(Files.exists(catalogue));
	}

	@Test
	void aReimportChangesOnlyWhatTheBpmnFileChangedAndKeepsWhatAJourneyStillRefersTo() throws IOException {
		Path catalogue = dir.resolve("catalog.journey");
		assertEquals(0, cli.run("import", "--format", "bpmn", orderHandling().toString(), "-o", catalogue.toString()), cli.err());
		String first = Files.readString(catalogue).replace("process HandleAnOrder", "// kept in BPMN by Sales\nprocess HandleAnOrder");
		Files.writeString(catalogue, first);
		Files.writeString(dir.resolve("shop.journey"), """
				package shop
				import catalog.*

				journey Order {
					stage Buy {
						step Pay {
							touchpoint Confirmation {
								supported by HandleAnOrder.ConfirmTheOrder, HandleAnOrder.HandleAReturn
							}
						}
					}
				}
				""");
		String changed = Files.readString(orderHandling())
				.replaceAll("(?s)<bpmn:subProcess.*?</bpmn:subProcess>", "").replace("<bpmn:flowNodeRef>Activity_0ret</bpmn:flowNodeRef>", "")
				.replaceAll("(?s)<bpmn:sendTask id=\"Activity_0sorry\".*?</bpmn:sendTask>", "")
				.replace("<bpmn:flowNodeRef>Activity_0sorry</bpmn:flowNodeRef>", "").replace("<bpmn:outgoing>Flow_7</bpmn:outgoing>", "")
				.replaceAll("<bpmn:sequenceFlow id=\"Flow_7\"[^>]*/>", "")
				.replace("name=\"Check the order\"", "name=\"Check the order and the stock\"")
				.replace("<bpmn:incoming>Flow_3</bpmn:incoming>", "<bpmn:documentation>By e-mail, within the hour.</bpmn:documentation>\n      <bpmn:incoming>Flow_3</bpmn:incoming>");
		Path bpmn = Files.writeString(dir.resolve("changed.bpmn"), changed);

		assertEquals(2, cli.run("import", "--format", "bpmn", bpmn.toString(), "-o", catalogue.toString()));
		assertTrue(cli.err().contains("nothing was written: " + catalogue + " exists; add --force"), cli.err());
		assertEquals(first, Files.readString(catalogue), "without --force the catalogue stays as it was");

		assertEquals(0, cli.run("import", "--format", "bpmn", bpmn.toString(), "-o", catalogue.toString(), "--force"), cli.err());
		String expected = first
				.replace("\tactivity CheckTheOrder \"Check the order\" backstage", "\tactivity CheckTheOrder \"Check the order and the stock\" backstage")
				.replace("frontstage owner Sales uses MailService triggers PickAndPack\n",
						"frontstage owner Sales uses MailService triggers PickAndPack\n\t\tdescription \"By e-mail, within the hour.\"\n")
				.replace("triggers CreateTheInvoice, ApologiseForTheDelay\n", "triggers CreateTheInvoice\n")
				.replace("\tactivity ApologiseForTheDelay \"Apologise for the delay\" frontstage owner CustomerService\n", "");
		assertEquals(expected, Files.readString(catalogue),
				"a task renamed in its place keeps its name; a task gone is removed; the sub-process stays, since a journey refers to it");
		assertTrue(cli.err().contains("updated activity HandleAnOrder.CheckTheOrder: title 'Check the order' → 'Check the order and the stock'"), cli.err());
		assertTrue(cli.err().contains("removed activity HandleAnOrder.ApologiseForTheDelay: no longer in the BPMN file"), cli.err());
		assertTrue(cli.err().contains("kept activity HandleAnOrder.HandleAReturn: no longer in the BPMN file, but touchpoint Confirmation "
				+ "(shop.journey:7) still refers to it"), cli.err());
		assertTrue(cli.err().contains("updated activity HandleAnOrder.ConfirmTheOrder: description none → 'By e-mail, within the hour.'"), cli.err());

		assertEquals(0, cli.run("import", "--format", "bpmn", bpmn.toString(), "-o", catalogue.toString(), "--force"), cli.err());
		assertTrue(cli.err().contains("nothing to change"), cli.err());
		assertEquals(expected, Files.readString(catalogue));
	}

	private String imported(String... options) throws IOException {
		Path catalogue = dir.resolve("catalog-" + options.length + ".journey");
		String[] args = new String[6 + options.length];
		System.arraycopy(new String[] { "import", "--format", "bpmn", orderHandling().toString(), "-o", catalogue.toString() }, 0, args, 0, 6);
		System.arraycopy(options, 0, args, 6, options.length);
		assertEquals(0, cli.run(args), cli.err());
		return Files.readString(catalogue);
	}

	/** Imports a BPMN file that is wrong and returns the error; nothing may be written and no stack trace shown. */
	private String refused(String name, byte[] content) throws IOException {
		Path bpmn = Files.write(dir.resolve(name), content);
		Path catalogue = dir.resolve("out.journey");
		CliRun run = new CliRun();
		assertEquals(2, run.run("import", "--format", "bpmn", bpmn.toString(), "-o", catalogue.toString()), run.err());
		assertFalse(Files.exists(catalogue), "nothing written");
		assertFalse(run.err().contains("\tat "), run.err());
		return run.err();
	}

	@Test
	void malformedXmlIsReportedWithItsLineAndColumn() throws IOException {
		String broken = Files.readString(orderHandling()).replace("<bpmn:userTask id=\"Activity_0chk\" name=\"Check the order\">",
				"<bpmn:userTask id=\"Activity_0chk\" name=\"Check the order\"");
		String err = refused("broken.bpmn", broken.getBytes(StandardCharsets.UTF_8));
		assertTrue(err.matches("(?s).*broken\\.bpmn:4[0-9]:\\d+: error: .+"), err);
	}

	@Test
	void anEmptyFileIsReported() throws IOException {
		assertTrue(refused("empty.bpmn", new byte[0]).contains("empty.bpmn:0:0: error: the file is empty"));
	}

	@Test
	void xmlThatIsNotBpmnIsReported() throws IOException {
		String err = refused("page.bpmn", "<html><body>not a process</body></html>".getBytes(StandardCharsets.UTF_8));
		assertTrue(err.contains("page.bpmn:") && err.contains("error:"), err);
	}

	@Test
	void aFileWithoutAProcessIsReported() throws IOException {
		String err = refused("none.bpmn", """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="http://example.com">
				  <collaboration id="c"><participant id="p" name="Customer"/></collaboration>
				</definitions>
				""".getBytes(StandardCharsets.UTF_8));
		assertTrue(err.contains("none.bpmn:0:0: error: the file holds no BPMN process, so there is nothing to import (its pools 'Customer' have no process inside)"), err);
	}

	@Test
	void aFileThatIsNotUtf8AlthoughItSaysSoIsReportedWithItsLine() throws IOException {
		byte[] latin1 = Files.readString(orderHandling()).replace("Check the order", "Prüfe die Bestellung").getBytes(StandardCharsets.ISO_8859_1);
		String err = refused("latin1.bpmn", latin1);
		assertTrue(err.matches("(?s).*latin1\\.bpmn:\\d+:\\d+: error: .*UTF-8.*"), err);
	}
}
