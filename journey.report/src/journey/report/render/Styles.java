package journey.report.render;

/** The style sheets of the rendered pages and drawings, in one place so that both stay consistent. */
final class Styles {

	private Styles() {
	}

	/** Status and severity colours always come with a word, so they never carry meaning alone. */
	static final String SVG = """
			.journey-svg{font-family:"DejaVu Sans","Helvetica Neue",Arial,sans-serif;fill:#1f2937}
			.journey-svg text{fill:#1f2937}
			.journey-svg .muted{fill:#64748b}
			.journey-svg .bold{font-weight:600}
			.journey-svg .white{fill:#fff;font-weight:700}
			.journey-svg .warn-text{fill:#b91c1c;font-weight:600}
			.journey-svg .row-label{fill:#475569;font-weight:600;letter-spacing:.02em}
			.stage-band-0{fill:#eef2ff}.stage-band-1{fill:#f0fdfa}
			.group-band{fill:#e0e7ff;stroke:#6366f1;stroke-width:1}
			.stage-col-0{fill:#f8fafc}.stage-col-1{fill:#ffffff}
			.card{fill:#fff;stroke:#cbd5e1;stroke-width:1}
			.card.key{stroke:#d97706;stroke-width:2}
			.step-card{fill:#f1f5f9;stroke:#94a3b8;stroke-width:1}
			.step-card.key{stroke:#d97706;stroke-width:2}
			.pain-card{fill:#fef2f2;stroke:#fca5a5}
			.success-card{fill:#f0fdf4;stroke:#86efac}
			.kpi-card{fill:#fff;stroke:#cbd5e1}
			.chip-critical{fill:#7f1d1d}.chip-high{fill:#b91c1c}.chip-medium{fill:#c2410c}.chip-low{fill:#a16207}.chip-success{fill:#15803d}
			.chip-met{fill:#15803d}.chip-missed{fill:#b91c1c}.chip-nodata{fill:#6b7280}
			.key-chip{fill:#d97706}
			.icon{fill:none;stroke:#334155;stroke-width:1.4;stroke-linecap:round;stroke-linejoin:round}
			.grid{stroke:#e2e8f0;stroke-width:1}
			.zero{stroke:#94a3b8;stroke-width:1;stroke-dasharray:4 3}
			.curve{fill:none;stroke:#4f46e5;stroke-width:2.5}
			.pt-pos{fill:#16a34a;stroke:#fff;stroke-width:1.5}.pt-neg{fill:#dc2626;stroke:#fff;stroke-width:1.5}.pt-neutral{fill:#64748b;stroke:#fff;stroke-width:1.5}
			.lane-0{fill:#fffbeb}.lane-1{fill:#eff6ff}.lane-2{fill:#f0fdf4}.lane-3{fill:#f5f3ff}.lane-4{fill:#f8fafc}
			.bp-line{stroke:#334155;stroke-width:1.5;stroke-dasharray:8 4}
			.bp-line-label{fill:#334155;font-weight:600}
			.node-tp{fill:#fff;stroke:#2563eb;stroke-width:1.5}
			.node-tp.unowned{stroke:#b91c1c;stroke-dasharray:5 3}
			.node-ev{fill:#fff;stroke:#d97706;stroke-width:1}
			.node-act{fill:#fff;stroke:#475569;stroke-width:1.2}
			.node-act.front{stroke:#15803d}.node-act.back{stroke:#7c3aed}.node-act.support{stroke:#475569}
			.edge{fill:none;stroke:#64748b;stroke-width:1.3}
			.edge.trigger{stroke:#7c3aed;stroke-dasharray:5 3}
			.edge.evidence{stroke:#d97706;stroke-width:1}
			.edge.loop{stroke:#c2410c;stroke-dasharray:6 3}
			.edge.alt{stroke:#0891b2;stroke-dasharray:2 3}
			.edge.referral{stroke:#15803d;stroke-width:1.6;stroke-dasharray:10 3 2 3}
			.arrow{fill:#64748b}
			.flow-node{fill:#fff;stroke:#475569;stroke-width:1.2}
			.flow-node.key{stroke:#d97706;stroke-width:2}
			.edge-label-bg{fill:#fff;opacity:.9}
			.spark{fill:none;stroke:#4f46e5;stroke-width:1.5}
			""";

