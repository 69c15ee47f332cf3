#!/usr/bin/env bash
# Builds the example host apps the way their developers would: install the widget's npm package
# by path (browser/target/sluice-widget-*.tgz, made by the browser module's build) with Vite and
# React or Vue from the npm registry, type-check them against the package's declarations
# (tsc --noEmit), and build them with Vite. The examples' tests then drive the built apps in
# headless Chromium. Run by the Maven build of this module; needs the npm registry.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for app in react-vite vue-vite; do
  (
    cd "$app"
    npm install --no-audit --no-fund --loglevel=error
    # the tarball is rebuilt by every build: take this one, not a cached copy of an older one
    npm install --no-audit --no-fund --loglevel=error --no-save ../../browser/target/sluice-widget-0.1.0.tgz
    npm run --silent build
  )
done
