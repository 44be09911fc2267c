#!/usr/bin/env bash
# Launch test of the materialized Journey Studio: starts it with this bundle (LaunchCheck) added to
# a copy of its configuration, waits for LaunchCheck's report (project created, example opened in
# the journey editor), saves a screenshot and stops the product.
# Usage: launch-test.sh PRODUCT_DIR CHECK_BUNDLE_JAR EXAMPLES_DIR OUT_DIR [TIMEOUT_SECONDS]
set -euo pipefail
product=$1 bundle=$2 examples=$3 out=$4 timeout=${5:-120}

if [ -z "${DISPLAY:-}" ]; then
	echo "launch-test: SKIPPED, no DISPLAY (run the build under xvfb-run, as .ci/run does)"
	exit 0
fi
[ -x "$product/journey-studio" ] || { echo "launch-test: FAILED, no start script $product/journey-studio" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$out/configuration"
report=$out/report.txt
# The product's own configuration stays untouched; the copy also starts the check bundle.
sed "s|^osgi.bundles=.*|&,reference\\\\:file\\\\:$bundle@4\\\\:start|" "$product/configuration/config.ini" > "$out/configuration/config.ini"
{
	echo "journey.launchtest.report=$report"
	echo "journey.launchtest.examples=$examples"
} >> "$out/configuration/config.ini"

start=$(date +%s%N)
"$product/journey-studio" -configuration "$out/configuration" -data "$out/workspace" -consoleLog > "$out/studio.log" 2>&1 &
pid=$!
stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap stop EXIT

elapsed() { echo $(( ($(date +%s%N) - start) / 1000000 )); }
window_ms=""
while [ ! -f "$report" ]; do
	if ! kill -0 "$pid" 2>/dev/null; then
		echo "launch-test: FAILED, Journey Studio exited before the check ran; its log:" >&2
		tail -n 40 "$out/studio.log" >&2
		exit 1
	fi
	if [ -z "$window_ms" ] && command -v xwininfo >/dev/null && xwininfo -root -tree 2>/dev/null | grep -q '"Journey Studio'; then
		window_ms=$(elapsed)
	fi
	if [ "$(elapsed)" -gt $((timeout * 1000)) ]; then
		import -window root "$out/journey-studio-timeout.png" 2>/dev/null || true
		echo "launch-test: FAILED, no report after ${timeout}s (screenshot $out/journey-studio-timeout.png); log:" >&2
		tail -n 40 "$out/studio.log" >&2
		exit 1
	fi
	sleep 0.2
done
report_ms=$(elapsed)
sleep 3 # let the editor paint before the screenshot
import -window root "$out/journey-studio.png"
stop
trap - EXIT

echo "launch-test: window after ${window_ms:-?} ms, example opened after $report_ms ms; screenshot $out/journey-studio.png"
sed 's/^/launch-test:   /' "$report"
grep -q '^result=ok$' "$report" || { echo "launch-test: FAILED (see $report and $out/studio.log)" >&2; exit 1; }
echo "launch-test: OK"
