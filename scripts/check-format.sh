#!/usr/bin/env bash
# Fails when a C++ file tracked by git is not formatted as .clang-format says (clang-format 14, Debian 12).
# Fix with: scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2> /tmp/apipay-format.log; then
    grep -E '^[^ ].*: (warning|error):' /tmp/apipay-format.log | cut -d: -f1 | sort -u | sed 's/^/  not formatted: /'
    echo "Run scripts/check-format.sh --fix (clang-format $(clang-format --version | grep -o '[0-9][0-9.]*' | head -n1))."
    exit 1
fi
echo "${#files[@]} files formatted as .clang-format says"
