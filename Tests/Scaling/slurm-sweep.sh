#!/usr/bin/env bash
# A one-node Slurm cluster on this machine (munge, slurmctld, slurmd, all in a temporary folder),
# the sweep submitted as a job array of 3 shards, waited for, merged with `coprod merge` and
# compared byte for byte with the single-machine sweep. Every daemon this script started is
# stopped by its PID at the end, also on failure. Needs root and Debian's slurmctld, slurmd,
# slurm-client and munge. Usage: slurm-sweep.sh COPROD SCRIPT
set -euo pipefail
coprod=$(readlink -f "$1")
script=$(readlink -f "$2")
work=$(mktemp -d /tmp/coprod-slurm.XXXXXX)
chmod 0755 "$work"
host=$(hostname -s)
daemons=()
munge_pid=
say() { echo "slurm: $*"; }

cleanup() {
    status=$?
    for pid in "${daemons[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${daemons[@]}"; do
        for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    done
    if [ -n "$munge_pid" ]; then
        kill "$munge_pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$munge_pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$munge_pid" 2>/dev/null || true
        say "munged stopped (pid $munge_pid)"
    fi
    if [ "$status" -ne 0 ]; then
        for log in "$work"/*.log; do [ -f "$log" ] && { echo "--- $log"; tail -20 "$log"; }; done
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

# munge: its run folder, then the daemon as the munge user (it refuses root), unless one already answers.
if ! (munge -n 2>/dev/null | unmunge >/dev/null 2>&1); then
    mkdir -p /run/munge
    chown munge:munge /run/munge
    chmod 0755 /run/munge
    chown munge:munge /etc/munge/munge.key
    chmod 0400 /etc/munge/munge.key
    rm -f /run/munge/munged.pid  # a stale one from an earlier munged would name the wrong process
    runuser -u munge -- /usr/sbin/munged </dev/null >/dev/null 2>&1
    for _ in $(seq 50); do [ -s /run/munge/munged.pid ] && kill -0 "$(cat /run/munge/munged.pid)" 2>/dev/null && break; sleep 0.1; done
    munge_pid=$(cat /run/munge/munged.pid)
    say "munged started (pid $munge_pid)"
fi
munge -n | unmunge >/dev/null

export SLURM_CONF="$work/slurm.conf"
mkdir -p "$work/state" "$work/spool"
cat >"$SLURM_CONF" <<CONF
ClusterName=coprodtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
MailProg=/bin/true
SchedulerParameters=batch_sched_delay=0
ReturnToService=2
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=1000 State=UNKNOWN
PartitionName=coprod Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

slurmctld -D -f "$SLURM_CONF" </dev/null >"$work/slurmctld.out" 2>&1 &
daemons+=($!)
slurmd -D -f "$SLURM_CONF" </dev/null >"$work/slurmd.out" 2>&1 &
daemons+=($!)
say "slurmctld pid ${daemons[0]}, slurmd pid ${daemons[1]}"

for _ in $(seq 150); do scontrol ping 2>/dev/null | grep -q UP && break; sleep 0.2; done
scontrol ping | grep -q UP
for _ in $(seq 150); do [ "$(sinfo -h -n "$host" -o %t 2>/dev/null)" = idle ] && break; sleep 0.2; done
[ "$(sinfo -h -n "$host" -o %t)" = idle ]
say "node $host idle"

source "$(dirname "$0")/sweep-args.sh"
"$coprod" "${sweep_args[@]}" --jobs 2 --csv "$work/single.csv"

printf -v command '%q ' "$coprod" "${sweep_args[@]}" --jobs 1 --shard '$SLURM_ARRAY_TASK_ID/3' \
    --csv "$work/shard-\$SLURM_ARRAY_TASK_ID.csv"
command=${command//\\\$SLURM_ARRAY_TASK_ID/\$SLURM_ARRAY_TASK_ID}
job=$(sbatch --parsable --array=0-2 --chdir="$work" --output="$work/task-%a.out" --wrap "$command")
say "submitted job array $job"
for _ in $(seq 600); do [ -z "$(squeue -h -j "$job" 2>/dev/null)" ] && break; sleep 0.2; done
[ -z "$(squeue -h -j "$job")" ]
states=$(scontrol -o show job "$job" | grep -o 'JobState=[A-Z]* .*ExitCode=[0-9:]*' | awk '{print $1, $NF}' | sort | uniq -c)
say "tasks: $(echo $states)"
if scontrol -o show job "$job" | grep -v 'JobState=COMPLETED' | grep -q JobId; then
    cat "$work"/task-*.out
    exit 1
fi

"$coprod" merge "$work/merged.csv" "$work"/shard-*.csv -q
cmp "$work/single.csv" "$work/merged.csv"
say "3 array tasks merged byte-identical to the single-machine sweep ($(grep -vc '^#' "$work/merged.csv") CSV lines)"
