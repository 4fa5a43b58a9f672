#!/usr/bin/env bash
# Builds the fuzz targets named on the command line (all of them without
# arguments) into .build/fuzz/asan/<name>.
#
# The library is compiled once, instrumented for libFuzzer (coverage) and
# AddressSanitizer, into a static library with -enable-testing, so each
# target is one small file that uses the internals through
# `@testable import CivicSite`. SwiftPM is not used: it links executables
# with a `main` of its own, and libFuzzer brings its own.
#
# FUZZ_ASAN=0 builds without AddressSanitizer into .build/fuzz/plain/:
# about twice as many executions a second, for long runs of the targets
# that use no unsafe pointers (all but the Markdown ones); CI uses ASan.
set -euo pipefail
cd "$(dirname "$0")/../.."
fuzz=scripts/fuzz
if [ "${FUZZ_ASAN:-1}" = 0 ]; then
  out=.build/fuzz/plain
  flags=(-sanitize=fuzzer -parse-as-library -O -g)
else
  out=.build/fuzz/asan
  flags=(-sanitize=fuzzer,address -parse-as-library -O -g)
fi
mkdir -p "$out/lib"
# Two runs started together must not build the same files at once.
exec 9> "$out/build.lock"
flock 9

# name → extra sources, from targets.list.
declare -A extras=()
order=()
while read -r name rest; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  extras[$name]="$rest"
  order+=("$name")
done < "$fuzz/targets.list"

wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=("${order[@]}")
for name in "${wanted[@]}"; do
  [[ -n "${extras[$name]+set}" ]] || { echo "fuzz: no target '$name' in $fuzz/targets.list" >&2; exit 2; }
done

library="$out/lib/libCivicSite.a"
mapfile -t sources < <(find Sources/CivicSite -name '*.swift' | LC_ALL=C sort)
# Rebuilt when a source is newer than the library or the file list changed.
list="$out/lib/sources.txt"
if [ ! -f "$library" ] || ! printf '%s\n' "${sources[@]}" | cmp -s - "$list" \
   || [ -n "$(find Sources/CivicSite -name '*.swift' -newer "$library" -print -quit)" ]; then
  echo "fuzz: building the instrumented library (a few minutes)" >&2
  swiftc "${flags[@]}" -wmo -enable-testing -module-name CivicSite \
    -emit-module -emit-module-path "$out/lib/CivicSite.swiftmodule" \
    -emit-library -static -o "$library" "${sources[@]}" 2> "$out/lib/build.log" \
    || { cat "$out/lib/build.log" >&2; exit 1; }
  printf '%s\n' "${sources[@]}" > "$list"
fi

for name in "${wanted[@]}"; do
  binary="$out/$name"
  read -r -a more <<< "${extras[$name]}"
  inputs=("$fuzz/Targets/$name.swift" "$fuzz/Targets/FuzzSupport.swift" "${more[@]}")
  if [ -x "$binary" ] && [ -z "$(find "$library" "${inputs[@]}" -newer "$binary" -print -quit)" ]; then
    continue
  fi
  echo "fuzz: building $name" >&2
  # The linker warns about every sanitizer symbol it cannot export; only
  # real errors are worth showing.
  swiftc "${flags[@]}" -module-name "FuzzTarget" -I "$out/lib" "${inputs[@]}" "$library" \
    -o "$binary" 2> "$out/$name.build.log" || { grep -v 'Cannot export local symbol' "$out/$name.build.log" >&2; exit 1; }
done
