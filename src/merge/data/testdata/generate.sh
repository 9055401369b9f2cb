#!/usr/bin/env bash
# Writes members.xlsx and members.ods from members.fods with LibreOffice, as the unit tests of
# ../sheet.rs read them: files written by a real spreadsheet program.
#   src/merge/data/testdata/generate.sh       (needs soffice: apt-get install libreoffice-calc-nogui)
# The profile is a throwaway one, so a LibreOffice that is open meanwhile is not disturbed.
set -euo pipefail
cd "$(dirname "$0")"
command -v soffice >/dev/null || {
    echo "soffice is missing: apt-get install libreoffice-calc-nogui" >&2
    exit 1
}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
export LC_ALL=C.UTF-8
for format in xlsx ods; do
    soffice "-env:UserInstallation=file://$profile" --headless --norestore \
        --convert-to "$format" --outdir . members.fods
done
soffice --version
