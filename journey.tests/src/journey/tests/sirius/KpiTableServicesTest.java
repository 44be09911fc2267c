package journey.tests.sirius;

import static journey.tests.sirius.Models.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import journey.dsl.model.*;
import journey.dsl.tests.JourneyInjectorProvider;
import journey.sirius.services.KpiTableServices;

@ExtendWith(InjectionExtension.class)
@InjectWith(JourneyInjectorProvider.class)
class KpiTableServicesTest {

	@Inject
	private ServiceModels models;

	private final KpiTableServices services = new KpiTableServices();

	@Test
	void theKpiTableListsJourneyStageAndTouchpointKpisWithTheirColumns() {
		JourneyModel model = models.shop();
		List<Kpi> kpis = services.allKpis(model.getJourneys().get(0));
		assertEquals(List.of("Nps", "Visits", "Ctr"), kpis.stream().map(NamedElement::getName).toList());
		Kpi ctr = kpis.get(2);
		assertEquals("touchpoint Product page", services.kpiSubject(ctr));
		assertEquals("stage Look around", services.kpiSubject(kpis.get(1)));
		assertEquals("journey Buy something", services.kpiSubject(kpis.get(0)));
		assertEquals("Click-through rate", services.kpiKind(ctr));
		assertEquals("35%", services.kpiTarget(ctr));
		assertEquals("38%", services.kpiActual(ctr));
		assertEquals("met", services.kpiStatus(ctr));
		assertEquals("missed", services.kpiStatus(kpis.get(0)));
		assertEquals("weekly", services.kpiCadence(ctr));
		assertEquals("", services.kpiCadence(kpis.get(1)));
		assertEquals("1000 visits", services.kpiTarget(kpis.get(1)));
	}

	@Test
	void editingAKpiTargetAcceptsPercentagesAndIgnoresText() {
		Kpi ctr = named(models.shop(), Kpi.class, "Ctr");
		services.editKpiTarget(ctr, " 40% ");
		assertEquals(new BigDecimal("40"), ctr.getTarget());
		services.editKpiTarget(ctr, "forty");
		assertEquals(new BigDecimal("40"), ctr.getTarget());
		services.editKpiActual(ctr, "");
		assertNull(ctr.getActual());
	}

	@Test
	void aNewKpiBelongsToTheJourneyUnderAFreeNameAndIsOfTheCustomKind() {
		Journey journey = models.shop().getJourneys().get(0);
		Kpi created = services.createKpi(journey);
		assertEquals("NewKpi", created.getName());
		assertEquals(KpiKind.CUSTOM, created.getKind());
		assertSame(journey, created.eContainer());
	}

	@Test
	void theKindIsTypedAsTheLanguageWritesItOrAsTheTableShowsIt() {
		Kpi ctr = named(models.shop(), Kpi.class, "Ctr");
		services.editKpiKind(ctr, "conversion-rate");
		assertEquals(KpiKind.CONVERSION_RATE, ctr.getKind());
		services.editKpiKind(ctr, "Net Promoter Score (NPS)");
		assertEquals(KpiKind.NPS, ctr.getKind());
		services.editKpiKind(ctr, "velocity");
		assertEquals(KpiKind.NPS, ctr.getKind(), "an unknown kind changes nothing");
	}

	@Test
	void theOwnerIsTypedByNameOrTitleAmongThePartiesContentAssistOffers() {
		JourneyModel model = models.shop();
		Kpi ctr = named(model, Kpi.class, "Ctr");
		services.editKpiOwner(ctr, "sales team");
		assertSame(named(model, Party.class, "Sales"), ctr.getOwner());
		services.editKpiOwner(ctr, "Nobody");
		assertSame(named(model, Party.class, "Sales"), ctr.getOwner(), "a name no party has changes nothing");
		services.editKpiOwner(ctr, "Hidden");
		assertSame(named(model, Party.class, "Hidden"), ctr.getOwner(), "a party of a package the file does not import is named by its qualified name, as content assist offers it");
		services.editKpiOwner(ctr, " ");
		assertNull(ctr.getOwner());
	}

	@Test
	void theCadenceIsTypedAsAWordAndAnEmptyTextRemovesIt() {
		Kpi ctr = named(models.shop(), Kpi.class, "Ctr");
		services.editKpiCadence(ctr, "Monthly");
		assertEquals(Cadence.MONTHLY, ctr.getCadence());
		services.editKpiCadence(ctr, "fortnightly");
		assertEquals(Cadence.MONTHLY, ctr.getCadence());
		services.editKpiCadence(ctr, "");
		assertFalse(ctr.isSetCadence());
	}
}
