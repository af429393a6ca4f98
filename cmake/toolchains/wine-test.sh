#!/bin/sh
# ctest's emulator for the Windows test executables (mingw-w64-x86_64.cmake): Wine, with QtTest's
# log written to a file and printed here. Under ctest Wine gives the program no console window,
# and QtTest on Windows then sends its log to OutputDebugString, where nobody reads it.
# Wine hands a Windows program no QT_* variable of the Unix environment (it keeps them for Unix
# Qt programs), only WINEQT_* ones, renamed: so QT_QPA_PLATFORM=offscreen of the test preset and
# of each test reaches the test as WINEQT_QPA_PLATFORM. Without it the tests ran on the Windows
# platform plugin, whose windows Wine cannot create without a display.
for variable in $(env | sed -n 's/^\(QT_[A-Za-z0-9_]*\)=.*/\1/p'); do
  eval "export WINE$variable=\"\$$variable\""
done
log=$(mktemp /tmp/kmconsole-wine-test.XXXXXX)
wine "$@" -o "Z:$log,txt"
status=$?
cat "$log"
rm -f "$log"
exit $status
