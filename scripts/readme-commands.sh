#!/usr/bin/env bash
# Runs every command of the README's ```bash blocks, in order and in one shell (a variable set by
# one command is there for the next), as a newcomer would type them, in the checkout given (a copy:
# the commands write runs/ and stockpile.schema.json there), and stops at the first that fails,
# naming it. Blocks for other machines (a crontab, spark-submit to YARN) are ```sh blocks and are
# not run; the README's test command is left out (CI runs it first).
#
#   scripts/readme-commands.sh DIR [--list]
set -euo pipefail

dir="$(cd "${1:?usage: readme-commands.sh DIR [--list]}" && pwd)"
list="${2:-}"
test_command='mvn -B -ntp verify'

# The commands, one per line, continuation lines joined.
commands="$(awk '
  /^```bash[[:space:]]*$/ { inside = 1; next }
  /^```/ { inside = 0; next }
  inside {
    line = $0
    if (pending != "") { line = pending " " line; pending = "" }
    if (line ~ /\\[[:space:]]*$/) { sub(/\\[[:space:]]*$/, "", line); pending = line; next }
    if (line ~ /^[[:space:]]*(#|$)/) next
    print line
  }
' "$dir/README.md" | grep -vF -- "$test_command" || true)"

if [ -z "$commands" ]; then
  echo "readme-commands: no commands found in $dir/README.md" >&2
  exit 1
fi
if [ "$list" = "--list" ]; then
  printf '%s\n' "$commands"
  exit 0
fi

# One script: each command announced on stderr, its output kept, the first failure named.
script="$(mktemp)"
trap 'rm -f "$script"' EXIT
{
  echo 'set -euo pipefail'
  echo 'trap '\''echo "readme-commands: command $n of the README failed (exit $?):" >&2; echo "  $command" >&2'\'' ERR'
  n=0
  while IFS= read -r command; do
    n=$((n + 1))
    printf 'n=%d\ncommand=%q\n' "$n" "$command"
    printf 'echo "readme-commands [%d] $command" >&2; start=$SECONDS\n' "$n"
    printf '%s\n' "$command"
    printf 'echo "readme-commands [%d] ok in $((SECONDS - start)) s" >&2\n' "$n"
  done <<< "$commands"
  echo "echo \"readme-commands: all $n commands of the README ran\" >&2"
} > "$script"
cd "$dir"
bash "$script" </dev/null
