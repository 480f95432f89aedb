#!/usr/bin/env bash
# Install the Debian/Ubuntu packages listed in the given files when any is missing.
# As root with apt-get, installs them; otherwise prints exactly what to install and fails.
set -euo pipefail

lists=("$@")
wanted=()
for list in "${lists[@]}"; do
  while IFS= read -r line; do
    line="${line%%#*}"; line="${line//[[:space:]]/}"
    [ -n "$line" ] && wanted+=("$line")
  done < "$list"
done

# python3-venv is only needed where the interpreter lacks ensurepip (Debian's python3).
if python3 -c 'import ensurepip' 2>/dev/null; then
  filtered=()
  for pkg in "${wanted[@]}"; do [ "$pkg" = python3-venv ] || filtered+=("$pkg"); done
  wanted=("${filtered[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "casereview: this is not a Debian/Ubuntu system; install the equivalents of:" >&2
  printf '  %s\n' "${wanted[@]}" >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "casereview needs these system packages, which are not installed:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  echo "Install them with:  sudo apt-get install ${missing[*]}" >&2
  echo "then run make again." >&2
  exit 1
fi

echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "System packages installed."
