package journey.tests.sirius;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks a Sirius specification (.odesign) read as plain XML against our metamodel and services
 * class, without Sirius: every domain class and type name exists, every feature used in a
 * {@code feature:} expression or navigated in an {@code aql:} expression exists (on the class the
 * expression is evaluated on, where that is known), every service call names a public method of
 * the services class with the same number of arguments, and every mapping or tool a reference
 * names exists and is of the right kind. Every diagram mapping must name its deletion tool, since
 * Sirius's default deletion knows nothing of the grammar (it would leave flows without a target).
 * Each problem is reported as "where: what".
 */
final class OdesignChecker {

	/** Variables that hold Sirius views, not model elements. */
	private static final Set<String> VIEW_VARIABLES = Set.of("view", "containerView", "elementView", "sourceView", "targetView", "edgeView", "diagram");
	/** The only view features the specification may navigate. */
	private static final Set<String> VIEW_FEATURES = Set.of("target", "sourceNode", "targetNode", "semanticElements");
	/** AQL operations called with '.' on any value. */
	private static final Set<String> AQL_OPERATIONS = Set.of("oclIsKindOf", "oclIsTypeOf", "oclAsType", "eContainer", "eContents", "eAllContents",
			"eClass", "eGet", "eResource", "eInverse", "toString", "size", "toUpper", "toLower", "startsWith", "endsWith", "contains", "substring",
			"concat", "trim", "replace", "matches", "index", "isEmpty", "notEmpty");
	/** AQL collection operations, called with '->'. */
	private static final Set<String> AQL_COLLECTION_OPERATIONS = Set.of("select", "reject", "collect", "exists", "forAll", "any", "first", "last",
			"sep", "size", "isEmpty", "notEmpty", "asSequence", "asSet", "asOrderedSet", "sortedBy", "including", "excluding", "includes", "excludes",
			"includesAll", "excludesAll", "union", "flatten", "reverse", "sum", "at", "indexOf", "count", "closure", "filter", "isUnique", "one",
			"subSequence", "subOrderedSet", "min", "max", "insertAt", "prepend", "append", "drop", "dropRight", "intersection");
	private static final Set<String> AQL_KEYWORDS = Set.of("and", "or", "not", "xor", "implies", "true", "false", "null", "let", "in", "if", "then",
			"else", "endif");
	private static final Set<String> ECORE_PSEUDO_FEATURES = Set.of("eContainer", "eContents", "eAllContents", "eCrossReferences");
	private static final Set<String> MAPPING_TAGS = Set.of("nodeMappings", "containerMappings", "subNodeMappings", "subContainerMappings",
			"borderedNodeMappings", "edgeMappings", "ownedLineMappings", "ownedColumnMappings");
	private static final Set<String> MAPPING_REFERENCES = Set.of("nodeMappings", "containerMappings", "edgeMappings", "mappings", "sourceMapping",
			"targetMapping", "reusedNodeMappings", "reusedContainerMappings", "reusedBorderedNodeMappings");
	private static final Set<String> TOOL_REFERENCES = Set.of("deletionDescription", "labelDirectEdit", "reconnections", "doubleClickDescription",
			"dropDescriptions");
	private static final Pattern TOKEN = Pattern.compile("\\s*(?:('(?:\\\\.|[^'\\\\])*')|([A-Za-z_][A-Za-z0-9_]*)|(\\d+(?:\\.\\d+)?)|(::|->|<>|<=|>=|\\S))");

	private final EPackage metamodel;
	private final Class<?> services;
	private final Map<String, Set<Integer>> serviceArities = new HashMap<>();
	private final Set<String> allFeatures = new HashSet<>();

	private final List<String> problems = new ArrayList<>();
	private final Map<Node, Element> parents = new IdentityHashMap<>();
	private Element root;

