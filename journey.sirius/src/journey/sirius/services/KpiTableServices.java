package journey.sirius.services;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import journey.dsl.model.Cadence;
import journey.dsl.model.Journey;
import journey.dsl.model.JourneyFactory;
import journey.dsl.model.JourneyPackage;
import journey.dsl.model.Kpi;
import journey.dsl.model.KpiKind;
import journey.dsl.model.Party;
import journey.dsl.model.Stage;
import journey.dsl.model.Touchpoint;
import journey.dsl.analytics.KpiScorecard;
import journey.dsl.query.JourneyQueries;
import journey.dsl.query.KpiKinds;
import journey.dsl.query.KpiTrends;

/**
 * The services of the KPI table: the KPIs of a journey, its stages and touchpoints, what each
 * column shows, and the edits made in its cells. A cell edit that cannot be understood leaves the
 * KPI as it was. Stateless.
 */
public class KpiTableServices {

	/** Every KPI of the journey, in the scorecard's order: the journey's own, then stage by stage with its touchpoints. */
	public List<Kpi> allKpis(Journey journey) {
		return KpiScorecard.of(journey).rows().stream().map(KpiScorecard.Row::kpi).toList();
	}

	/** What the KPI measures: "journey", "stage Orientation" or "touchpoint Tour package page". */
	public String kpiSubject(Kpi kpi) {
		EObject measured = kpi.eContainer();
		if (measured instanceof Touchpoint touchpoint) {
			return "touchpoint " + JourneyQueries.label(touchpoint);
		}
		if (measured instanceof Stage stage) {
			return "stage " + JourneyQueries.label(stage);
		}
		return measured instanceof Journey journey ? "journey " + JourneyQueries.label(journey) : "";
	}

	/** The KPI's kind as an analyst reads it: "Net Promoter Score (NPS)". */
	public String kpiKind(Kpi kpi) {
		return kpi.getKind() == null ? "" : KpiKinds.of(kpi.getKind()).label();
	}

	public String kpiTarget(Kpi kpi) {
		return number(kpi, kpi.getTarget());
	}

	public String kpiActual(Kpi kpi) {
		return number(kpi, kpi.getActual());
	}

	/** "met", "missed" or "no data", as the validation and the analytics compute it. */
	public String kpiStatus(Kpi kpi) {
		return KpiKinds.status(kpi).word();
	}

	/** The last measurement with its date and source: "63.6% on 2026-04-04 from journey replay of events.csv". */
	public String kpiLastMeasured(Kpi kpi) {
		return KpiTrends.lastMeasured(kpi);
	}

	public String kpiCadence(Kpi kpi) {
		return kpi.isSetCadence() ? kpi.getCadence().getLiteral() : "";
	}

	/** A KPI of the journey, named freely, of the custom kind until its kind is chosen in the table. */
	public Kpi createKpi(Journey journey) {
		Kpi kpi = JourneyFactory.eINSTANCE.createKpi();
		kpi.setName(ElementServices.freeName(journey, "NewKpi"));
		kpi.setKind(KpiKind.CUSTOM);
		journey.getKpis().add(kpi);
		return kpi;
	}

	/** Sets the target from what the user typed ("35", "35%", "4.5"); an empty text removes it; anything else leaves it. */
	public Kpi editKpiTarget(Kpi kpi, String text) {
		if (isBlank(text)) {
			kpi.setTarget(null);
		} else if (parseNumber(text) != null) {
			kpi.setTarget(parseNumber(text));
		}
		return kpi;
	}

	public Kpi editKpiActual(Kpi kpi, String text) {
		if (isBlank(text)) {
			kpi.setActual(null);
		} else if (parseNumber(text) != null) {
			kpi.setActual(parseNumber(text));
		}
		return kpi;
	}

	/** The kind the user typed, as the language writes it or as the table shows it ("nps", "Net Promoter Score (NPS)"). */
	public Kpi editKpiKind(Kpi kpi, String text) {
		String wanted = normalized(text);
		for (KpiKind kind : KpiKind.VALUES) {
			if (!wanted.isEmpty() && (normalized(kind.getName()).equals(wanted) || normalized(KpiKinds.of(kind).label()).equals(wanted))) {
				kpi.setKind(kind);
			}
		}
		return kpi;
	}

	/** The party the user named (by name or title) among those the file can refer to; an empty text removes the owner. */
	public Kpi editKpiOwner(Kpi kpi, String text) {
		if (isBlank(text)) {
			kpi.setOwner(null);
			return kpi;
		}
		String wanted = text.strip();
		for (Party party : new ElementServices().ownerCandidates(kpi)) {
			if (wanted.equalsIgnoreCase(party.getName()) || wanted.equalsIgnoreCase(party.getTitle())) {
				kpi.setOwner(party);
				break;
			}
		}
		return kpi;
	}

	/** The review cadence the user typed (daily, weekly, monthly, quarterly, yearly); an empty text removes it. */
	public Kpi editKpiCadence(Kpi kpi, String text) {
		if (isBlank(text)) {
			kpi.unsetCadence();
		} else {
			Cadence cadence = Cadence.get(text.strip().toLowerCase(Locale.ROOT));
			if (cadence != null) {
				kpi.setCadence(cadence);
			}
		}
		return kpi;
	}

	private static String number(Kpi kpi, BigDecimal value) {
		return value == null ? "" : KpiKinds.valueText(kpi, value);
	}

	private static BigDecimal parseNumber(String text) {
		String cleaned = text.strip();
		if (cleaned.endsWith("%")) {
			cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
		}
		try {
			return cleaned.isEmpty() ? null : new BigDecimal(cleaned);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String normalized(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
	}
}
