package journey.dsl.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What may be written where, read from the grammar: for each kind of element, the words that
 * start its properties and nested elements ("does", "touchpoint", "key moment"), and the feature
 * each one sets. Syntax errors use it to say what an element holds, where a misplaced word
 * belongs, and under which word an element writes the same thing; it cannot go stale, because it
 * is the grammar.
 */
@Singleton
public class GrammarVocabulary {

	/**
	 * One thing an element may hold: the words that start it ("key moment"), the feature it sets
	 * (null for a flag-free keyword group), whether it is a nested element, and whether it belongs
	 * in the header line rather than in the braces.
	 */
	public record Entry(String words, String firstWord, String feature, boolean element, boolean header) {
	}

	/** A value the header of an element must give, such as an activity's lane; the words it may be, for an enumeration. */
	public record Required(String feature, List<String> values) {
	}

	private final Map<EClass, List<Entry>> entries = new LinkedHashMap<>();
	private final Map<EClass, List<Required>> required = new LinkedHashMap<>();

	@Inject
	public GrammarVocabulary(IGrammarAccess grammarAccess) {
		for (ParserRule rule : GrammarUtil.allParserRules(grammarAccess.getGrammar())) {
			if (GrammarUtil.isDatatypeRule(rule) || !(rule.getType().getClassifier() instanceof EClass type)) {
				continue;
			}
			collectRule(rule, entries.computeIfAbsent(type, t -> new ArrayList<>()));
			if (rule.getAlternatives() instanceof Group header) {
				for (AbstractElement part : header.getElements()) {
					if (part instanceof Assignment assignment && !GrammarUtil.isOptionalCardinality(part) && !"name".equals(assignment.getFeature())) {
						required.computeIfAbsent(type, t -> new ArrayList<>())
								.add(new Required(assignment.getFeature(), List.copyOf(firstKeywords(assignment, new HashSet<>()))));
					}
				}
			}
		}
	}

	/** What an element of this kind holds, in grammar order; empty for a kind without properties. */
	public List<Entry> entriesOf(EClass type) {
		return entries.getOrDefault(type, List.of());
	}

	/** The values the header of an element of this kind must give, besides its name, in order. */
	public List<Required> requiredOf(EClass type) {
		return required.getOrDefault(type, List.of());
	}

	/** Whether the word starts something an element of this kind holds. */
	public boolean allows(EClass type, String word) {
		return entriesOf(type).stream().anyMatch(entry -> entry.firstWord().equals(word));
	}

	/** The kinds of element that hold something starting with this word, in grammar order. */
	public List<EClass> kindsAllowing(String word) {
		List<EClass> kinds = new ArrayList<>();
		entries.forEach((type, list) -> {
			if (list.stream().anyMatch(entry -> entry.firstWord().equals(word))) {
				kinds.add(type);
			}
		});
		return kinds;
	}

	/** What an element of this kind holds that starts with the word, or null. */
	public Entry entry(EClass type, String word) {
		return entriesOf(type).stream().filter(entry -> entry.firstWord().equals(word)).findFirst().orElse(null);
	}

	/**
	 * The words under which an element of this kind sets the same feature as the word does in
	 * another kind, a singular matching a plural ("question" in a journey, "asks" in a stage for
	 * its questions); null when it has none.
	 */
	public Entry sameFeature(EClass type, String word) {
		for (EClass other : kindsAllowing(word)) {
			Entry there = entry(other, word);
			if (there == null || there.feature() == null) {
				continue;
			}
			for (Entry here : entriesOf(type)) {
				if (here.feature() != null && !here.firstWord().equals(word) && sameName(here.feature(), there.feature())) {
					return here;
				}
			}
		}
		return null;
	}

	private static boolean sameName(String a, String b) {
		return a.equals(b) || a.equals(b + "s") || b.equals(a + "s");
	}

	/**
	 * The loops of properties and nested elements in the rule, and the words that start a value
	 * elsewhere in it ("as", "reached" in a step's header), but not the words the element itself
	 * starts with ("step", "customer role").
	 */
	private static void collectRule(ParserRule rule, List<Entry> found) {
		AbstractElement body = rule.getAlternatives();
		if (body instanceof Group group) {
			List<AbstractElement> parts = group.getElements();
			int start = 0;
			while (start < parts.size() && (parts.get(start) instanceof Keyword || parts.get(start) instanceof Action)) {
				start++;
			}
			collectSequence(parts.subList(start, parts.size()), false, found);
		} else if (body instanceof Alternatives alternatives && !GrammarUtil.isMultipleCardinality(body)) {
			for (AbstractElement alternative : alternatives.getElements()) {
				if (alternative instanceof Group group) {
					List<AbstractElement> parts = group.getElements();
					int start = 0;
					while (start < parts.size() && parts.get(start) instanceof Keyword) {
						start++;
					}
					collectSequence(parts.subList(start, parts.size()), false, found);
				}
			}
		} else {
			collect(body, false, found);
		}
	}

	private static void collect(AbstractElement element, boolean inBraces, List<Entry> found) {
		boolean loop = GrammarUtil.isMultipleCardinality(element);
		if (loop && element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(alternative -> add(alternative, !inBraces, found));
		} else if (loop && element instanceof Assignment assignment) {
			add(assignment, !inBraces, found);
		} else if (element instanceof Group group) {
			collectSequence(group.getElements(), inBraces, found);
		}
	}

