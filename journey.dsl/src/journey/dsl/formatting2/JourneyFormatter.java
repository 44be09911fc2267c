package journey.dsl.formatting2;

import static journey.dsl.model.JourneyPackage.Literals.EMOTION_SCALE;
import static journey.dsl.model.JourneyPackage.Literals.IMPORT;
import static journey.dsl.model.JourneyPackage.Literals.JOURNEY;
import static journey.dsl.model.JourneyPackage.Literals.JOURNEY_MODEL__NAME;
import static journey.dsl.model.JourneyPackage.Literals.NAMED_ELEMENT__DESCRIPTION;
import static journey.dsl.model.JourneyPackage.Literals.PROCESS;
import static journey.dsl.model.JourneyPackage.Literals.STAGE;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

import journey.dsl.model.Activity;
import journey.dsl.model.BuyingGroup;
import journey.dsl.model.CustomRole;
import journey.dsl.model.Channel;
import journey.dsl.model.Duration;
import journey.dsl.model.EmotionScale;
import journey.dsl.model.Insight;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.dsl.model.Kpi;
import journey.dsl.model.NamedElement;
import journey.dsl.model.Opportunity;
import journey.dsl.model.PainPoint;
import journey.dsl.model.Person;
import journey.dsl.model.Persona;
import journey.dsl.model.Process;
import journey.dsl.model.Solution;
import journey.dsl.model.Stage;
import journey.dsl.model.StageGroup;
import journey.dsl.model.Step;
import journey.dsl.model.Success;
import journey.dsl.model.Team;
import journey.dsl.model.Technology;
import journey.dsl.model.Timing;
import journey.dsl.model.Touchpoint;

/**
 * Lays out journey files as the bundled examples are written: one-line headers, one property or
 * nested element per line inside tab-indented braces, blank lines between stages and between
 * top-level elements of different kinds.
 */
public class JourneyFormatter extends AbstractJavaFormatter {

	/** The package line, its imports right below it, then the elements after a blank line. */
	protected void format(JourneyModel model, IFormattableDocument doc) {
		spaceTokens(doc);
		BodyLayout layout = new BodyLayout(getTextRegionAccess()).elements(model.eContents());
		ISemanticRegion packageName = regionFor(model).feature(JOURNEY_MODEL__NAME);
		List<IHiddenRegion> starts = layout.starts();
		if (packageName != null && !starts.isEmpty()) {
			boolean importFirst = !model.getImports().isEmpty();
			doc.set(starts.get(0), line -> line.setNewLines(importFirst ? 1 : 2));
		}
		layout.inSequence(JourneyFormatter::topLevelGap, doc);
		model.eContents().forEach(doc::format);
	}

	protected void format(Journey journey, IFormattableDocument doc) {
		braces(journey, doc, JourneyFormatter::journeyGap, "persona", "state", "version", "planned", "baseline", "scale",
				"scope", "question", "goal", "description");
	}

	protected void format(Stage stage, IFormattableDocument doc) {
		braces(stage, doc, JourneyFormatter::stageGap, "goal", "asks", "outcome", "takes", "description");
	}

	protected void format(Step step, IFormattableDocument doc) {
		braces(step, doc, JourneyFormatter::lineGap, "does", "thinks", "feels", "asks", "at", "key", "description");
	}

	protected void format(Touchpoint touchpoint, IFormattableDocument doc) {
		braces(touchpoint, doc, JourneyFormatter::lineGap, "does", "thinks", "feels", "key", "when", "at", "desired",
				"evidence", "with", "owner", "supported", "description");
	}

	protected void format(StageGroup group, IFormattableDocument doc) {
		braces(group, doc, JourneyFormatter::lineGap, "description");
	}

	protected void format(BuyingGroup group, IFormattableDocument doc) {
		braces(group, doc, JourneyFormatter::lineGap, "description");
	}

	protected void format(PainPoint pain, IFormattableDocument doc) {
		braces(pain, doc, JourneyFormatter::lineGap, "description");
	}

