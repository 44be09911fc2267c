package journey.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a realistic workspace of any size for benchmarks: business units, each with a catalogue
 * (personas, channels, a department with teams, people, systems, processes with activities that
 * trigger one another) and journeys that import it (stages, steps, touchpoints backed by the
 * unit's activities, flows, pain points, KPIs with measurements, insights, opportunities and
 * solutions with owners). Every file is valid: the workspace validates without errors, so a
 * benchmark measures the work a real, correct workspace costs.
 */
public final class WorkspaceGenerator {

	static final int TEAMS = 5;
	static final int PROCESSES = 6;
	static final int ACTIVITIES = 4;
	static final int STAGES = 5;
	static final int STEPS = 4;

	private final Random random;

	public WorkspaceGenerator(long seed) {
		this.random = new Random(seed);
	}

	/** Writes business units into {@code folder} until the files hold at least {@code bytes}; returns the bytes written. */
	public long generate(Path folder, long bytes, int journeysPerUnit) throws IOException {
		long written = 0;
		for (int unit = 0; written < bytes; unit++) {
			Path unitFolder = Files.createDirectories(folder.resolve("unit" + unit));
			written += write(unitFolder.resolve("catalog.journey"), catalogue(unit));
			for (int journey = 0; journey < journeysPerUnit && written < bytes; journey++) {
				written += write(unitFolder.resolve("journey" + journey + ".journey"), journey(unit, journey));
			}
		}
		return written;
	}

	private static long write(Path file, String text) throws IOException {
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		Files.write(file, content);
		return content.length;
	}

	String catalogue(int unit) {
		StringBuilder text = new StringBuilder();
		text.append("// The catalogue of business unit ").append(unit).append(": who and what stands behind its journeys.\n");
		text.append("package unit").append(unit).append("\n\n");
		text.append("persona Customer \"Customer of unit ").append(unit).append("\"\n");
		text.append("\tdescription \"Buys a few times a year and compares offers online before deciding.\"\n");
		text.append("persona Partner \"Partner of unit ").append(unit).append("\"\n\n");
		text.append("channel Web \"Website\" online website\n");
		text.append("channel Mail \"E-mail\" online email\n");
		text.append("channel Phone \"Phone\" offline phone\n");
		text.append("channel Shop \"Shop\" offline store\n\n");
		text.append("department Dept \"Department of unit ").append(unit).append("\"\n");
		for (int team = 0; team < TEAMS; team++) {
			text.append("team T").append(team).append(" \"Team ").append(team).append(" of unit ").append(unit).append("\" part of Dept\n");
		}
		for (int team = 0; team < TEAMS; team++) {
			text.append("person P").append(team).append(" \"Person ").append(team).append("\" is \"Lead of team ").append(team)
					.append("\" in T").append(team).append(" stakeholder process-owner\n");
		}
		text.append('\n');
		for (int system = 0; system < 4; system++) {
			text.append("system S").append(system).append(" \"System ").append(system).append("\" owner T").append(system % TEAMS).append('\n');
		}
		text.append('\n');
		String[] lanes = { "frontstage", "backstage", "backstage", "support" };
		for (int process = 0; process < PROCESSES; process++) {
			int team = process % TEAMS;
			text.append("process Pr").append(process).append(" \"Process ").append(process).append(" of unit ").append(unit).append("\" owner T")
					.append(team).append(" {\n");
			for (int activity = 0; activity < ACTIVITIES; activity++) {
				text.append("\tactivity A").append(activity).append(" \"Activity ").append(activity).append(" of process ").append(process)
						.append("\" ").append(lanes[activity]).append(" owner T").append((team + activity) % TEAMS).append(" uses S")
						.append((process + activity) % 4);
				if (activity < 2) {
					text.append(" triggers A").append(activity + 1);
				}
				text.append('\n');
			}
			text.append("}\n");
		}
		return text.toString();
	}

	/**
	 * One file of at least {@code lines} lines: a catalogue and one long journey (some 190 stages
	 * for 10,000 lines, under the 1,000 steps a map can draw), for the editor and the language server.
	 */
	public String singleFile(int lines) {
		StringBuilder text = new StringBuilder(catalogue(0));
		int stages = 1;
		String journey;
		do {
			journey = journey(0, 0, stages, false, false);
			stages += Math.max(1, stages / 2);
		} while ((text.toString() + journey).lines().count() < lines);
		return text.append('\n').append(journey).toString();
	}

