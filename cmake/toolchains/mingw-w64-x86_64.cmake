# Cross-compiling for Windows x86_64 from Debian with the MinGW-w64 toolchain (posix threads:
# g++-mingw-w64-x86-64-posix). Used both by scripts/windows.sh to build Qt and by the
# windows-cross preset. Everything built for Windows lives under one prefix, by default
# ~/.cache/kmconsole-windows/win64 (KMCONSOLE_WINDOWS_PREFIX overrides it); nothing of the
# Linux system is searched for libraries, headers or packages.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)

set(mingw_triplet x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${mingw_triplet}-gcc-posix)
set(CMAKE_CXX_COMPILER ${mingw_triplet}-g++-posix)
set(CMAKE_RC_COMPILER ${mingw_triplet}-windres)

if(NOT "$ENV{KMCONSOLE_WINDOWS_PREFIX}" STREQUAL "")
    set(KMCONSOLE_WINDOWS_PREFIX "$ENV{KMCONSOLE_WINDOWS_PREFIX}")
else()
    set(KMCONSOLE_WINDOWS_PREFIX "$ENV{HOME}/.cache/kmconsole-windows/win64")
endif()
list(APPEND CMAKE_FIND_ROOT_PATH /usr/${mingw_triplet} "${KMCONSOLE_WINDOWS_PREFIX}")
list(APPEND CMAKE_PREFIX_PATH "${KMCONSOLE_WINDOWS_PREFIX}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# ctest runs the Windows test executables under Wine (through wine-test.sh, which shows their log).
find_program(KMCONSOLE_WINE NAMES wine wine64)
if(KMCONSOLE_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_LIST_DIR}/wine-test.sh)
endif()