	/** A sequence of the grammar: a word followed by a value is one thing the element holds; '{' opens the body. */
	private static void collectSequence(List<AbstractElement> parts, boolean inBraces, List<Entry> found) {
		boolean braces = inBraces;
		for (int i = 0; i < parts.size(); i++) {
			AbstractElement part = parts.get(i);
			if (part instanceof Keyword keyword) {
				if ("{".equals(keyword.getValue())) {
					braces = true;
				} else if (Character.isLetter(keyword.getValue().charAt(0)) && i + 1 < parts.size()) {
					add(parts.subList(i, parts.size()), !braces, found);
				}
			} else {
				collect(part, braces, found);
			}
		}
	}

	private static void add(AbstractElement alternative, boolean header, List<Entry> found) {
		add(alternative instanceof Group group ? group.getElements() : List.of(alternative), header, found);
	}

	private static void add(List<AbstractElement> sequence, boolean header, List<Entry> found) {
		List<String> words = leadingWords(sequence);
		Assignment assignment = null;
		for (AbstractElement part : sequence) {
			assignment = firstAssignment(part);
			if (assignment != null) {
				break;
			}
		}
		boolean element = assignment != null && assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof ParserRule nested
				&& !GrammarUtil.isDatatypeRule(nested);
		String feature = assignment == null ? null : assignment.getFeature();
		if (words.isEmpty() && element && ((RuleCall) assignment.getTerminal()).getRule().getAlternatives() instanceof Group nested
				&& !leadingWords(withoutActions(nested.getElements())).isEmpty()) {
			words = leadingWords(withoutActions(nested.getElements()));
		}
		if (words.isEmpty()) {
			Set<String> first = new java.util.LinkedHashSet<>();
			for (AbstractElement part : sequence) {
				first.addAll(firstKeywords(part, new HashSet<>()));
				if (!GrammarUtil.isOptionalCardinality(part)) {
					break;
				}
			}
			first.forEach(word -> addOnce(found, new Entry(word, word, feature, element, header)));
			return;
		}
		addOnce(found, new Entry(String.join(" ", words), words.get(0), feature, element, header));
	}

	private static void addOnce(List<Entry> found, Entry entry) {
		if (found.stream().noneMatch(known -> known.firstWord().equals(entry.firstWord()))) {
			found.add(entry);
		}
	}

	private static List<AbstractElement> withoutActions(List<AbstractElement> parts) {
		return parts.stream().filter(part -> !(part instanceof Action)).toList();
	}

	/** The keywords a sequence starts with, in a row: "key moment", "supported by"; empty if it starts with a value or a nested element. */
	private static List<String> leadingWords(List<AbstractElement> sequence) {
		List<String> words = new ArrayList<>();
		for (AbstractElement part : sequence) {
			if (part instanceof Keyword keyword && !GrammarUtil.isOptionalCardinality(part)) {
				words.add(keyword.getValue());
			} else if (part instanceof Assignment assignment && assignment.getTerminal() instanceof Keyword keyword) {
				words.add(keyword.getValue());
			} else {
				break;
			}
		}
		return words;
	}

	private static Assignment firstAssignment(AbstractElement element) {
		if (element instanceof Assignment assignment) {
			return assignment;
		}
		for (EObject inner : (Iterable<EObject>) element::eAllContents) {
			if (inner instanceof Assignment assignment) {
				return assignment;
			}
		}
		return null;
	}

	/** The keywords that can come first in the element, following rule calls into nested elements and enumerations. */
	private static Set<String> firstKeywords(AbstractElement element, Set<AbstractRule> visiting) {
		Set<String> first = new java.util.LinkedHashSet<>();
		if (element instanceof Keyword keyword) {
			first.add(keyword.getValue());
		} else if (element instanceof Assignment assignment) {
			first.addAll(firstKeywords(assignment.getTerminal(), visiting));
		} else if (element instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			if (rule instanceof EnumRule enumRule) {
				for (EObject literal : (Iterable<EObject>) enumRule.getAlternatives()::eAllContents) {
					if (literal instanceof EnumLiteralDeclaration declaration) {
						first.add(declaration.getLiteral().getValue());
					}
				}
				if (enumRule.getAlternatives() instanceof EnumLiteralDeclaration only) {
					first.add(only.getLiteral().getValue());
				}
			} else if (rule instanceof ParserRule parser && visiting.add(rule)) {
				first.addAll(firstKeywords(parser.getAlternatives(), visiting));
				visiting.remove(rule);
			}
		} else if (element instanceof Alternatives alternatives) {
			alternatives.getElements().forEach(alternative -> first.addAll(firstKeywords(alternative, visiting)));
		} else if (element instanceof Group group) {
			for (AbstractElement part : group.getElements()) {
				if (part instanceof Action) {
					continue;
				}
				first.addAll(firstKeywords(part, visiting));
				if (!GrammarUtil.isOptionalCardinality(part)) {
					break;
				}
			}
		}
		return first;
	}
}
