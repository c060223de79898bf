#!/bin/sh
# Launcher on the PATH for the build installed under /opt.
exec /opt/khorasan-desktop/khorasan-desktop "$@"
