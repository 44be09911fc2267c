package journey.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes state machines for the anchor language: each file a controller with its events, reset
 * events, commands, and states whose transitions and actions refer to them, like the secret
 * compartment of Xtext's example, only larger. Every file is valid.
 */
final class StatemachineGenerator {

	private static final int EVENTS = 12;
	private static final int COMMANDS = 8;
	private static final int STATES = 40;

	private final Random random;

	StatemachineGenerator(long seed) {
		this.random = new Random(seed);
	}

	long generate(Path folder, long bytes) throws IOException {
		long written = 0;
		for (int machine = 0; written < bytes; machine++) {
			Path group = Files.createDirectories(folder.resolve("group" + machine / 50));
			byte[] content = machine(machine).getBytes(StandardCharsets.UTF_8);
			Files.write(group.resolve("machine" + machine + ".statemachine"), content);
			written += content.length;
		}
		return written;
	}

	String machine(int number) {
		StringBuilder text = new StringBuilder("events\n");
		for (int event = 0; event < EVENTS; event++) {
			text.append("\tevent").append(event).append("Happened E").append(number).append('x').append(event).append('\n');
		}
		text.append("end\n\nresetEvents\n\tevent0Happened\nend\n\ncommands\n");
		for (int command = 0; command < COMMANDS; command++) {
			text.append("\tcommand").append(command).append(" C").append(number).append('x').append(command).append('\n');
		}
		text.append("end\n\n");
		for (int state = 0; state < STATES; state++) {
			text.append("state state").append(state).append('\n');
			text.append("\tactions { command").append(random.nextInt(COMMANDS)).append(" command").append(random.nextInt(COMMANDS)).append(" }\n");
			for (int transition = 0; transition < 3; transition++) {
				text.append("\tevent").append(random.nextInt(EVENTS)).append("Happened => state").append(random.nextInt(STATES)).append('\n');
			}
			text.append("end\n\n");
		}
		return text.toString();
	}
}
