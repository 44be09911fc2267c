package journey.dsl.analytics;

import java.util.function.Supplier;

import journey.dsl.model.Frequency;
import journey.dsl.model.Severity;

/**
 * How a pain point's priority is computed from its severity, frequency and reach: a small
 * arithmetic expression over those three names ({@code + - * /}, parentheses, decimal numbers).
 * The default is {@code severity * frequency * reach}; see {@link PainPointPriorities} for the weights.
 */
public final class PriorityFormula {

	/** The three inputs of a formula, already turned into numbers. */
	public record Inputs(double severity, double frequency, double reach) {
	}

	private interface Node {
		double eval(Inputs in);
	}

	public static final PriorityFormula DEFAULT = parse("severity * frequency * reach");

	private final String text;
	private final Node root;

	private PriorityFormula(String text, Node root) {
		this.text = text;
		this.root = root;
	}

	public double evaluate(Inputs inputs) {
		return root.eval(inputs);
	}

	@Override
	public String toString() {
		return text;
	}

	/** Longer formulas are refused: the evaluation nests one call per operator. */
	static final int MAX_LENGTH = 1000;
	/** Deeper parentheses or signs are refused: the parser nests one call per level. */
	static final int MAX_NESTING = 50;

	/** Reads a formula; a mistake is an {@link IllegalArgumentException} whose message says where. */
	public static PriorityFormula parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("the priority formula is empty; use e.g. \"severity * frequency * reach\"");
		}
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("the priority formula is " + text.length() + " characters long; at most " + MAX_LENGTH + " are read");
		}
		Parser parser = new Parser(text);
		Node root = parser.sum();
		parser.skipSpace();
		if (parser.pos < text.length()) {
			throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
		}
		return new PriorityFormula(text.strip(), root);
	}

	/** Recursive descent over sum := product (('+'|'-') product)*, product := factor (('*'|'/') factor)*. */
	private static final class Parser {
		private final String text;
		private int pos;
		private int nesting;

		Parser(String text) {
			this.text = text;
		}

		Node sum() {
			Node left = product();
			while (true) {
				if (accept('+')) {
					Node l = left, r = product();
					left = in -> l.eval(in) + r.eval(in);
				} else if (accept('-')) {
					Node l = left, r = product();
					left = in -> l.eval(in) - r.eval(in);
				} else {
					return left;
				}
			}
		}

		Node product() {
			Node left = factor();
			while (true) {
				if (accept('*') || accept('\u00d7')) {
					Node l = left, r = factor();
					left = in -> l.eval(in) * r.eval(in);
				} else if (accept('/')) {
					Node l = left, r = factor();
					left = in -> l.eval(in) / r.eval(in);
				} else {
					return left;
				}
			}
		}

		Node factor() {
			skipSpace();
			if (accept('-')) {
				Node inner = nested(this::factor);
				return in -> -inner.eval(in);
			}
			if (accept('(')) {
				Node inner = nested(this::sum);
				if (!accept(')')) {
					throw error("missing ')'");
				}
				return inner;
			}
			int start = pos;
			if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
				while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
					pos++;
				}
				try {
					double value = Double.parseDouble(text.substring(start, pos));
					return in -> value;
				} catch (NumberFormatException e) {
					throw error("'" + text.substring(start, pos) + "' is not a number");
				}
			}
			while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
				pos++;
			}
			String name = text.substring(start, pos);
			return switch (name) {
				case "severity" -> Inputs::severity;
				case "frequency" -> Inputs::frequency;
				case "reach" -> Inputs::reach;
				case "" -> throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "the formula ends too early");
				default -> {
					pos = start;
					throw error("unknown name '" + name + "' (use severity, frequency and reach)");
				}
			};
		}

		/** Parses one level deeper, refusing more than {@link PriorityFormula#MAX_NESTING} levels. */
		private Node nested(Supplier<Node> inner) {
			if (++nesting > MAX_NESTING) {
				pos--; // at the sign or parenthesis that goes one level too deep
				throw error("parentheses and signs are nested more than " + MAX_NESTING + " levels deep");
			}
			Node node = inner.get();
			nesting--;
			return node;
		}

		boolean accept(char c) {
			skipSpace();
			if (pos < text.length() && text.charAt(pos) == c) {
				pos++;
				return true;
			}
			return false;
		}

		void skipSpace() {
			while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
				pos++;
			}
		}

		IllegalArgumentException error(String problem) {
			String shown = text.length() <= 80 ? text : text.substring(0, 77) + "...";
			return new IllegalArgumentException("cannot read the priority formula \"" + shown + "\" at column " + (pos + 1) + ": " + problem);
		}
	}

	/**
	 * Severity weight: low 1, medium 2, high 3, critical 4; a pain point without severity counts as
	 * low. Written out, so that reordering the literals in the metamodel cannot change a ranking.
	 */
	public static int weight(Severity severity) {
		if (severity == null) {
			return 1;
		}
		return switch (severity) {
		case LOW -> 1;
		case MEDIUM -> 2;
		case HIGH -> 3;
		case CRITICAL -> 4;
		};
	}

	/** Frequency weight: rare 1, occasional 2, often 3, always 4; a pain point without frequency counts as rare. */
	public static int weight(Frequency frequency) {
		if (frequency == null) {
			return 1;
		}
		return switch (frequency) {
		case RARE -> 1;
		case OCCASIONAL -> 2;
		case OFTEN -> 3;
		case ALWAYS -> 4;
		};
	}
}