	/**
	 * One file with a catalogue and a journey of {@code steps} steps (rounded up to whole stages)
	 * whose flow branches: alternatives that skip a step and loops back, as a map to render.
	 */
	public String branchingJourney(int steps) {
		return catalogue(0) + '\n' + journey(0, 0, (steps + STEPS - 1) / STEPS, false, true);
	}

	String journey(int unit, int number) {
		return journey(unit, number, STAGES, true, false);
	}

	private String journey(int unit, int number, int stages, boolean ownFile, boolean branching) {
		StringBuilder text = new StringBuilder();
		if (ownFile) {
			text.append("package unit").append(unit).append(".j").append(number).append('\n');
			text.append("import unit").append(unit).append(".*\n\n");
		}
		text.append("journey J").append(number).append(" \"Journey ").append(number).append(" of unit ").append(unit).append("\" {\n");
		text.append("\tpersona Customer\n\tstate current\n");
		text.append("\tgoal \"Get what was promised, without calling\"\n");
		text.append("\tkpi Nps \"Net Promoter Score\" nps target 30 actual ").append(20 + random.nextInt(20)).append(" reviewed quarterly by T0 {\n");
		text.append("\t\t2025-12-31: ").append(10 + random.nextInt(30)).append("\n\t\t2026-03-31: ").append(10 + random.nextInt(30)).append("\n\t}\n\n");
		String[] roles = { "visitor", "lead", "customer", "customer" };
		String[] channels = { "Web", "Mail", "Phone", "Shop" };
		long reached = 100_000;
		for (int stage = 0; stage < stages; stage++) {
			text.append("\tstage S").append(stage).append(" \"Stage ").append(stage).append("\" {\n");
			text.append("\t\tgoal \"Move on to stage ").append(stage + 1).append("\"\n");
			text.append("\t\ttakes ").append(1 + random.nextInt(9)).append(" days target 10 days\n");
			text.append("\t\tkpi Conv").append(stage).append(" \"Conversion of stage ").append(stage).append("\" conversion-rate target 50% actual ")
					.append(30 + random.nextInt(40)).append("%\n");
			for (int step = 0; step < STEPS; step++) {
				int n = stage * STEPS + step;
				text.append("\t\tstep St").append(n).append(" \"Step ").append(n).append(" of journey ").append(number).append("\" as ")
						.append(roles[stage % roles.length]).append(" reached ").append(reached).append(" {\n");
				text.append("\t\t\tdoes \"Does what step ").append(n).append(" asks\"\n");
				text.append("\t\t\tthinks \"Is this the right place?\"\n");
				text.append("\t\t\tfeels ").append(random.nextInt(5) - 2).append(" \"A feeling\"\n");
				int process = (n + number) % PROCESSES;
				text.append("\t\t\ttouchpoint Tp").append(n).append(" \"Touchpoint ").append(n).append("\" via ").append(channels[n % channels.length])
						.append(" {\n");
				text.append("\t\t\t\tsupported by Pr").append(process).append(".A0\n");
				text.append("\t\t\t\tfeels ").append(random.nextInt(5) - 2).append('\n');
				if (n % 3 == 0) {
					text.append("\t\t\t\tpain Pain").append(n).append(" \"Something hurts at step ").append(n)
							.append("\" severity high frequency often reach 40%\n");
				}
				text.append("\t\t\t}\n");
				boolean last = stage == stages - 1 && step == STEPS - 1;
				if (!last) {
					int share = 80;
					if (branching && n % 7 == 3 && n + 2 < stages * STEPS) {
						text.append("\t\t\talternative St").append(n + 2).append(" 10%\n");
						share -= 10;
					}
					if (branching && n % 13 == 5) {
						text.append("\t\t\tloop St").append(n - 3).append(" 5%\n");
						share -= 5;
					}
					text.append("\t\t\tnext St").append(n + 1).append(' ').append(share).append("%\n\t\t\tdrops 20%\n");
				}
				text.append("\t\t}\n");
				reached = Math.max(10, reached * 8 / 10);
			}
			text.append("\t}\n\n");
		}
		text.append("\tinsight Heard \"Customers want to know where they stand\" from survey {\n\t\tabout Tp0\n\t}\n");
		text.append("\topportunity Inform \"Tell customers where they stand\" is bottleneck {\n\t\tfrom Heard\n\t\trelieves Pain0\n\t}\n");
		text.append("\tsolution StatusPage \"A status page\" {\n\t\tstatus planned\n\t\taddresses Inform\n\t\towner T0\n\t\tstakeholders T0, P0\n")
				.append("\t\tmeasured by Nps\n\t}\n");
		text.append("}\n");
		return text.toString();
	}
}
