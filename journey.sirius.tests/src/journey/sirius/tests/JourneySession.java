package journey.sirius.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.transaction.RecordingCommand;
import org.eclipse.emf.transaction.RollbackException;
import org.eclipse.emf.transaction.TransactionalCommandStack;
import org.eclipse.emf.transaction.TransactionalEditingDomain;
import org.eclipse.sirius.business.api.componentization.ViewpointRegistry;
import org.eclipse.sirius.business.api.dialect.DialectManager;
import org.eclipse.sirius.business.api.dialect.command.CreateRepresentationCommand;
import org.eclipse.sirius.business.api.dialect.command.RefreshRepresentationsCommand;
import org.eclipse.sirius.business.api.session.DefaultLocalSessionCreationOperation;
import org.eclipse.sirius.business.api.session.Session;
import org.eclipse.sirius.business.api.session.ViewpointSelector;
import org.eclipse.sirius.diagram.DDiagram;
import org.eclipse.sirius.diagram.description.Layer;
import org.eclipse.sirius.diagram.tools.api.command.ChangeLayerActivationCommand;
import org.eclipse.sirius.diagram.tools.api.command.DiagramCommandFactoryService;
import org.eclipse.sirius.diagram.tools.api.command.IDiagramCommandFactory;
import org.eclipse.sirius.table.tools.api.command.ITableCommandFactory;
import org.eclipse.sirius.table.tools.api.command.TableCommandFactoryService;
import org.eclipse.sirius.tools.api.command.semantic.AddSemanticResourceCommand;
import org.eclipse.sirius.tools.api.command.ui.NoUICallback;
import org.eclipse.sirius.viewpoint.DRepresentation;
import org.eclipse.sirius.viewpoint.description.RepresentationDescription;
import org.eclipse.sirius.viewpoint.description.Viewpoint;

import journey.dsl.ide.serializer.TextPreservingResource;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyModel;
import journey.sirius.JourneyViewpointIds;

/**
 * A folder of .journey files opened as a modeler opens it: a workspace project holding the files,
 * a Sirius session on them with the Journey viewpoint selected, representations created through
 * Sirius's dialect manager and tools run through Sirius's own command factories.
 */
final class JourneySession implements AutoCloseable {

	private static final AtomicInteger PROJECTS = new AtomicInteger();

	final IProject project;
	final Session session;
	final TransactionalEditingDomain domain;

	private JourneySession(IProject project, Session session) {
		this.project = project;
		this.session = session;
		this.domain = session.getTransactionalEditingDomain();
	}

	/** The bundled examples' folder, as the build passes it. */
	static Path examples() {
		String folder = System.getProperty("journey.examples");
		assertTrue(folder != null && Files.isDirectory(Path.of(folder)), "-Djourney.examples must name the examples folder");
		return Path.of(folder);
	}