	OdesignChecker(EPackage metamodel, Class<?> services) {
		this.metamodel = metamodel;
		this.services = services;
		for (Method method : services.getMethods()) {
			if (Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() != Object.class) {
				serviceArities.computeIfAbsent(method.getName(), k -> new TreeSet<>()).add(method.getParameterCount());
			}
		}
		for (EClassifier classifier : metamodel.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				eClass.getEStructuralFeatures().forEach(f -> allFeatures.add(f.getName()));
			}
		}
	}

	/** Every problem of the specification, in document order; empty when it is sound. */
	List<String> check(String odesign) {
		problems.clear();
		parents.clear();
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(odesign.getBytes(StandardCharsets.UTF_8)));
			root = document.getDocumentElement();
		} catch (Exception e) {
			problems.add("the specification is not well-formed XML: " + e.getMessage());
			return List.copyOf(problems);
		}
		visit(root);
		return List.copyOf(problems);
	}

	private static final Set<String> DIAGRAM_MAPPING_TAGS = Set.of("nodeMappings", "containerMappings", "subNodeMappings", "subContainerMappings",
			"borderedNodeMappings", "edgeMappings");

	private void visit(Element element) {
		if (DIAGRAM_MAPPING_TAGS.contains(element.getTagName()) && element.getAttribute("deletionDescription").isEmpty()) {
			report(element, "names no deletion tool");
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			checkAttribute(element, (Attr) attributes.item(i));
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				parents.put(childElement, element);
				visit(childElement);
			}
		}
	}

	private void checkAttribute(Element element, Attr attribute) {
		String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
		String value = attribute.getValue();
		if (attribute.getName().startsWith("xmlns") || "href".equals(name) || "type".equals(name) && "http://www.w3.org/2001/XMLSchema-instance".equals(attribute.getNamespaceURI())) {
			return;
		}
		if (("domainClass".equals(name) || "typeName".equals(name)) && !value.isEmpty()) {
			if (classNamed(value) == null) {
				report(element, "unknown domain class " + value);
			}
		} else if (("featureName".equals(name) || "referenceName".equals(name)) && !"*".equals(value)) {
			checkFeatureName(element, value);
		} else if ("qualifiedClassName".equals(name)) {
			if (!value.equals(services.getName())) {
				report(element, "unknown services class " + value);
			}
		} else if (MAPPING_REFERENCES.contains(name) || TOOL_REFERENCES.contains(name)) {
			checkReferences(element, name, value);
		}
		if (value.startsWith("aql:")) {
			checkAql(element, name, value.substring(4));
		} else if (value.startsWith("feature:")) {
			String feature = value.substring(8);
			EClass context = contextOf(element, name);
			if (!ECORE_PSEUDO_FEATURES.contains(feature) && (context == null ? !allFeatures.contains(feature) : context.getEStructuralFeature(feature) == null)) {
				report(element, "unknown feature " + feature + (context == null ? "" : " of " + context.getName()));
			}
		} else if (value.startsWith("service:")) {
			checkServiceExpression(element, value.substring(8));
		}
	}

	private void checkFeatureName(Element element, String feature) {
		EClass context = "ownedColumnMappings".equals(element.getTagName()) ? lineClass(element) : null;
		if (context == null ? !allFeatures.contains(feature) : context.getEStructuralFeature(feature) == null) {
			report(element, "unknown feature " + feature + (context == null ? "" : " of " + context.getName()));
		}
	}

	private void checkReferences(Element element, String attribute, String value) {
		for (String path : value.trim().split("\\s+")) {
			if (path.isEmpty()) {
				continue;
			}
			Element target = resolve(path);
			if (target == null) {
				report(element, attribute + " names a missing element " + path);
			} else if (MAPPING_REFERENCES.contains(attribute) && !MAPPING_TAGS.contains(target.getTagName())) {
				report(element, attribute + " names " + target.getAttribute("name") + ", which is not a mapping");
			} else if (TOOL_REFERENCES.contains(attribute) && !"ownedTools".equals(target.getTagName())) {
				report(element, attribute + " names " + target.getAttribute("name") + ", which is not a tool");
			}
		}
	}

	/** Resolves an EMF fragment path such as //@ownedViewpoints[name='Journey']/@defaultLayer/@toolSections.0. */
	private Element resolve(String path) {
		if (!path.startsWith("//")) {
			return null;
		}
		Element current = root;
		for (String segment : path.substring(2).split("/")) {
			Matcher m = Pattern.compile("@(\\w+)(?:\\[name='([^']*)'\\]|\\.(\\d+))?").matcher(segment);
			if (!m.matches()) {
				return null;
			}
			String feature = m.group(1);
			String wantedName = m.group(2) == null ? null : URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
			int index = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
			Element found = null;
			int seen = 0;
			for (Node child = current.getFirstChild(); child != null && found == null; child = child.getNextSibling()) {
				if (child instanceof Element e && e.getTagName().equals(feature)) {
					if (wantedName != null ? wantedName.equals(e.getAttribute("name")) : seen++ == index) {
						found = e;
					}
				}
			}
			if (found == null) {
				return null;
			}
			current = found;
		}
		return current;
	}

	// ------------------------------------------------------------------ expressions

	private void checkServiceExpression(Element element, String expression) {
		Matcher m = Pattern.compile("(?:[A-Za-z_][A-Za-z0-9_]*\\.)?([A-Za-z_][A-Za-z0-9_]*)(\\((.*)\\))?").matcher(expression.trim());
		if (!m.matches()) {
			report(element, "unreadable service expression " + expression);
			return;
		}
		int arguments = m.group(3) == null || m.group(3).isBlank() ? 0 : m.group(3).split(",").length;
		checkService(element, m.group(1), 1 + arguments);
	}

	private void checkService(Element element, String name, int arity) {
		Set<Integer> arities = serviceArities.get(name);
		if (arities == null) {
			report(element, "unknown service " + name);
		} else if (!arities.contains(arity)) {
			report(element, "service " + name + " is called with " + arity + " arguments but takes " + arities);
		}
	}

	private static final Object UNKNOWN = new Object();
	private static final Object VIEW = new Object();

	private void checkAql(Element element, String attribute, String expression) {
		List<String> tokens = tokenize(expression);
		EClass context = contextOf(element, attribute);
		Object type = UNKNOWN;
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			String previous = i > 0 ? tokens.get(i - 1) : "";
			if (isIdentifier(token) && !".".equals(previous) && !"->".equals(previous) && !"::".equals(previous)) {
				if (i + 1 < tokens.size() && "::".equals(tokens.get(i + 1))) {
					i = checkTypeLiteral(element, tokens, i);
					type = UNKNOWN;
				} else if ("self".equals(token)) {
					type = context == null ? UNKNOWN : context;
				} else if (VIEW_VARIABLES.contains(token)) {
					type = VIEW;
				} else {
					type = UNKNOWN;
				}
			} else if (".".equals(token) && i + 1 < tokens.size()) {
				String name = tokens.get(i + 1);
				boolean call = i + 2 < tokens.size() && "(".equals(tokens.get(i + 2));
				if (call) {
					if (!AQL_OPERATIONS.contains(name)) {
						checkService(element, name, 1 + countArguments(tokens, i + 2));
					}
					type = UNKNOWN;
				} else if (type == VIEW) {
					if (!VIEW_FEATURES.contains(name)) {
						report(element, "unknown view feature " + name);
					}
					type = "target".equals(name) ? UNKNOWN : VIEW;
				} else if (type instanceof EClass eClass) {
					EStructuralFeature feature = eClass.getEStructuralFeature(name);
					if (feature == null && !ECORE_PSEUDO_FEATURES.contains(name)) {
						report(element, "unknown feature " + name + " of " + eClass.getName());
					}
					type = feature instanceof EReference reference ? reference.getEReferenceType() : UNKNOWN;
				} else {
					if (!allFeatures.contains(name) && !ECORE_PSEUDO_FEATURES.contains(name)) {
						report(element, "unknown feature " + name);
					}
					type = UNKNOWN;
				}
				i++;
			} else if ("->".equals(token) && i + 1 < tokens.size()) {
				String name = tokens.get(i + 1);
				if (!AQL_COLLECTION_OPERATIONS.contains(name)) {
					report(element, "unknown collection operation " + name);
				}
				type = UNKNOWN;
				i++;
			}
		}
	}

	/** Checks model::Class or model::Enum::literal starting at index i; returns the index of its last token. */
	private int checkTypeLiteral(Element element, List<String> tokens, int i) {
		List<String> parts = new ArrayList<>();
		parts.add(tokens.get(i));
		int j = i;
		while (j + 2 < tokens.size() && "::".equals(tokens.get(j + 1)) && isIdentifier(tokens.get(j + 2))) {
			parts.add(tokens.get(j + 2));
			j += 2;
		}
		String literal = String.join("::", parts);
		EClassifier classifier = parts.size() >= 2 && parts.get(0).equals(metamodel.getName()) ? metamodel.getEClassifier(parts.get(1)) : null;
		if (classifier == null || parts.size() > 3 || parts.size() == 3 && !(classifier instanceof EEnum eEnum && eEnum.getEEnumLiteral(parts.get(2)) != null)) {
			report(element, "unknown type or literal " + literal);
		}
		return j;
	}

	private static int countArguments(List<String> tokens, int open) {
		int depth = 0;
		int commas = 0;
		boolean any = false;
		for (int k = open; k < tokens.size(); k++) {
			String token = tokens.get(k);
			if ("(".equals(token)) {
				depth++;
				if (depth == 1) {
					continue;
				}
			} else if (")".equals(token)) {
				depth--;
				if (depth == 0) {
					break;
				}
			} else if (",".equals(token) && depth == 1) {
				commas++;
			}
			any = true;
		}
		return any ? commas + 1 : 0;
	}

	private static List<String> tokenize(String expression) {
		List<String> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(expression);
		int at = 0;
		while (at < expression.length() && m.find(at) && m.start() == at) {
			for (int g = 1; g <= 4; g++) {
				if (m.group(g) != null) {
					tokens.add(g == 1 ? "'string'" : m.group(g));
				}
			}
			at = m.end();
		}
		return tokens;
	}

	private static boolean isIdentifier(String token) {
		return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_');
	}

	// ------------------------------------------------------------------ contexts

	/** The class an expression is evaluated on, where the specification fixes it; null where it does not. */
	private EClass contextOf(Element element, String attribute) {
		for (Element e = element; e != null; e = parents.get(e)) {
			if ("ownedTools".equals(e.getTagName()) || "directEdit".equals(e.getTagName())) {
				return null;
			}
		}
		if ("semanticCandidatesExpression".equals(attribute)) {
			Element parent = parents.get(element);
			if (parent != null && ("defaultLayer".equals(parent.getTagName()) || "additionalLayers".equals(parent.getTagName()))) {
				parent = parents.get(parent);
			}
			return parent == null ? null : classNamed(parent.getAttribute("domainClass"));
		}
		if ("edgeMappings".equals(element.getTagName()) && element.getAttribute("domainClass").isEmpty()) {
			if ("targetFinderExpression".equals(attribute)) {
				Element source = resolve(element.getAttribute("sourceMapping").trim().split("\\s+")[0]);
				return source == null ? null : classNamed(source.getAttribute("domainClass"));
			}
			return null;
		}
		for (Element e = element; e != null; e = parents.get(e)) {
			if ("ownedColumnMappings".equals(e.getTagName())) {
				return lineClass(e);
			}
			if ("edgeMappings".equals(e.getTagName()) && e.getAttribute("domainClass").isEmpty()) {
				return null;
			}
			if (!e.getAttribute("domainClass").isEmpty()) {
				return classNamed(e.getAttribute("domainClass"));
			}
		}
		return null;
	}

	private EClass lineClass(Element column) {
		Element table = parents.get(column);
		for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e && "ownedLineMappings".equals(e.getTagName())) {
				return classNamed(e.getAttribute("domainClass"));
			}
		}
		return null;
	}

	/** model::Touchpoint or model.Touchpoint, as Sirius accepts both. */
	private EClass classNamed(String qualified) {
		String[] parts = qualified.split("::|\\.");
		if (parts.length != 2 || !parts[0].equals(metamodel.getName())) {
			return null;
		}
		return metamodel.getEClassifier(parts[1]) instanceof EClass eClass ? eClass : null;
	}

	private void report(Element element, String problem) {
		problems.add(where(element) + ": " + problem);
	}

	/** The name of the nearest named element: the mapping, tool or style owner the problem is in. */
	private String where(Element element) {
		for (Element e = element; e != null; e = parents.get(e)) {
			if (!e.getAttribute("name").isEmpty() && e != root) {
				return e.getAttribute("name");
			}
		}
		return "specification";
	}
}
