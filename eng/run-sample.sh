#!/usr/bin/env bash
# Packs SecurityGate.Build with a fresh version into artifacts/packages and builds a sample against it,
# exactly as a user's project consumes the package. Usage: eng/run-sample.sh [VulnerableApp|CleanApp] [extra dotnet build args]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sample=${1:-VulnerableApp}
shift || true
version="1.0.0-local.$(date +%Y%m%d%H%M%S)"
export NUGET_PACKAGES="$root/artifacts/nuget-packages"
export MSBUILDDISABLENODEREUSE=1
dotnet pack "$root/SecurityGate.Build.sln" -c Release -o "$root/artifacts/packages" -p:Version="$version" -nologo -v:q >/dev/null
echo "Packed SecurityGate.Build $version; building samples/$sample (the gate runs after the compiler):"
exec dotnet build "$root/samples/$sample/$sample.csproj" -p:SecurityGateVersion="$version" -nodeReuse:false -tl:off -nologo -v:m "$@"