	/** The example folders that hold journeys: b2b, crm, travel, webshop (examples/imports holds other tools' files). */
	static List<String> exampleNames() {
		try (Stream<Path> folders = Files.list(examples())) {
			return folders.filter(Files::isDirectory).filter(JourneySession::holdsJourneys).map(p -> p.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean holdsJourneys(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(file -> file.toString().endsWith(".journey"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The .journey files of an example folder, by name. */
	static Map<String, String> exampleFiles(String example) {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.list(examples().resolve(example))) {
			for (Path path : paths.filter(p -> p.toString().endsWith(".journey")).toList()) {
				files.put(path.getFileName().toString(), Files.readString(path));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	/** Opens a session on a copy of an example folder. */
	static JourneySession open(String example) {
		return open(example, exampleFiles(example));
	}

	/** Opens a session on a new project holding the files. */
	static JourneySession open(String name, Map<String, String> files) {
		try {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name + "-" + PROJECTS.incrementAndGet());
			project.create(null);
			project.open(null);
			for (var file : files.entrySet()) {
				project.getFile(file.getKey()).create(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), true, null);
			}
			URI aird = URI.createPlatformResourceURI("/" + project.getName() + "/representations.aird", true);
			DefaultLocalSessionCreationOperation creation = new DefaultLocalSessionCreationOperation(aird, new NullProgressMonitor());
			creation.execute();
			JourneySession opened = new JourneySession(project, creation.getCreatedSession());
			for (String file : files.keySet()) {
				opened.execute(new AddSemanticResourceCommand(opened.session,
						URI.createPlatformResourceURI("/" + project.getName() + "/" + file, true), new NullProgressMonitor()));
			}
			Viewpoint viewpoint = viewpoint();
			opened.execute(new RecordingCommand(opened.domain, "Select the Journey viewpoint") {
				@Override
				protected void doExecute() {
					new ViewpointSelector(opened.session).selectViewpoint(viewpoint, false, new NullProgressMonitor());
				}
			});
			assertEquals(1, opened.session.getSelectedViewpoints(false).size(), "the Journey viewpoint is selected");
			return opened;
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The Journey viewpoint as Sirius registered it. */
	static Viewpoint viewpoint() {
		return ViewpointRegistry.getInstance().getViewpoints().stream().filter(v -> JourneyViewpointIds.VIEWPOINT.equals(v.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("Sirius has not registered the Journey viewpoint"));
	}

	/** The journey models of the session's .journey files. */
	List<JourneyModel> models() {
		List<JourneyModel> models = new ArrayList<>();
		for (Resource resource : session.getSemanticResources()) {
			assertTrue(resource.getErrors().isEmpty(), () -> resource.getURI() + " has errors: " + resource.getErrors());
			models.add((JourneyModel) resource.getContents().get(0));
		}
		return models;
	}

	/** Every journey of the session, file by file. */
	List<Journey> journeys() {
		return models().stream().flatMap(model -> model.getJourneys().stream()).toList();
	}

	/** The first journey of the first file that has one: the one the tool tests edit. */
	Journey mainJourney() {
		return journeys().stream().filter(j -> j.eResource().getURI().lastSegment().equals(mainFile())).findFirst().orElseThrow();
	}

	/** The file of the example's main journey: the largest .journey file that holds a journey. */
	String mainFile() {
		return models().stream().filter(model -> !model.getJourneys().isEmpty())
				.max((a, b) -> Integer.compare(text(a.eResource()).length(), text(b.eResource()).length()))
				.map(model -> model.eResource().getURI().lastSegment()).orElseThrow();
	}

	/** Creates a representation of the journey, as New Representation does. */
	@SuppressWarnings("unchecked")
	<T extends DRepresentation> T create(String representation, Journey journey) {
		RepresentationDescription description = DialectManager.INSTANCE
				.getAvailableRepresentationDescriptions(session.getSelectedViewpoints(false), journey).stream()
				.filter(d -> representation.equals(d.getName())).findFirst()
				.orElseThrow(() -> new AssertionError(representation + " is not offered on journey " + journey.getName()));
		CreateRepresentationCommand create = new CreateRepresentationCommand(session, description, journey,
				journey.getName() + " " + representation, new NullProgressMonitor());
		execute(create);
		DRepresentation created = create.getCreatedRepresentation();
		assertFalse(created == null, representation + " was not created on " + journey.getName());
		return (T) created;
	}

	void refresh(DRepresentation representation) {
		execute(new RefreshRepresentationsCommand(domain, new NullProgressMonitor(), representation));
	}

	/** Switches an additional layer on (or off, when it is on), as the Layers menu does. */
	void toggleLayer(DDiagram diagram, String layerName) {
		Layer layer = diagram.getDescription().getAdditionalLayers().stream().filter(l -> layerName.equals(l.getName())).findFirst().orElseThrow();
		execute(new ChangeLayerActivationCommand(domain, diagram, layer, new NullProgressMonitor()));
	}

	IDiagramCommandFactory diagramCommands() {
		IDiagramCommandFactory factory = DiagramCommandFactoryService.getInstance().getNewProvider().getCommandFactory(domain);
		factory.setUserInterfaceCallBack(new NoUICallback());
		return factory;
	}

	ITableCommandFactory tableCommands() {
		ITableCommandFactory factory = TableCommandFactoryService.getInstance().getNewProvider().getCommandFactory(domain);
		factory.setUserInterfaceCallBack(new NoUICallback());
		factory.setModelAccessor(session.getModelAccessor());
		return factory;
	}

	/**
	 * Runs a command in a write transaction. A command Sirius would not run, one that rolls back,
	 * and one during which Sirius reports an expression error (which it otherwise only logs) fail
	 * the test.
	 */
	void execute(Command command) {
		assertTrue(command.canExecute(), () -> "Sirius cannot execute " + command.getLabel());
		RecordingRuntimeLogger.takeErrors();
		try {
			((TransactionalCommandStack) domain.getCommandStack()).execute(command, Collections.emptyMap());
			assertEquals(List.of(), RecordingRuntimeLogger.takeErrors(), () -> "Sirius reported errors while running " + command.getLabel());
		} catch (RollbackException e) {
			throw new AssertionError(command.getLabel() + " rolled back: " + e.getStatus(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/**
	 * Saves the session as Save in the diagram editor does. Sirius only logs a file that cannot be
	 * written, so every journey file is checked afterwards to say on disk what its model says.
	 */
	void save() {
		session.save(new NullProgressMonitor());
		Map<String, String> onDisk = filesOnDisk();
		for (Resource resource : session.getSemanticResources()) {
			if (resource instanceof TextPreservingResource journeyFile) {
				try {
					assertEquals(journeyFile.textToSave(), onDisk.get(resource.getURI().lastSegment()), resource.getURI() + " was not saved");
				} catch (IOException e) {
					throw new AssertionError(resource.getURI() + " cannot be saved", e);
				}
			}
		}
	}

	/** The project's .journey files as they are on disk now. */
	Map<String, String> filesOnDisk() {
		Map<String, String> files = new TreeMap<>();
		try {
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
			for (IResource member : project.members()) {
				if (member instanceof IFile file && "journey".equals(file.getFileExtension())) {
					try (InputStream in = file.getContents(true)) {
						files.put(file.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	private static String text(Resource resource) {
		return ((org.eclipse.xtext.resource.XtextResource) resource).getParseResult().getRootNode().getText();
	}

	@Override
	public void close() {
		session.close(new NullProgressMonitor());
		try {
			project.delete(true, true, null);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
