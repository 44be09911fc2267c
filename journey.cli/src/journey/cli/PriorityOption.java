package journey.cli;

import journey.dsl.analytics.PriorityFormula;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The {@code --priority EXPR} option of the commands that rank pain points (analyze, render), declared
 * once so that the table and the page rank by the same formula and read it the same way.
 */
public final class PriorityOption {

	@Option(names = "--priority", paramLabel = "EXPR", converter = FormulaConverter.class, defaultValue = "severity * frequency * reach",
			description = "The pain-point priority formula over severity, frequency and reach (+ - * / and parentheses). Default: ${DEFAULT-VALUE}.")
	PriorityFormula formula;

	/** The formula given, else {@link PriorityFormula#DEFAULT}. */
	public PriorityFormula formula() {
		return formula == null ? PriorityFormula.DEFAULT : formula;
	}

	/** Turns --priority into a formula; a mistake becomes a usage error naming the column. */
	static final class FormulaConverter implements ITypeConverter<PriorityFormula> {
		@Override
		public PriorityFormula convert(String value) {
			return PriorityFormula.parse(value);
		}
	}
}
