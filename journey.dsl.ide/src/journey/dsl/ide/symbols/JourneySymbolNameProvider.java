package journey.dsl.ide.symbols;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;

import journey.dsl.model.NamedElement;

/** Names each outline entry by its name and, where it has one, its title: {@code TourPage "Tour package page"}. */
public class JourneySymbolNameProvider extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject element) {
		if (!(element instanceof NamedElement named) || named.getName() == null || named.getName().isEmpty()) {
			return null;
		}
		if (named.getTitle() == null || named.getTitle().isBlank()) {
			return named.getName();
		}
		return named.getName() + " \"" + named.getTitle() + "\"";
	}
}