	protected void format(Success success, IFormattableDocument doc) {
		braces(success, doc, JourneyFormatter::lineGap, "description");
	}

	protected void format(Kpi kpi, IFormattableDocument doc) {
		braces(kpi, doc, JourneyFormatter::lineGap, "description");
	}

	protected void format(Insight insight, IFormattableDocument doc) {
		braces(insight, doc, JourneyFormatter::lineGap, "about", "related", "description");
	}

	protected void format(Opportunity opportunity, IFormattableDocument doc) {
		braces(opportunity, doc, JourneyFormatter::lineGap, "from", "relieves", "customer", "business", "effort",
				"description");
	}

	protected void format(Solution solution, IFormattableDocument doc) {
		braces(solution, doc, JourneyFormatter::lineGap, "status", "kind", "addresses", "owner", "stakeholders",
				"measured", "changes", "description");
	}

	protected void format(Persona persona, IFormattableDocument doc) {
		descriptionOnNextLine(persona, doc);
	}

	protected void format(Channel channel, IFormattableDocument doc) {
		descriptionOnNextLine(channel, doc);
	}

	protected void format(Team team, IFormattableDocument doc) {
		descriptionOnNextLine(team, doc);
	}

	protected void format(Person person, IFormattableDocument doc) {
		descriptionOnNextLine(person, doc);
	}

	protected void format(CustomRole role, IFormattableDocument doc) {
		descriptionOnNextLine(role, doc);
	}

	protected void format(Technology system, IFormattableDocument doc) {
		descriptionOnNextLine(system, doc);
	}

	protected void format(Process process, IFormattableDocument doc) {
		descriptionOnNextLine(process, doc);
		braces(process, doc, JourneyFormatter::lineGap);
	}

	protected void format(Activity activity, IFormattableDocument doc) {
		descriptionOnNextLine(activity, doc);
	}

