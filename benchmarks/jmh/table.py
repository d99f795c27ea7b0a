# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
"""Prints the JMH results (JSON, -rf json) as a table: wall-clock score and CPU per part, each as mean ± 99.9 %
half-width over the iterations, and the ratios to the baselines of the same run. JMH's own summary sums the
cpuMsPerPart counter over the iterations (it is an EVENTS counter), so read it here. With two files (before, after)
it also prints after/before of each benchmark. Usage: python3 table.py target/a.json [target/b.json]"""
import json
import statistics
import sys

T999 = {1: 636.6, 2: 31.6, 3: 12.92, 4: 8.61, 5: 6.87, 6: 5.96, 7: 5.41, 8: 5.04, 9: 4.78}


def stat(raw):
    v = [x for fork in raw for x in fork]
    m = statistics.mean(v)
    return m, (T999.get(len(v) - 1, 3.3) * statistics.stdev(v) / len(v) ** 0.5 if len(v) > 1 else float('nan'))


def load(path):
    out = {}
    for r in json.load(open(path)):
        key = (r['params']['level'], r['benchmark'].rsplit('.', 1)[1])
        out[key] = (stat(r['primaryMetric']['rawData']), stat(r['secondaryMetrics']['cpuMsPerPart']['rawData']))
    return out


runs = [load(p) for p in sys.argv[1:]]
print('| level | benchmark | ' + ' | '.join(f'{p}: wall ms/part; CPU ms/part' for p in sys.argv[1:]) + ' |')
for key in sorted(runs[0], key=lambda k: (['BEGINNER', 'INTERMEDIATE', 'EXPERT'].index(k[0]), k[1] != 'draw', k[1])):
    cells = [f'{r[key][0][0]:.3f} ± {r[key][0][1]:.3f}; {r[key][1][0]:.3f} ± {r[key][1][1]:.3f}' for r in runs]
    print(f'| {key[0]} | {key[1]} | ' + ' | '.join(cells) + ' |')
for i, r in enumerate(runs):
    for level in ['BEGINNER', 'INTERMEDIATE', 'EXPERT']:
        d = r[(level, 'draw')]
        print(f'{sys.argv[1 + i]} {level}: draw / recipeAndSolid wall {d[0][0] / r[(level, "recipeAndSolid")][0][0]:.1f}x '
              f'CPU {d[1][0] / r[(level, "recipeAndSolid")][1][0]:.1f}x; draw / pdfPlainLines wall '
              f'{d[0][0] / r[(level, "pdfPlainLines")][0][0]:.1f}x CPU {d[1][0] / r[(level, "pdfPlainLines")][1][0]:.1f}x')
if len(runs) == 2:
    for key in sorted(runs[0]):
        b, a = runs[0][key], runs[1][key]
        print(f'{key[0]} {key[1]}: second / first wall {a[0][0] / b[0][0]:.2f}, CPU {a[1][0] / b[1][0]:.2f}')
