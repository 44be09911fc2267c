#!/usr/bin/env bash
# Launch test of the materialized Journey Studio, on every JDK 21+ of the machine: starts it with
# this bundle (LaunchCheck) added to a copy of its configuration; LaunchCheck imports an example
# folder, creates a project and a file with the wizards, edits, saves, asks for content assist,
# hovers, goes to a line and looks at the outline and the map preview, with a screenshot after
# each step, and fails on any error dialog or error-log entry. The script waits for its report
# and stops the product.
# Usage: launch-test.sh PRODUCT_DIR CHECK_BUNDLE_JAR EXAMPLES_DIR OUT_DIR [TIMEOUT_SECONDS]
set -euo pipefail
product=$1 bundle=$2 examples=$3 out=$4 timeout=${5:-240}

if [ -z "${DISPLAY:-}" ]; then
	echo "launch-test: SKIPPED, no DISPLAY (run the build under xvfb-run, as .ci/run does)"
	exit 0
fi
[ -x "$product/journey-studio" ] || { echo "launch-test: FAILED, no start script $product/journey-studio" >&2; exit 1; }

java_major() {
	"$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | sed 's/^1\.//'
}

# Every JDK 21 or newer: the one in JAVA_HOME and those in /usr/lib/jvm, each once.
jdks=()
for dir in ${JAVA_HOME:-} /usr/lib/jvm/*; do
	[ -n "$dir" ] && [ -x "$dir/bin/java" ] || continue
	real=$(readlink -f "$dir")
	major=$(java_major "$real")
	[ -n "$major" ] && [ "$major" -ge 21 ] || continue
	case " ${jdks[*]:-} " in *" $real "*) ;; *) jdks+=("$real") ;; esac
done
[ ${#jdks[@]} -gt 0 ] || { echo "launch-test: FAILED, no JDK 21 or newer found" >&2; exit 1; }

rm -rf "$out" && mkdir -p "$out"
failed=0
for jdk in "${jdks[@]}"; do
	major=$(java_major "$jdk")
	run=$out/jdk-$major
	mkdir -p "$run/configuration" "$run/screenshots"
	report=$run/report.txt
	# The product's own configuration stays untouched; the copy also starts the check bundle.
	sed "s|^osgi.bundles=.*|&,reference\\\\:file\\\\:$bundle@4\\\\:start|" "$product/configuration/config.ini" > "$run/configuration/config.ini"
	{
		echo "journey.launchtest.report=$report"
		echo "journey.launchtest.examples=$examples"
		echo "journey.launchtest.out=$run/screenshots"
	} >> "$run/configuration/config.ini"

	start=$(date +%s%N)
	JAVA_HOME=$jdk "$product/journey-studio" -configuration "$run/configuration" -data "$run/workspace" -consoleLog > "$run/studio.log" 2>&1 &
	pid=$!
	elapsed() { echo $(( ($(date +%s%N) - start) / 1000000 )); }
	outcome=""
	while [ ! -f "$report" ]; do
		if ! kill -0 "$pid" 2>/dev/null; then
			outcome="Journey Studio exited before the check ended"
			break
		fi
		if [ "$(elapsed)" -gt $((timeout * 1000)) ]; then
			import -window root "$run/screenshots/timeout.png" 2>/dev/null || true
			outcome="no report after ${timeout}s (screenshot $run/screenshots/timeout.png; steps so far: $(tr '\n' ' ' < "$run/progress.txt" 2>/dev/null))"
			break
		fi
		sleep 0.5
	done
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true

	echo "launch-test: JDK $major ($jdk), $(elapsed) ms; screenshots in $run/screenshots"
	if [ -n "$outcome" ]; then
		echo "launch-test: FAILED on JDK $major: $outcome; its log:" >&2
		tail -n 40 "$run/studio.log" >&2
		failed=1
		continue
	fi
	sed 's/^/launch-test:   /' "$report"
	if ! grep -q '^result=ok$' "$report"; then
		echo "launch-test: FAILED on JDK $major (see $report and $run/studio.log)" >&2
		failed=1
	fi
done
[ "$failed" = 0 ] || exit 1
echo "launch-test: OK on ${#jdks[@]} JDK(s)"
