package journey.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import journey.dsl.model.JourneyPackage;
import journey.report.export.JsonExchange.ImportException;

/**
 * Checks imported JSON against the journey metamodel before emfjson-jackson reads it. emfjson
 * trusts its input: a number where an object belongs makes it loop until memory runs out, deep
 * nesting overflows the stack, and a {@code $ref} is followed wherever it points, the network
 * included. Here every object, value and reference is checked first, without recursion, and a
 * reference may only name a .journey file in the folder the import is written to, or below it.
 */
final class JsonModelCheck {

	/** Far deeper than any exported model (about 8 levels), far shallower than a stack overflow. */
	static final int MAX_DEPTH = 64;

	private record Pending(JsonNode node, EClass type, String path) {
	}

	private final Path folder;

	private JsonModelCheck(Path folder) {
		this.folder = folder.toAbsolutePath().normalize();
	}

	/** The JSON as a tree, once it is known to be a journey model that reads only files under {@code folder}. */
	static JsonNode check(String json, Path folder) throws ImportException {
		checkDepth(json);
		JsonNode root;
		try {
			root = new ObjectMapper().readTree(json);
		} catch (IOException e) {
			throw new ImportException("cannot read the JSON: " + e.getMessage());
		}
		new JsonModelCheck(folder).checkModel(root);
		return root;
	}

	/** Counts nesting with the streaming parser, which does not recurse, before a tree is built. */
	private static void checkDepth(String json) throws ImportException {
		try (JsonParser parser = new JsonFactory().createParser(json)) {
			int depth = 0;
			for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
				if (token.isStructStart() && ++depth > MAX_DEPTH) {
					throw new ImportException("the JSON is nested more than " + MAX_DEPTH + " levels deep (line "
							+ parser.getCurrentLocation().getLineNr() + "); an exported journey model is far shallower");
				} else if (token.isStructEnd()) {
					depth--;
				}
			}
		} catch (IOException e) {
			throw new ImportException("cannot read the JSON: " + e.getMessage());
		}
	}

	private void checkModel(JsonNode root) throws ImportException {
		if (root == null || !root.isObject() || !JsonExchange.JOURNEY_MODEL_TYPE.equals(root.path("eClass").asText(null))) {
			throw new ImportException("the JSON holds no journey model (an object with \"eClass\": \"" + JsonExchange.JOURNEY_MODEL_TYPE
					+ "\"); export one with: journey export --format json");
		}
		Deque<Pending> pending = new ArrayDeque<>();
		pending.push(new Pending(root, JourneyPackage.Literals.JOURNEY_MODEL, "$"));
		while (!pending.isEmpty()) {
			Pending next = pending.pop();
			checkObject(next, pending);
		}
	}

	private void checkObject(Pending object, Deque<Pending> pending) throws ImportException {
		EClass type = declaredType(object);
		for (Iterator<Map.Entry<String, JsonNode>> fields = object.node().fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			String name = field.getKey();
			if (name.equals("eClass")) {
				continue;
			}
			String path = object.path() + "." + name;
			EStructuralFeature feature = type.getEStructuralFeature(name);
			if (feature == null || feature.isTransient() || feature.isDerived()) {
				throw new ImportException("a " + type.getName() + " has no property '" + name + "' (at " + path + ")");
			}
			JsonNode value = field.getValue();
			if (value.isNull()) {
				continue;
			}
			if (feature.isMany()) {
				if (!value.isArray()) {
					throw new ImportException("'" + name + "' of a " + type.getName() + " is a list; found " + kind(value) + " at " + path);
				}
				for (int i = 0; i < value.size(); i++) {
					checkValue(feature, value.get(i), path + "[" + i + "]", pending);
				}
			} else {
				checkValue(feature, value, path, pending);
			}
		}
	}

	/** The object's own eClass if it names one (a subtype of what the property holds), else the property's type. */
	private static EClass declaredType(Pending object) throws ImportException {
		JsonNode eClass = object.node().get("eClass");
		if (eClass == null) {
			if (object.type().isAbstract()) {
				throw new ImportException("the " + object.type().getName() + " at " + object.path() + " needs an \"eClass\" to say which kind it is");
			}
			return object.type();
		}
		String uri = eClass.asText("");
		String prefix = JourneyPackage.eNS_URI + "#//";
		EClassifier named = uri.startsWith(prefix) ? JourneyPackage.eINSTANCE.getEClassifier(uri.substring(prefix.length())) : null;
		if (!(named instanceof EClass found) || found.isAbstract() || !object.type().isSuperTypeOf(found)) {
			throw new ImportException("\"" + uri + "\" at " + object.path() + " is not a kind of " + object.type().getName());
		}
		return found;
	}

	private void checkValue(EStructuralFeature feature, JsonNode value, String path, Deque<Pending> pending) throws ImportException {
		if (feature instanceof EAttribute) {
			if (!value.isValueNode()) {
				throw new ImportException("'" + feature.getName() + "' holds a value; found " + kind(value) + " at " + path);
			}
			return;
		}
		EReference reference = (EReference) feature;
		if (!value.isObject()) {
			throw new ImportException("'" + feature.getName() + "' holds " + (reference.isContainment() ? "an object" : "a reference")
					+ "; found " + kind(value) + " at " + path);
		}
		if (reference.isContainment()) {
			pending.push(new Pending(value, reference.getEReferenceType(), path));
			return;
		}
		JsonNode ref = value.get("$ref");
		if (ref == null || !ref.isTextual()) {
			throw new ImportException("'" + feature.getName() + "' is a reference, an object with a \"$ref\"; found none at " + path);
		}
		checkReference(ref.asText(), path);
	}

	/** Only this file's own elements, or a .journey file in the import's folder or below it. */
	private void checkReference(String ref, String path) throws ImportException {
		int hash = ref.indexOf('#');
		String file = hash < 0 ? ref : ref.substring(0, hash);
		if (file.isEmpty() || ref.startsWith("//")) {
			return;
		}
		boolean plainRelativeFile = !file.contains(":") && !file.startsWith("/") && !file.startsWith("\\") && file.endsWith(".journey");
		Path resolved = plainRelativeFile ? folder.resolve(file).normalize() : null;
		if (resolved == null || !resolved.startsWith(folder)) {
			throw new ImportException("the reference \"" + ref + "\" at " + path + " points outside the folder the import is written to ("
					+ folder + "); an import reads only .journey files there, never another folder or the network");
		}
	}

	private static String kind(JsonNode value) {
		return value.isArray() ? "a list" : value.isObject() ? "an object" : value.isTextual() ? "a text" : value.isNumber() ? "a number"
				: value.isBoolean() ? "true or false" : "null";
	}
}