	/**
	 * The start of every page, up to the body: self-contained (a policy that allows no scripts and
	 * nothing fetched), the page's styles inline. The title comes escaped.
	 */
	static String documentStart(String escapedTitle) {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				+ "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
				+ "<title>" + escapedTitle + "</title>\n<style>" + PAGE + "</style>\n</head>\n<body>\n";
	}

	static final String PAGE = """
			*{box-sizing:border-box}
			body{margin:0;font-family:"DejaVu Sans","Helvetica Neue",Arial,sans-serif;color:#1f2937;background:#f8fafc;line-height:1.45}
			header.page{background:#1e293b;color:#f8fafc;padding:20px 32px}
			header.page h1{margin:0 0 4px;font-size:24px}
			h1,h2,h3,.meta{overflow-wrap:anywhere}
			td,dd{overflow-wrap:break-word}
			header.page .meta{color:#cbd5e1;font-size:14px}
			header.page a{color:#93c5fd}
			main{padding:8px 32px 40px}
			section{margin:28px 0}
			h2{font-size:19px;margin:0 0 4px;color:#0f172a}
			p.hint{margin:0 0 10px;color:#475569;font-size:13px}
			.scroll{overflow:auto;max-height:90vh;border:1px solid #cbd5e1;border-radius:8px;background:#fff}
			.scroll svg{display:block}
			table{border-collapse:collapse;font-size:13px;background:#fff;margin:6px 0 14px}
			th,td{border:1px solid #e2e8f0;padding:4px 8px;text-align:left;vertical-align:top}
			th{background:#f1f5f9;font-weight:600}
			td.num{text-align:right;font-variant-numeric:tabular-nums}
			.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;font-size:14px;margin:8px 0}
			.facts dt{font-weight:600;color:#475569}
			.facts dd{margin:0}
			.badge{display:inline-block;padding:0 6px;border-radius:4px;color:#fff;font-size:12px;font-weight:600}
			.met{background:#15803d}.missed{background:#b91c1c}.nodata{background:#6b7280}
			.sev-critical{background:#7f1d1d}.sev-high{background:#b91c1c}.sev-medium{background:#c2410c}.sev-low{background:#a16207}
			.warn{color:#b91c1c;font-weight:600}
			.table-scroll{max-height:420px;overflow:auto;display:inline-block;max-width:100%}
			.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:14px}
			.card-link{display:block;min-width:0;background:#fff;border:1px solid #cbd5e1;border-radius:8px;padding:14px 16px;color:inherit;text-decoration:none}
			.card-link:hover{border-color:#4f46e5}
			.card-link h2{font-size:17px}
			.card-link .meta{color:#475569;font-size:13px}
			nav.toc a{margin-right:14px}
			footer{color:#64748b;font-size:12px;padding:0 32px 24px}
			.zoom>input{position:absolute;opacity:0;width:1px;height:1px}
			.zoom>label{display:inline-block;margin:0 4px 6px 0;padding:1px 10px;border:1px solid #94a3b8;border-radius:12px;font-size:12px;cursor:pointer;background:#fff}
			.zoom>input:checked+label{background:#1e293b;border-color:#1e293b;color:#fff}
			.zoom>input:focus-visible+label{outline:2px solid #4f46e5;outline-offset:1px}
			.zoom>input.fit:checked~.scroll svg{width:min(100%,var(--w));height:auto}
			.zoom>input.z100:checked~.scroll svg{width:var(--w);height:auto}
			.zoom>input.z200:checked~.scroll svg{width:calc(var(--w)*2);height:auto}
			@media print{
			@page{size:A3 landscape;margin:10mm}
			*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
			body{background:#fff;font-size:11pt}
			header.page{background:#fff;color:#0f172a;padding:0 0 6px;border-bottom:2px solid #1e293b}
			header.page .meta{color:#334155}
			header.page a,nav.toc,.zoom>input,.zoom>label,p.hint a{display:none}
			main{padding:0}
			section{margin:14px 0}
			h2,h3,section>p.hint{break-after:avoid}
			.zoom{break-inside:avoid}
			tr,.card-link,dl.facts{break-inside:avoid}
			.scroll{overflow:visible;max-height:none;border:0}
			.zoom .scroll svg,.zoom>input:checked~.scroll svg{width:100%;height:auto}
			.table-scroll{overflow:visible;max-height:none;display:block}
			table{width:100%}
			footer{padding:8px 0 0}
			}
			""";
}
