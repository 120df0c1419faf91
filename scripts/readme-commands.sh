#!/usr/bin/env bash
# Runs every command of the README's ```bash blocks, in order, as a newcomer would type them, in
# the checkout given (a copy: the commands write runs/ and stockpile.schema.json there), and stops
# at the first that fails, naming it. Blocks for other machines (a crontab, spark-submit to YARN)
# are ```sh blocks and are not run; the README's test command is left out (CI runs it first).
#
#   scripts/readme-commands.sh DIR [--list]
set -euo pipefail

dir="${1:?usage: readme-commands.sh DIR [--list]}"
list="${2:-}"
readme="$dir/README.md"
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
' "$readme" | grep -vF -- "$test_command" || true)"

if [ -z "$commands" ]; then
  echo "readme-commands: no commands found in $readme" >&2
  exit 1
fi
if [ "$list" = "--list" ]; then
  printf '%s\n' "$commands"
  exit 0
fi

cd "$dir"
count=0
while IFS= read -r command; do
  count=$((count + 1))
  echo "readme-commands [$count] $command" >&2
  start=$(date +%s)
  if ! bash -euo pipefail -c "$command" </dev/null >"$dir/.readme-command.out" 2>&1; then
    echo "readme-commands: command $count of the README failed:" >&2
    echo "  $command" >&2
    tail -n 30 "$dir/.readme-command.out" >&2
    exit 1
  fi
  echo "readme-commands [$count] ok in $(( $(date +%s) - start )) s" >&2
done <<< "$commands"
rm -f "$dir/.readme-command.out"
echo "readme-commands: all $count commands of the README ran" >&2
