#!/usr/bin/env bash
# The test command: installs what the tests need on a fresh machine, then runs every test project.
set -uo pipefail
cd "$(dirname "$0")/.."
bash tests/install-deps.sh || exit 1
exec dotnet test Knowledge.sln -c Release "$@"
