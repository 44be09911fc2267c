package journey.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

import journey.dsl.ui.JourneyUi;

/** A proposal that, once applied, selects a part of what it inserted: a snippet's first placeholder. */
final class SnippetAwareProposal implements ICompletionProposal {

	private final String text;
	private final int offset;
	private final int length;
	private final int cursor;
	private final int selected;
	private final String display;
	private final String info;

	SnippetAwareProposal(String text, int offset, int length, int cursor, int selected, String display, String info) {
		this.text = text;
		this.offset = offset;
		this.length = length;
		this.cursor = cursor;
		this.selected = selected;
		this.display = display;
		this.info = info;
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(offset, length, text);
		} catch (BadLocationException e) {
			JourneyUi.log("Cannot insert the proposal " + display, e);
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return new Point(offset + cursor, selected);
	}

	@Override
	public String getAdditionalProposalInfo() {
		return info;
	}

	@Override
	public String getDisplayString() {
		return display;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
