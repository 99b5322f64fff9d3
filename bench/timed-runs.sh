# Shared by the bench scripts that time training runs into a report (doom-table.sh, doom-gps-table.sh); sourced, not
# run. Needs $report set. Builds the bench project and the command line once, outside every timed run.
dotnet build -c Release bench/RlGym.Bench >/dev/null
./rlgym --help >/dev/null

# The bench project's reports (doom-student, policy, ...), already built.
bench() { dotnet run -c Release --no-build --project bench/RlGym.Bench -- "$@"; }

# timed NAME COMMAND...: runs COMMAND into the report, with the load before and after and the wall time.
timed() {
  local name="$1"; shift
  echo "== $name: $*" >>"$report"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$report"
  local start end
  start=$(date +%s.%N)
  "$@" >>"$report" 2>&1
  end=$(date +%s.%N)
  echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); wall $(echo "$end - $start" | bc) s" >>"$report"
}
