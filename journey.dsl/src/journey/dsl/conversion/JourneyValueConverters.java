package journey.dsl.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Turns the journey language's numbers, percentages, counts and dates into model values and back,
 * with error messages an analyst can act on. A singleton, as its parent is: Guice does not inherit
 * the scope, and without it every parser and linker registered all converters again (a seventh of
 * a full build).
 */
@Singleton
public class JourneyValueConverters extends DefaultTerminalConverters {

	@Inject
	private JourneyStringConverter strings;

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return strings;
	}

	/**
	 * The same converter as Xtext's lookup, with one lookup of the rule's name where Xtext's makes
	 * two: the parser asks for each value it keeps, a twentieth of a parse.
	 */
	@Override
	public IValueConverter<Object> getConverter(String lexerRule) {
		IValueConverter<Object> converter = getConverters().get(lexerRule);
		return converter != null ? converter : super.getConverter(lexerRule);
	}

	/**
	 * A qualified name as its tokens spell it. Where white space or a comment stands between two of
	 * a datatype rule's tokens, Xtext puts a space into the rule's text, and no name holds a space:
	 * {@code package shop. catalog} named a package "shop. catalog", which a JSON round trip wrote
	 * back as shop.catalog. As in Java, it is the package shop.catalog, and a reference written so
	 * finds its target.
	 */
	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> qualifiedName() {
		return NAME_TOKENS;
	}

	@ValueConverter(rule = "PackageName")
	public IValueConverter<String> packageName() {
		return NAME_TOKENS;
	}

	@ValueConverter(rule = "QualifiedNameWithWildcard")
	public IValueConverter<String> qualifiedNameWithWildcard() {
		return NAME_TOKENS;
	}

	private static final IValueConverter<String> NAME_TOKENS = new AbstractNullSafeConverter<>() {
		@Override
		protected String internalToValue(String string, INode node) {
			return compact(string);
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	};

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new DecimalConverter("");
	}

	/** A KPI value: the % is optional when read and left out when written, since the KPI's kind gives the unit. */
	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> number() {
		return new DecimalConverter("");
	}

	@ValueConverter(rule = "Percent")
	public IValueConverter<BigDecimal> percent() {
		return new DecimalConverter("%");
	}

	/** A duration's amount without a sign, such as the 3 of 2-3 weeks. */
	@ValueConverter(rule = "Amount")
	public IValueConverter<BigDecimal> amount() {
		return new DecimalConverter("");
	}

	/** The grammar reads a fraction such as -1.5 so that this can say what an emotion is. */
	@ValueConverter(rule = "Emotion")
	public IValueConverter<Integer> emotion() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Integer internalToValue(String string, INode node) {
				try {
					return Integer.valueOf(compact(string));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + compact(string) + "' is not an emotion: emotions are whole numbers on the journey's scale"
							+ " (-2 to 2 unless the journey names another 'scale'), such as -2, 0 or 1.", node, e);
				}
			}

			@Override
			protected String internalToString(Integer value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "SignedInt")
	public IValueConverter<Integer> signedInt() {
		return new IntegerConverter();
	}

	@ValueConverter(rule = "Count")
	public IValueConverter<Long> count() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Long internalToValue(String string, INode node) {
				try {
					return Long.valueOf(compact(string));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + string + "' is not a count: a count of customers is a whole number, such as 12000.", node, e);
				}
			}

			@Override
			protected String internalToString(Long value) {
				return value.toString();
			}
		};
	}

	@ValueConverter(rule = "DATE")
	public IValueConverter<Date> date() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected Date internalToValue(String string, INode node) {
				try {
					return Date.from(LocalDate.parse(string).atStartOfDay(ZoneOffset.UTC).toInstant());
				} catch (DateTimeParseException e) {
					throw new ValueConverterException("'" + string + "' is not a calendar day: write it as year-month-day, such as 2026-03-31.", node, e);
				}
			}

			@Override
			protected String internalToString(Date value) {
				return value.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
			}
		};
	}

	/**
	 * Datatype rules hand over their tokens' text, possibly with spaces between sign, digits and %,
	 * or between the parts of a name: the text without its white space (what {@code \s} matches).
	 * Most values have none and are returned as they are; a regex per number was a thirtieth of parsing.
	 */
	private static String compact(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
			if (space && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			} else if (!space && out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

	private static final class DecimalConverter extends AbstractNullSafeConverter<BigDecimal> {
		private final String suffix;

		DecimalConverter(String suffix) {
			this.suffix = suffix;
		}

		@Override
		protected BigDecimal internalToValue(String string, INode node) {
			String digits = compact(string);
			if (digits.endsWith("%")) {
				digits = digits.substring(0, digits.length() - 1);
			}
			try {
				return new BigDecimal(digits);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number: write digits with an optional decimal point, such as 4.25.", node, e);
			}
		}

		@Override
		protected String internalToString(BigDecimal value) {
			return value.toPlainString() + suffix;
		}
	}

	private static final class IntegerConverter extends AbstractNullSafeConverter<Integer> {
		@Override
		protected Integer internalToValue(String string, INode node) {
			try {
				return Integer.valueOf(compact(string));
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a whole number: write one such as -2 or 3.", node, e);
			}
		}

		@Override
		protected String internalToString(Integer value) {
			return value.toString();
		}
	}
}
