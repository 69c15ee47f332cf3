#!/usr/bin/env bash
# Packs the widget as an npm package (made here, never published from here): the five files the
# TeaVM build wrote to target/classes/sluice (sluice-regex.js is loaded only for schemas with
# patterns) and the locale modules beside them (locales/), the hand-written TypeScript
# declarations, the React and Vue components and the package's README from src/main/npm, as
# target/sluice-widget-<version>.tgz.
# The Maven build runs it in the package phase; examples/ install the tarball by path.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out=target/npm
rm -rf "$out"
mkdir -p "$out"
cp target/classes/sluice/sluice.js target/classes/sluice/sluice-worker.js \
  target/classes/sluice/sluice-engine.js target/classes/sluice/sluice-regex.js \
  target/classes/sluice/sluice.css "$out"/
cp -r target/classes/sluice/locales "$out"/
cp src/main/npm/* "$out"/
rm -f target/sluice-widget-*.tgz
npm pack ./"$out" --pack-destination target --silent --loglevel=error >/dev/null
ls target/sluice-widget-*.tgz