	protected void format(EmotionScale scale, IFormattableDocument doc) {
		descriptionOnNextLine(scale, doc);
		braces(scale, doc, JourneyFormatter::lineGap);
	}

	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new CommentLayout(region, formatting);
	}

	/**
	 * A line comment is indented like the code around it. Xtext leaves one that starts at column 0
	 * where it is, taking it for commented-out code, so it would stay at column 0 inside a block.
	 * A block comment keeps its lines in text that a model change rewrote ({@link BlockCommentLayout}).
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getGrammarElement() instanceof AbstractRule rule && rule.getName().startsWith("SL")) {
			return new SinglelineDocCommentReplacer(comment, "//");
		}
		if (comment.getGrammarElement() instanceof AbstractRule rule && rule.getName().startsWith("ML")) {
			return new BlockCommentLayout(comment);
		}
		if (comment.getGrammarElement() instanceof AbstractRule rule && rule.getName().equals("WS")) {
			// white space that Java does not trim (the byte-order mark) arrives here as a comment: it stays as it is
			return new ITextReplacer() {
				@Override
				public ITextSegment getRegion() {
					return comment;
				}

				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		return super.createCommentReplacer(comment);
	}

	@Override
	public ITextReplacer createWhitespaceReplacer(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		return new GapLineBreaks(whitespace, formatting);
	}

	/**
	 * Single spaces between all tokens, none before a comma or a colon, none inside a value such as
	 * {@code -2}, and no space at either end.
	 */
	private void spaceTokens(IFormattableDocument doc) {
		IEObjectRegion root = getTextRegionAccess().regionForRootEObject();
		if (root == null) {
			return;
		}
		ISemanticRegion previous = null;
		for (ISemanticRegion region : root.getAllSemanticRegions()) {
			ValueCompactor compactor = ValueCompactor.of(region);
			if (compactor != null) {
				doc.addReplacer(compactor);
			}
			if (previous == null) {
				startOfFile(region.getPreviousHiddenRegion(), doc);
			} else if (isKeyword(region, ",") || isKeyword(region, ":") || isRangeDash(region) || isRangeDash(previous)) {
				doc.prepend(region, IHiddenRegionFormatter::noSpace);
			} else {
				doc.prepend(region, space -> {
					space.lowPriority();
					space.oneSpace();
				});
			}
			previous = region;
		}
		if (previous != null) {
			doc.append(previous, IHiddenRegionFormatter::newLine);
		}
	}

	/** Nothing before the first token or comment; a line break after a leading comment stays. */
	private static void startOfFile(IHiddenRegion start, IFormattableDocument doc) {
		if (start.containsComment()) {
			doc.set(start, line -> line.setNewLines(0, 0, 2));
		} else {
			doc.set(start, line -> {
				line.setNewLines(0);
				line.noSpace();
			});
		}
	}

	/** The dash of a duration range such as 2-3 weeks, which is written without spaces. */
	private static boolean isRangeDash(ISemanticRegion region) {
		return isKeyword(region, "-") && region.getSemanticElement() instanceof Duration;
	}

	private static boolean isKeyword(ISemanticRegion region, String value) {
		return region.getGrammarElement() instanceof Keyword keyword && value.equals(keyword.getValue());
	}

	/**
	 * Lays out the body in braces of an element whose properties start with these keywords; its
	 * nested elements each take a line, except durations and timings, which are values written inline.
	 */
	private void braces(EObject element, IFormattableDocument doc, BodyLayout.Gap gap, String... propertyKeywords) {
		new BodyLayout(getTextRegionAccess())
				.properties(propertyKeywords.length == 0 ? List.of() : regionFor(element).keywords(propertyKeywords))
				.elements(element.eContents().stream().filter(child -> !(child instanceof Duration || child instanceof Timing)).toList())
				.inBraces(regionFor(element).keyword("{"), regionFor(element).keyword("}"), gap, doc);
		element.eContents().forEach(doc::format);
	}

	/** A catalogue element's description goes on an indented line below its one-line header. */
	private void descriptionOnNextLine(NamedElement element, IFormattableDocument doc) {
		ISemanticRegion keyword = regionFor(element).keyword("description");
		ISemanticRegion text = regionFor(element).feature(NAMED_ELEMENT__DESCRIPTION);
		if (keyword != null && text != null) {
			doc.prepend(keyword, IHiddenRegionFormatter::newLine);
			doc.set(keyword.getPreviousHiddenRegion(), text.getNextHiddenRegion(), IHiddenRegionFormatter::indent);
		}
	}

	/**
	 * Imports follow the package line; catalogue elements of one kind stay together, a new kind or a
	 * journey starts after a blank line.
	 */
	private static void topLevelGap(Object previous, Object group, IHiddenRegionFormatter line) {
		if (group == IMPORT) {
			line.setNewLines(1);
		} else if (previous == IMPORT) {
			line.setNewLines(2);
		} else {
			boolean apart = previous != group || group == JOURNEY;
			boolean roomy = apart || group == PROCESS || group == EMOTION_SCALE;
			line.setNewLines(apart ? 2 : 1, roomy ? 2 : 1, 2);
		}
	}

	/** Stages always stand apart; other groups get a blank line when written from scratch. */
	private static void journeyGap(Object previous, Object group, IHiddenRegionFormatter line) {
		boolean stage = previous == STAGE || group == STAGE;
		line.setNewLines(stage ? 2 : 1, stage || previous != group ? 2 : 1, 2);
	}

	/** Properties, KPIs and steps of a stage are grouped, each group after a blank line when written from scratch. */
	private static void stageGap(Object previous, Object group, IHiddenRegionFormatter line) {
		line.setNewLines(1, previous != group ? 2 : 1, 2);
	}

	/** One item per line; a blank line the author left is kept. */
	private static void lineGap(Object previous, Object group, IHiddenRegionFormatter line) {
		line.setNewLines(1, 1, 2);
	}
}
