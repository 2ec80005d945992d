# Helpers for scripts/run, scripts/test and scripts/bench: installing Debian packages on a fresh
# (possibly still busy) machine, and running Maven with plain, escape-free output.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# apt-get that waits for another package manager (unattended upgrades on a fresh machine) instead
# of failing at once: dpkg's lock through DPkg::Lock::Timeout, the package lists' lock by retrying.
apt_get() {
  local attempt output
  for attempt in $(seq 1 40); do
    if output=$(as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -q "$@" 2>&1); then
      return 0
    fi
    if ! grep -qiE 'could not get lock|unable to lock|is another process using it' <<<"$output"; then
      echo "$output" >&2
      return 1
    fi
    [ "$attempt" -eq 1 ] && echo "  waiting for another package manager to finish ..."
    sleep 15
  done
  echo "$output" >&2
  echo "error: the package manager stayed locked for 10 minutes" >&2
  return 1
}

# Installs the Debian packages named, when any is missing; "command:package" checks for a command,
# "/path:package" for a file.
install_missing() {
  local want check package missing=()
  for want in "$@"; do
    check=${want%%:*}; package=${want#*:}
    if [[ "$check" == /* ]]; then [ -e "$check" ] && continue; else command -v "$check" >/dev/null && continue; fi
    missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} with apt-get ..."
  apt_get update
  apt_get install -y --no-install-recommends "${missing[@]}"
}

# Maven in batch mode without download progress; Debian's Maven prints stray ANSI reset codes
# (ESC[0m) even in batch mode, so they are stripped.
maven() {
  mvn -B -ntp -Dstyle.color=never "$@" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g'
  return "${PIPESTATUS[0]}"
}

# Maven with one line per build step instead of its full log; the full log goes to target/build.log
# and its errors are shown when the build fails.
maven_quietly() {
  mkdir -p target
  local log=target/build.log
  if mvn -B -ntp -Dstyle.color=never "$@" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g' | tee "$log" \
      | sed -un 's/^\[INFO\] --- \([^ ]*\) (\([^)]*\)).*/  . \1 (\2)/p'; [ "${PIPESTATUS[0]}" -eq 0 ]; then
    return 0
  fi
  echo "error: the build failed; its errors (full log in $log):" >&2
  grep -E '^\[ERROR\]' "$log" | head -40 >&2
  return 1
}
