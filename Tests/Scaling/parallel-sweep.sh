#!/usr/bin/env bash
# A sweep as 3 shards under GNU parallel (local jobs, and the same through parallel's --sshlogin
# form with ':' for this machine), merged with `coprod merge`, compared byte for byte with the
# single-machine sweep. Usage: parallel-sweep.sh COPROD SCRIPT
set -euo pipefail
coprod=$(readlink -f "$1")
script=$(readlink -f "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/coprod-parallel.XXXXXX")
trap 'rm -rf "$work"' EXIT
export PARALLEL_HOME="$work/.parallel"
source "$(dirname "$0")/sweep-args.sh"

"$coprod" "${sweep_args[@]}" --jobs 2 --csv "$work/single.csv" --jsonl "$work/single.jsonl"

parallel --will-cite --jobs 3 --halt now,fail=1 \
    "$coprod" "${sweep_args[@]}" --jobs 1 --shard {}/3 --csv "$work/shard-{}.csv" --jsonl "$work/shard-{}.jsonl" \
    ::: 0 1 2
"$coprod" merge "$work/merged.csv" "$work"/shard-*.csv -q
"$coprod" merge "$work/merged.jsonl" "$work"/shard-*.jsonl -q
cmp "$work/single.csv" "$work/merged.csv"
cmp "$work/single.jsonl" "$work/merged.jsonl"

# The ssh recipe of docs/SCALING.md, with ':' (this machine, no ssh) as the only host.
rm -f "$work"/shard-*
parallel --will-cite --sshlogin 3/: --halt now,fail=1 \
    "$coprod" "${sweep_args[@]}" --jobs 1 --shard {}/3 --csv "$work/shard-{}.csv" ::: 0 1 2
"$coprod" merge "$work/merged-ssh.csv" "$work"/shard-*.csv -q
cmp "$work/single.csv" "$work/merged-ssh.csv"
echo "parallel: 3 shards merged byte-identical to the single-machine sweep ($(grep -vc '^#' "$work/merged.csv") CSV lines)"
