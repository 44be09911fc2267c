package journey.dsl.ui.welcome;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import journey.dsl.ui.preview.JourneyMapPreviewView;
import journey.dsl.ui.wizards.JourneyExamplesWizard;
import journey.dsl.ui.wizards.NewJourneyFileWizard;
import journey.dsl.ui.wizards.NewJourneyProjectWizard;

/**
 * How to start with Journey, as a page of links that do each step: create the example projects, a
 * project of one's own, a file, and show the map beside the text. Journey Studio opens it in its
 * perspective; Help > Journey: Getting Started brings it back anywhere.
 * <p>
 * A view with form text rather than the Eclipse intro or cheat sheets: those bundles are not on Maven
 * Central, and this page needs no browser.
 */
public class GettingStartedView extends ViewPart {

	public static final String ID = "journey.dsl.ui.views.gettingStarted";


	/** A small journey that uses the travel example's catalogue; a test checks that it is valid. */
	public static final String PRIMER = """
			package trips
			import catalog.*

			journey BookTrip "Book a trip" {
			    persona Explorer
			    stage Orientation {
			        goal "Find a destination"
			        step Browse "Browses offers" {
			            does "Compares trips"
			            feels 1 "Curious"
			            touchpoint TourPage "Tour page" via Website {
			                supported by MaintainSite.PublishTours
			            }
			        }
			    }
			}
			""";

	private static final String PAGE = """
			<form>
			<p><span font="header">Getting started with Journey</span></p>
			<p>Journey maps what a customer goes through (stages, steps and touchpoints, what they do, think and feel)
			and who stands behind each touchpoint: activities, teams, systems, KPIs and improvements. You write a journey
			as text; the map and the service blueprint are drawn from it.</p>
			<p><b>1. Look at an example.</b> <a href="wizard:%1$s">Create the example projects</a> (travel, webshop and B2B).
			The travel journey opens; hover over any name to see what it is, and who owns it.</p>
			<p><b>2. Show the map beside the text.</b> <a href="view:%4$s">Open the Journey Map Preview</a>. It draws the
			journey under the cursor as a journey map, a service blueprint and a step flow, follows your edits, and exports
			the page as HTML or SVG.</p>
			<p><b>3. Start your own.</b> <a href="wizard:%2$s">Create a Journey project</a>, or
			<a href="wizard:%3$s">add a journey file</a> to any project. Every project with .journey files is checked as
			you type and on save; problems appear in the editor and the Problems view.</p>
			<p><b>4. Write.</b> In the editor:</p>
			<li><b>Ctrl+Space</b> proposes what may come next: keywords, names and whole stages or steps to fill in.</li>
			<li><b>Ctrl+1</b> on a problem offers its quick fixes.</li>
			<li><b>F3</b> or Ctrl+click goes to a name's definition; the <b>Outline</b> lists stages, steps and touchpoints.</li>
			<li><b>Ctrl+Shift+F</b> formats the file; <b>Ctrl+/</b> comments lines in and out.</li>
			<p><b>The language in brief</b></p>
			<p>%5$s</p>
			<p>Catalogue files declare the personas, channels, teams, activities and systems that journeys share; a
			journey imports them by package, as above with <span font="code">import catalog.*</span>. The examples show every construct.</p>
			<p>This page comes back with <b>Help &gt; Journey: Getting Started</b>.</p>
			</form>
			""".formatted(JourneyExamplesWizard.ID, NewJourneyProjectWizard.ID, NewJourneyFileWizard.ID, JourneyMapPreviewView.ID, asFormText(PRIMER));

	private FormToolkit toolkit;
	private ScrolledForm form;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		// table-wrap layout, so that the text wraps at the view's width and scrolls down
		form.getBody().setLayout(new TableWrapLayout());
		FormText text = toolkit.createFormText(form.getBody(), true);
		text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		text.setFont("header", JFaceResources.getHeaderFont());
		text.setFont("code", JFaceResources.getTextFont());
		text.setText(PAGE, true, false);
		text.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				follow(String.valueOf(event.getHref()));
			}
		});
		form.reflow(true);
	}

	/** Does what a link says: {@code wizard:<id>} opens a new-wizard, {@code view:<id>} shows a view. */
	private void follow(String href) {
		int colon = href.indexOf(':');
		String kind = href.substring(0, Math.max(colon, 0));
		String id = href.substring(colon + 1);
		try {
			switch (kind) {
				case "wizard" -> openWizard(id);
				case "view" -> getSite().getPage().showView(id);
				default -> throw new IllegalArgumentException("Unknown link " + href);
			}
		} catch (CoreException | IllegalArgumentException failed) {
			StatusManager.getManager().handle(Status.error("Getting Started could not follow the link " + href, failed),
					StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private void openWizard(String id) throws CoreException {
		var descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(id);
		if (descriptor == null) {
			throw new IllegalArgumentException("No wizard " + id);
		}
		INewWizard wizard = (INewWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(getSite().getShell(), wizard);
		dialog.create();
		dialog.open();
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	/** Code as form text: form text collapses white space, so indentation becomes no-break spaces. */
	private static String asFormText(String code) {
		StringBuilder text = new StringBuilder();
		for (String line : code.strip().split("\n")) {
			String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
			int indent = escaped.length() - escaped.stripLeading().length();
			// a line break inside a span is dropped, so each line is a span of its own
			text.append("<span font=\"code\">").append("&#160;".repeat(indent)).append(escaped.stripLeading()).append("</span><br/>");
		}
		return text.toString();
	}
}
