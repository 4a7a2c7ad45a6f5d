#!/usr/bin/env sh
# Scores every rule against the labelled corpus (tests/SecurityGate.Corpus) and prints the precision/recall table.
# The same table is written to artifacts/corpus-score.md. Fails when a category drops below tests/SecurityGate.Corpus/floors.json.
set -eu
cd "$(dirname "$0")/.."
dotnet test tests/SecurityGate.Core.Tests --filter "FullyQualifiedName~CorpusTests" --logger "console;verbosity=detailed" "$@"
echo
cat artifacts/corpus-score.md
