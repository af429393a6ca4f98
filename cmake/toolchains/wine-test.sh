#!/bin/sh
# ctest's emulator for the Windows test executables (mingw-w64-x86_64.cmake): Wine, with QtTest's
# log written to a file and printed here. Under ctest Wine gives the program no console window,
# and QtTest on Windows then sends its log to OutputDebugString, where nobody reads it.
log=$(mktemp /tmp/kmconsole-wine-test.XXXXXX)
wine "$@" -o "Z:$log,txt"
status=$?
cat "$log"
rm -f "$log"
exit $status
