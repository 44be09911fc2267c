package journey.dsl.ui.builder;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import journey.dsl.ui.JourneyUi;

/** Turns validation issues into the problem markers of a file; keeps the issue code for quick fixes. */
public final class JourneyMarkers {

	public static final String CODE = "journey.issueCode";
	public static final String DATA = "journey.issueData";
	private static final String DATA_SEPARATOR = "\u0000";

	private JourneyMarkers() {
	}

	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		file.deleteMarkers(JourneyUi.MARKER_TYPE, true, IResource.DEPTH_ZERO);
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			IMarker marker = file.createMarker(JourneyUi.MARKER_TYPE);
			marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
			marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
				case ERROR -> IMarker.SEVERITY_ERROR;
				case WARNING -> IMarker.SEVERITY_WARNING;
				default -> IMarker.SEVERITY_INFO;
			});
			if (issue.getLineNumber() != null) {
				marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber());
				marker.setAttribute(IMarker.LOCATION, "line " + issue.getLineNumber());
			}
			if (issue.getOffset() != null) {
				marker.setAttribute(IMarker.CHAR_START, issue.getOffset());
				marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength()));
			}
			if (issue.getCode() != null) {
				marker.setAttribute(CODE, issue.getCode());
			}
			if (issue.getData() != null && issue.getData().length > 0) {
				marker.setAttribute(DATA, String.join(DATA_SEPARATOR, issue.getData()));
			}
		}
	}

	public static String[] splitData(String data) {
		return data.split(DATA_SEPARATOR, -1);
	}
}
