#!/usr/bin/env bash
# Cross-builds the Windows binary (and with --msi its installer) on Debian 12, as root or with the
# tools already installed:
#   packaging/windows/build.sh            -> $CARGO_TARGET_DIR/x86_64-pc-windows-gnu/release/outpost.exe
#                                            (CARGO_TARGET_DIR defaults to target/windows)
#   packaging/windows/build.sh --msi      -> the same, and $CARGO_TARGET_DIR/outpost-<version>-x64.msi
#   packaging/windows/build.sh --debug    -> a debug build (…/debug/outpost.exe, …-x64-debug.msi),
#                                            quicker to build
#   packaging/windows/build.sh --no-install   never calls apt-get (fails if a tool is missing)
# The path of each artifact is printed last, one a line.
#
# Toolchain: Debian's second Rust toolchain (rustc-web, cargo-web: 1.96 from the security archive;
# the default rustc of the machine may be another one, e.g. rustup's, and is not used), the standard
# library built from source for the target (-Zbuild-std, from rust-web-src; RUSTC_BOOTSTRAP=1
# allows the unstable flag on a release compiler, as Debian's own cross builds do), and mingw-w64
# for linking, the C code of ring and the resources (build.rs calls x86_64-w64-mingw32-windres).
# CARGO_TARGET_DIR defaults to target/windows: the std and the dependencies built for Windows are
# kept there between runs (a cold build is long, see packaging/windows/NOTES.md), apart from the
# Linux builds' target/.
set -euo pipefail
cd "$(dirname "$0")/../.."

msi=false
profile=release
install=true
for arg in "$@"; do
  case "$arg" in
    --msi) msi=true ;;
    --debug) profile=debug ;;
    --no-install) install=false ;;
    -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

triple=x86_64-pc-windows-gnu
packages=(rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64)
$msi && packages+=(wixl msitools)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if ((${#missing[@]})); then
  if ! $install; then
    echo "build.sh: missing Debian packages: ${missing[*]} (run without --no-install, as root)" >&2
    exit 1
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "build.sh: missing Debian packages: ${missing[*]}; run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "build.sh: installing ${missing[*]}" >&2
  # On stderr: stdout is only the paths of what was built.
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

# cargo-web/rustc-web install as /usr/bin/cargo and /usr/bin/rustc; name them explicitly so that a
# rustup proxy earlier on the PATH is not picked up (by cargo itself or by build scripts).
export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc CARGO=/usr/bin/cargo
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target/windows}
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
export WINDRES=x86_64-w64-mingw32-windres
# Only the Windows target's flags: RUSTFLAGS from the environment would apply to build scripts too.
unset RUSTFLAGS

flags=(--locked --target "$triple" -Zbuild-std --bin outpost)
[ "$profile" = release ] && flags+=(--release)
start=$(date +%s)
/usr/bin/cargo build "${flags[@]}"
echo "build.sh: cargo build ($profile) took $(($(date +%s) - start)) s" >&2

exe=$CARGO_TARGET_DIR/$triple/$profile/outpost.exe
[ -f "$exe" ] || { echo "build.sh: $exe was not built" >&2; exit 1; }
artifacts=("$exe")

if $msi; then
  version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
  msi_path=$CARGO_TARGET_DIR/outpost-$version-x64.msi
  [ "$profile" = release ] || msi_path=$CARGO_TARGET_DIR/outpost-$version-x64-$profile.msi
  # wixl reads WiX v3 sources and takes a file's path relative to the .wxs (not absolute).
  wixl -a x64 -D Version="$version" \
    -D BinaryPath="$(realpath --relative-to=packaging/windows "$exe")" \
    -o "$msi_path" packaging/windows/outpost.wxs
  # What the installer must do, read back from the MSI's tables: per-user, without elevation
  # (summary "Source" bit 8), a Start-menu shortcut, an uninstall entry with the icon, and the
  # major-upgrade rule (the Upgrade table and RemoveExistingProducts).
  check() { # check WHAT PATTERN MSIINFO-COMMAND [TABLE]
    grep -q "$2" <<<"$(msiinfo "$3" "$msi_path" "${@:4}")" || {
      echo "build.sh: the MSI lacks $1" >&2
      exit 1
    }
  }
  source=$(msiinfo suminfo "$msi_path" | sed -n 's/^Source: \([0-9]*\).*/\1/p')
  if ! (( ${source:-0} & 8 )); then
    echo "build.sh: the MSI asks for elevation (summary Source=$source): not a per-user install" >&2
    exit 1
  fi
  check "a per-user scope (ALLUSERS must be unset)" '^ProductVersion' export Property
  if msiinfo export "$msi_path" Property | grep -q '^ALLUSERS'; then
    echo "build.sh: the MSI sets ALLUSERS: not a per-user install" >&2
    exit 1
  fi
  check "the Start-menu shortcut" '^OutpostStartMenu	ProgramMenuFolder' export Shortcut
  check "the uninstall entry's icon" '^ARPPRODUCTICON	OutpostIcon' export Property
  check "the major-upgrade rule" 'WIX_UPGRADE_DETECTED' export Upgrade
  check "RemoveExistingProducts" '^RemoveExistingProducts' export InstallExecuteSequence
  check "outpost.exe" '^OutpostExe	OutpostBinary	outpost.exe' export File
  artifacts+=("$msi_path")
fi

printf '%s\n' "${artifacts[@]}"
