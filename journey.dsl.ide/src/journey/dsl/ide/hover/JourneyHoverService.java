package journey.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Inject;

import journey.dsl.model.NamedElement;

/** Shows what an analyst needs to know about the element under the cursor, written by JourneyHoverText. */
public class JourneyHoverService extends HoverService {

	@Inject
	private JourneyHoverText text;

	@Override
	public String getContents(EObject element) {
		if (element instanceof NamedElement named) {
			return text.describe(named);
		}
		return super.getContents(element);
	}
}
