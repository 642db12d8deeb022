#!/bin/sh
# Installs Debian's chromium + chromium-driver for the browser tests when missing.
# Never fails the build: when it cannot install, it says why and the browser tests skip.
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: not root or no apt-get; browser tests will be skipped" >&2
  exit 0
fi
echo "ensure-chromium: installing Debian chromium and chromium-driver (apt-get)" >&2
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
  || echo "ensure-chromium: apt-get install failed; browser tests will be skipped" >&2
exit 0
