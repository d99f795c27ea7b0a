#!/bin/bash
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
#
# Startup benchmark (not a test): time from `java` start to the first workbench window shown (mapped on the X
# display, seen by mapwait.c) and usable (it then answers a window manager's ping from its event loop), for the
# PartForge workbench and, as the baseline in the same run, a bare e4 application
# (bare/Application.e4xmi: one window, one empty part, the standard add-ons) started from the same product folder
# with the same JVM and the same platform bundles minus PartForge's own, p2 and the libraries only PartForge uses.
# Each is started once untimed (first start: PartForge creates its library, e4 its workspace), then RUNS times.
# Usage: [RUNS=n] [STARTUP_JAVA_OPTS=...] xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" benchmarks/startup/run.sh [PRODUCT_DIR]   (RUNS=7 by default)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
product=${1:-$here/../../releng/dev.partforge.product/target/products/dev.partforge/linux/gtk/x86_64/partforge}
product=$(cd "$product" && pwd)
runs=${RUNS:-7}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -n "${DISPLAY:-}" ] || { echo "startup benchmark: no DISPLAY (run it under xvfb-run, see Usage)" >&2; exit 1; }
# (-noreset: Xvfb otherwise resets when its last client leaves, and the next start cannot connect meanwhile)
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
work=$(mktemp -d /tmp/partforge-startup-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/mapwait" "$here/mapwait.c" -lX11

# the bare application's configuration: the product's, with E4Application and without PartForge's bundles
mkdir -p "$work/bare/configuration/org.eclipse.equinox.simpleconfigurator"
sed -e 's/^eclipse.application=.*/eclipse.application=org.eclipse.e4.ui.workbench.swt.E4Application/' \
	-e '/^eclipse.product=/d' -e '/^eclipse.p2/d' "$product/configuration/config.ini" >"$work/bare/configuration/config.ini"
grep -v -E '^(dev\.partforge\.|org\.eclipse\.equinox\.p2\.|org\.eclipse\.emf\.cdo|org\.eclipse\.net4j|com\.h2database|org\.h2|org\.jogamp|jogl|gluegen|bc|org\.apache\.pdfbox|org\.eclipse\.swtchart)' \
	"$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
	| sed "s#,plugins/#,file:$product/plugins/#" >"$work/bare/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
echo "dev.partforge.bench.bare,1.0.0,file:$here/bare/,4,false" \
	>>"$work/bare/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
sed -i "s#^osgi.framework=file\\\\:plugins/#osgi.framework=file\\\\:$product/plugins/#" "$work/bare/configuration/config.ini"

common=(-Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED)
# STARTUP_JAVA_OPTS: more JVM options for both, e.g. a start profile (benchmarks/startup/README.md, Profile):
# STARTUP_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/start-%p.jfr,settings=profile"
read -r -a extra <<<"${STARTUP_JAVA_OPTS:-}"
common+=("${extra[@]}")
bare() {
	"$work/mapwait" "Bare e4 window" 180 "$java" "${common[@]}" -Dosgi.instance.area="$work/bare/workspace" \
		-Dosgi.configuration.area="$work/bare/configuration" -jar "$launcher" -nosplash \
		-applicationXMI dev.partforge.bench.bare/Application.e4xmi -clearPersistedState
}
partforge() { # the same arguments as the product's partforge script gives the workbench
	"$work/mapwait" "PartForge" 180 "$java" "${common[@]}" -Dpartforge.data="$work/pf" \
		-Dosgi.instance.area="$work/pf/workspace" -Dosgi.configuration.area="$work/pf/configuration" \
		-Dosgi.sharedConfiguration.area="$product/configuration" -Dosgi.configuration.cascaded=true \
		-Dorg.eclipse.equinox.p2.type.lock=0 -jar "$launcher" -nosplash
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "# Startup benchmark: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs, $(date -u +%FT%TZ)"
# mapwait prints "<shown ms> <usable ms>"
first_bare=$(bare); first_pf=$(partforge)
echo "first start (untimed for the ratio), shown/usable: bare e4 ${first_bare/ //} ms, PartForge ${first_pf/ //} ms"
bs=""; bu=""; ps=""; pu=""
for i in $(seq "$runs"); do # alternate, so that load changes hit both alike
	read -r s u <<<"$(bare)"; bs="$bs $s"; bu="$bu $u"
	read -r s u <<<"$(partforge)"; ps="$ps $s"; pu="$pu $u"
	echo "run $i, shown/usable: bare e4 ${bs##* }/${bu##* } ms, PartForge ${ps##* }/${pu##* } ms (load $(cut -d' ' -f1 /proc/loadavg))"
done
mbs=$(echo "$bs" | median); mbu=$(echo "$bu" | median); mps=$(echo "$ps" | median); mpu=$(echo "$pu" | median)
ratio() { awk -v p="$1" -v b="$2" 'BEGIN { printf "%.2f", p / b }'; }
echo
echo "| median of $runs | window shown, ms | window usable, ms | all runs shown | all runs usable |"
echo "|---|---|---|---|---|"
echo "| bare e4 application (baseline) | $mbs | $mbu |$bs |$bu |"
echo "| PartForge workbench | $mps | $mpu |$ps |$pu |"
echo "PartForge / bare e4: shown $(ratio "$mps" "$mbs")x, usable $(ratio "$mpu" "$mbu")x (target <= 1.2x); load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
