#!/usr/bin/env bash
# Benchmark of the gate ("Fast gate" issue): packs SecurityGate.Build with a fresh version, generates synthetic
# projects of the given sizes, and times plain and gated full and no-op builds, phase timings and peak memory.
# Usage: eng/benchmark.sh [--sizes 10000,50000,200000] [--runs 3] [--noop-samples 5] [--seed 42] [--work DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export MSBUILDDISABLENODEREUSE=1
dotnet build "$root/eng/Benchmark/SecurityGate.Benchmark.csproj" -c Release -nologo -v:q -nodeReuse:false >/dev/null
exec dotnet "$root/eng/Benchmark/bin/Release/net10.0/SecurityGate.Benchmark.dll" --root "$root" "$@"
