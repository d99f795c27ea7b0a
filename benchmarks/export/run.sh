#!/bin/sh
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
#
# Export benchmark (not a test): 1,000 generated parts (334 beginner, 333 intermediate, 333 expert) written in every
# installed format by the CLI's batch path (`partforge worksheet`, 3 runs of one level each), on a fresh data
# directory, against two baselines measured in the same run: the same 1,000 parts written as SVG only (generation,
# storing and drawing, the cheapest writer), the same all-formats run on one thread (`--jobs 1`, what the parallel
# worksheet gains) and the bare start of the command line (`partforge version`).
# Usage: benchmarks/export/run.sh [PRODUCT_DIR]   (default: the product built by ./mvnw -DskipTests package)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
product=${1:-$here/../../releng/dev.partforge.product/target/products/dev.partforge/linux/gtk/x86_64/partforge}
pf=$product/partforge
[ -x "$pf" ] || { echo "export benchmark: no product at $product (build it: ./mvnw -DskipTests package)" >&2; exit 1; }
work=$(mktemp -d /tmp/partforge-export-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

formats=$("$pf" --data "$work/list" export --list | awk '$1 != "" { printf "%s%s", sep, $1; sep = "," }')
echo "# Export benchmark: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), formats $formats, $(date -u +%FT%TZ)"

# the command line's own start (JVM, OSGi, DS), median of 3
starts=""
for i in 1 2 3; do
	t0=$(now); "$pf" --data "$work/version" version >/dev/null; t1=$(now)
	starts="$starts $(ms "$t0" "$t1")"
done
start=$(echo $starts | tr ' ' '\n' | sort -n | sed -n 2p)

# One worksheet; prints its wall-clock milliseconds and its CPU milliseconds (user + system of the worksheet process:
# on a loaded machine the wall clock mostly measures waiting for a core, the CPU time does not).
sheet() { # NAME FORMATS LEVEL COUNT SEED [WORKSHEET OPTIONS...]
	name=$1; fmts=$2; d=$3; n=$4; seed=$5; shift 5
	t0=$(now)
	"$pf" --data "$work/$name-data" worksheet --difficulty "$d" --count "$n" --seed "$seed" --formats "$fmts" \
		--out "$work/$name-$d" "$@" 2>"$work/$name-$d.err" >/dev/null \
		|| { cat "$work/$name-$d.err" >&2; echo "export benchmark: worksheet $name $d failed" >&2; exit 1; }
	t1=$(now)
	times >"$work/$name-$d.times" # a builtin, not in a pipeline: the times of this shell's child, the worksheet
	echo "$(ms "$t0" "$t1") $(awk 'NR == 2 { print cpu($1) + cpu($2) }
		function cpu(t,  m) { m = t; sub(/m.*/, "", m); sub(/^[0-9]+m/, "", t); sub(/s$/, "", t); return int((m * 60 + t) * 1000) }' "$work/$name-$d.times")"
}

# 1,000 parts in 3 worksheets per variant; the variants take turns per level, so that a change of the machine's
# load during the run weighs on each alike
svg=0; svg_cpu=0; all=0; all_cpu=0; one=0; one_cpu=0; loads=""
for level in beginner:334:1 intermediate:333:20001 expert:333:40001; do
	d=${level%%:*}; rest=${level#*:}; n=${rest%%:*}; seed=${rest#*:}
	set -- $(sheet svg svg "$d" "$n" "$seed"); svg=$((svg + $1)); svg_cpu=$((svg_cpu + $2))
	set -- $(sheet all "$formats" "$d" "$n" "$seed"); all=$((all + $1)); all_cpu=$((all_cpu + $2))
	set -- $(sheet one "$formats" "$d" "$n" "$seed" --jobs 1); one=$((one + $1)); one_cpu=$((one_cpu + $2))
	loads="$loads $(cut -d' ' -f1 /proc/loadavg)"
done
files=$(find "$work"/all-beginner "$work"/all-intermediate "$work"/all-expert -type f | wc -l)
bytes=$(du -sb "$work"/all-beginner "$work"/all-intermediate "$work"/all-expert | awk '{ s += $1 } END { print s }')

echo
s() { echo "$(( $1 / 1000 )).$(( $1 % 1000 / 100 )) s"; }
echo "| 1,000 parts | time | per part | CPU (user + system) |"
echo "|---|---|---|---|"
echo "| all formats ($formats) | $(s "$all") | $(( all / 1000 )) ms | $(s "$all_cpu") |"
echo "| baseline: all formats on one thread (\`--jobs 1\`) | $(s "$one") | $(( one / 1000 )) ms | $(s "$one_cpu") |"
echo "| baseline: SVG only | $(s "$svg") | $(( svg / 1000 )) ms | $(s "$svg_cpu") |"
echo "| baseline: \`partforge version\` (start, median of 3: $starts ms) | $start ms | | |"
echo "load average (1 min) after each level:$loads"
echo "all formats / one thread: $(awk -v a="$all" -v s="$one" "BEGIN { printf \"%.2f\", a / s }")x"
echo "all formats / SVG only: $(awk -v a="$all" -v s="$svg" "BEGIN { printf \"%.2f\", a / s }")x; $files files, $(( bytes / 1048576 )) MB; target <= 60 s"
